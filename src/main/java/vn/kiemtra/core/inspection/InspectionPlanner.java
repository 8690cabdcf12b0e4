package vn.kiemtra.core.inspection;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.shared.Ids;

/**
 * Starts new inspections: a blank one from the header defaults, or next year's plan copied from an
 * earlier inspection (same unit, team, participants, place and header; no answers, findings or
 * recommendations; years in the title and basis moved on by one).
 */
public final class InspectionPlanner {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)(\\d{2})(?!\\d)");

  /** A new inspection in progress, starting at {@code now}, with the default header. */
  public Inspection blank(
      TemplateRef template, Issuer defaultIssuer, String title, LocalDateTime now) {
    return Inspection.builder(Ids.random())
        .title(title)
        .template(template)
        .status(InspectionStatus.IN_PROGRESS)
        .issuer(defaultIssuer)
        .startedAt(now.withSecond(0).withNano(0))
        .place("")
        .unit(new UnitRef("", null))
        .build();
  }

  /** The plan for the following year: a PLANNED copy without any result of the visit. */
  public Inspection nextYearPlan(Inspection previous, TemplateRef template) {
    UUID id = Ids.random();
    LocalDateTime start = previous.startedAt() == null ? null : previous.startedAt().plusYears(1);
    LocalDateTime end = previous.endedAt() == null ? null : previous.endedAt().plusYears(1);
    List<String> basis = previous.basis().stream().map(InspectionPlanner::nextYear).toList();
    return previous.toBuilder()
        .id(id)
        .title(nextYear(previous.title()))
        .template(template)
        .status(InspectionStatus.PLANNED)
        .documentNumber(null)
        .basis(basis)
        .startedAt(start)
        .endedAt(end)
        .answers(List.of())
        .areaFindings(List.of())
        .overallAssessment(null)
        .recommendations(List.of())
        .unitResponse(null)
        .build();
  }

  /** Every four-digit year in the text, plus one: "năm 2023" becomes "năm 2024". */
  static String nextYear(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = YEAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int year = Integer.parseInt(m.group());
      m.appendReplacement(out, Integer.toString(year + 1));
    }
    m.appendTail(out);
    return out.toString();
  }
}
