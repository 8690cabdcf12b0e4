package vn.kiemtra.core.inspection;

import java.util.ArrayList;
import java.util.List;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;

/**
 * What an inspection still lacks before its minutes can be marked ready to sign: a title, place,
 * unit, exactly one team leader, a unit representative, and an assessment of every criterion.
 */
public final class ReadinessCheck {

  /** Which part of the inspection a gap is in; the window uses it to jump to the field. */
  public enum Kind {
    TITLE,
    PLACE,
    UNIT,
    NO_LEADER,
    SEVERAL_LEADERS,
    REPRESENTATIVE,
    UNASSESSED_CRITERION,
    OVERALL_ASSESSMENT
  }

  /**
   * One missing thing.
   *
   * @param subject the criterion code for {@link Kind#UNASSESSED_CRITERION}, otherwise empty
   */
  public record Gap(Kind kind, String subject) {}

  public List<Gap> check(Inspection in, ChecklistTemplate template) {
    List<Gap> gaps = new ArrayList<>();
    if (blank(in.title())) {
      gaps.add(new Gap(Kind.TITLE, ""));
    }
    if (blank(in.place())) {
      gaps.add(new Gap(Kind.PLACE, ""));
    }
    if (in.unit() == null || blank(in.unit().name())) {
      gaps.add(new Gap(Kind.UNIT, ""));
    }
    long leaders = in.team().stream().filter(m -> m.role() == TeamRole.LEADER).count();
    if (leaders == 0) {
      gaps.add(new Gap(Kind.NO_LEADER, ""));
    } else if (leaders > 1) {
      gaps.add(new Gap(Kind.SEVERAL_LEADERS, ""));
    }
    if (in.representative().isEmpty() || blank(in.representative().get().fullName())) {
      gaps.add(new Gap(Kind.REPRESENTATIVE, ""));
    }
    if (blank(in.overallAssessment())) {
      gaps.add(new Gap(Kind.OVERALL_ASSESSMENT, ""));
    }
    for (Criterion c : template.allCriteria().toList()) {
      if (!c.subCriteria().isEmpty()) {
        continue;
      }
      boolean assessed = in.answer(c.code()).map(Answer::isAssessed).orElse(false);
      if (!assessed) {
        gaps.add(new Gap(Kind.UNASSESSED_CRITERION, c.code()));
      }
    }
    return gaps;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
