package vn.kiemtra.core.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.scoring.InspectionScore;
import vn.kiemtra.core.text.VietnameseNumbers;

/**
 * Writes a first draft of the findings from the answers: per area, the notes of passed criteria
 * become strengths and the notes of partly passed or failed criteria become shortcomings; the
 * overall assessment is a sentence on the score. The draft is Vietnamese minutes prose that the
 * inspector edits afterwards.
 */
public final class FindingDraftWriter {

  /** Drafted texts: one finding per area that has something to say, and the overall sentence. */
  public record Draft(List<AreaFinding> areaFindings, String overallAssessment) {
    public Optional<AreaFinding> finding(String areaCode) {
      return areaFindings.stream().filter(f -> f.areaCode().equals(areaCode)).findFirst();
    }
  }

  public Draft write(Inspection inspection, ChecklistTemplate template, InspectionScore score) {
    List<AreaFinding> findings = new ArrayList<>();
    for (ChecklistArea area : template.areas()) {
      List<String> strengths = new ArrayList<>();
      List<String> shortcomings = new ArrayList<>();
      for (Criterion c : area.allCriteria().toList()) {
        Optional<Answer> answer = inspection.answer(c.code());
        if (answer.isEmpty() || answer.get().result() == null) {
          continue;
        }
        Answer a = answer.get();
        String sentence = sentence(a, c);
        if (a.result() == Result.PASS) {
          strengths.add(sentence);
        } else if (a.result() == Result.PARTIAL || a.result() == Result.FAIL) {
          shortcomings.add(sentence);
        }
      }
      if (!strengths.isEmpty() || !shortcomings.isEmpty()) {
        findings.add(new AreaFinding(area.code(), join(strengths), join(shortcomings)));
      }
    }
    return new Draft(findings, overall(score));
  }

  /** The inspector's note when there is one, else the criterion's own wording. */
  private static String sentence(Answer a, Criterion c) {
    String text = a.note() != null && !a.note().isBlank() ? a.note().strip() : c.text().strip();
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }

  private static String join(List<String> sentences) {
    return sentences.isEmpty() ? null : String.join(" ", sentences);
  }

  private static String overall(InspectionScore score) {
    Optional<BigDecimal> percent = score.normalisedPercent();
    if (score.answered() == 0 || percent.isEmpty()) {
      return "Đoàn kiểm tra chưa đánh giá tiêu chí nào.";
    }
    BigDecimal p = percent.get();
    String level;
    if (p.compareTo(BigDecimal.valueOf(90)) >= 0) {
      level = "được thực hiện tốt, đồng bộ";
    } else if (p.compareTo(BigDecimal.valueOf(70)) >= 0) {
      level = "được thực hiện khá đồng bộ";
    } else if (p.compareTo(BigDecimal.valueOf(50)) >= 0) {
      level = "được thực hiện ở mức trung bình, còn một số tồn tại cần khắc phục";
    } else {
      level = "còn nhiều hạn chế cần khắc phục";
    }
    return "Công tác cải cách hành chính của đơn vị "
        + level
        + "; đạt "
        + VietnameseNumbers.formatDecimal(score.achieved(), 2)
        + "/"
        + VietnameseNumbers.formatDecimal(score.applicableMax(), 2)
        + " điểm trên "
        + score.answered()
        + "/"
        + score.total()
        + " tiêu chí đã đánh giá.";
  }
}
