package vn.kiemtra.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.core.checklist.TemplateSamples.commune;
import static vn.kiemtra.core.checklist.TemplateSamples.criterion;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What changed between versions, as a clerk reads it. */
class TemplateDiffTest {
  @Test
  void namesEveryKindOfChangeInVietnamese() {
    ChecklistTemplate before = commune("2026");
    ChecklistTemplate after =
        before
            .as(null, "2027", TemplateStatus.DRAFT)
            .withAreas(
                List.of(
                    new ChecklistArea(
                        "CD",
                        "Công tác chỉ đạo, điều hành",
                        List.of(
                            criterion("CD01", "Ban hành kế hoạch CCHC năm", AnswerType.DKD4, "2"),
                            TemplateSamples.parent(
                                "CD02",
                                "Thực hiện nhiệm vụ trong kế hoạch",
                                "10",
                                criterion("CD02.1", "Nhiệm vụ quý I–II", AnswerType.DKD4, "10")),
                            TemplateSamples.ratio("TT01", "40", "100", "50"))),
                    new ChecklistArea(
                        "TT",
                        "Thủ tục hành chính",
                        List.of(
                            criterion("TT02", "Tiếp nhận, xử lý phản ánh", AnswerType.DKD4, "18.5"),
                            criterion("TT03", "Số hóa hồ sơ", AnswerType.DKD, "10.5")))));

    assertThat(new TemplateDiff().between(before, after))
        .extracting(TemplateChange::text)
        .containsExactly(
            "Tổng điểm tối đa: 80 thành 81.",
            "Đổi điểm tiêu chí CD01: 1,5 điểm thành 2 điểm.",
            "Đổi kiểu trả lời của tiêu chí CD01: Đạt/Không đạt thành Đạt/Đạt một phần/Không đạt.",
            "Đổi điểm tiêu chí CD02: 20 điểm thành 10 điểm.",
            "Chuyển tiêu chí TT01 từ lĩnh vực TT (Thủ tục hành chính) sang lĩnh vực CD (Công tác"
                + " chỉ đạo, điều hành).",
            "Sửa nội dung tiêu chí TT02: «Tiếp nhận phản ánh, kiến nghị» thành «Tiếp nhận, xử lý"
                + " phản ánh».",
            "Thêm tiêu chí TT03 (lĩnh vực TT, 10,5 điểm): «Số hóa hồ sơ».",
            "Bỏ tiêu chí CD02.2 (lĩnh vực CD): «Nhiệm vụ quý III–IV».");
  }

  @Test
  void identicalVersionsHaveNoChange() {
    assertThat(new TemplateDiff().between(commune("2026"), commune("2027"))).isEmpty();
  }
}
