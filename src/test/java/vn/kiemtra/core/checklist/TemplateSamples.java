package vn.kiemtra.core.checklist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Small templates written out in full, for the rules that do not need a file. */
public final class TemplateSamples {
  private TemplateSamples() {}

  static Criterion criterion(String code, String text, AnswerType type, String points) {
    return new Criterion(
        code, text, null, type, Set.of(), new BigDecimal(points), false, null, null, List.of());
  }

  static Criterion parent(String code, String text, String points, Criterion... subs) {
    return new Criterion(
        code,
        text,
        null,
        AnswerType.DKD,
        Set.of(),
        new BigDecimal(points),
        false,
        null,
        null,
        List.of(subs));
  }

  static Criterion ratio(String code, String points, String target, String threshold) {
    return new Criterion(
        code,
        "Tỷ lệ hồ sơ đúng hạn",
        null,
        AnswerType.TL,
        Set.of(),
        new BigDecimal(points),
        true,
        new BigDecimal(target),
        new BigDecimal(threshold),
        List.of());
  }

  /**
   * A commune checklist of 80 points: CD01 (1,5), CD02 with CD02.1 and CD02.2 (10 + 10), TT01 a
   * ratio of 40 points (full from 100%, nothing below 50%), TT02 a DKD4 of 18,5.
   */
  public static ChecklistTemplate commune(String version) {
    return new ChecklistTemplate(
        TemplateIds.of(new TemplateRef("CCHC-XA", version)),
        "CCHC-XA",
        version,
        "Bộ tiêu chí kiểm tra công tác CCHC cấp xã",
        TemplateStatus.DRAFT,
        NotApplicablePolicy.EXCLUDE_FROM_MAX,
        new BigDecimal("0.5"),
        List.of(
            new ChecklistArea(
                "CD",
                "Công tác chỉ đạo, điều hành",
                List.of(
                    criterion("CD01", "Ban hành kế hoạch CCHC năm", AnswerType.DKD, "1.5"),
                    parent(
                        "CD02",
                        "Thực hiện nhiệm vụ trong kế hoạch",
                        "20",
                        criterion("CD02.1", "Nhiệm vụ quý I–II", AnswerType.DKD4, "10"),
                        criterion("CD02.2", "Nhiệm vụ quý III–IV", AnswerType.DKD4, "10")))),
            new ChecklistArea(
                "TT",
                "Thủ tục hành chính",
                List.of(
                    ratio("TT01", "40", "100", "50"),
                    criterion("TT02", "Tiếp nhận phản ánh, kiến nghị", AnswerType.DKD4, "18.5")))),
        TemplateLevel.XA,
        "Quyết định số 12/QĐ-UBND ngày 10/01/2026");
  }
}
