package vn.kiemtra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.DocumentRef;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.scoring.ScoreCalculator;

class FindingDraftWriterTest {
  private static Criterion criterion(String code, String text) {
    return new Criterion(
        code,
        text,
        null,
        AnswerType.DKD4,
        Set.of(AnswerType.SO, AnswerType.SH),
        BigDecimal.ONE,
        true,
        null,
        null,
        List.of());
  }

  private final ChecklistTemplate template =
      new ChecklistTemplate(
          UUID.randomUUID(),
          "T",
          "1",
          "Thử",
          TemplateStatus.PUBLISHED,
          NotApplicablePolicy.EXCLUDE_FROM_MAX,
          new BigDecimal("0.5"),
          List.of(
              new ChecklistArea(
                  "CD",
                  "Công tác chỉ đạo, điều hành",
                  List.of(
                      criterion("CD01", "Ban hành Kế hoạch CCHC năm đúng thời hạn (trước 15/12)"),
                      criterion("CD02", "Tuyên truyền CCHC"),
                      criterion("CD03", "Kiểm tra CCHC nội bộ"),
                      criterion("CD04", "Báo cáo CCHC định kỳ"))),
              new ChecklistArea(
                  "HD",
                  "Hiện đại hóa hành chính",
                  List.of(
                      criterion("HD01", "Văn bản đi được ký số"),
                      criterion("HD02", "Hồ sơ giải quyết đúng hạn")))));

  private Inspection inspection(Answer... answers) {
    return Inspection.builder(UUID.randomUUID())
        .title("Kiểm tra")
        .answers(List.of(answers))
        .build();
  }

  private FindingDraftWriter.Draft draft(Inspection in) {
    return new FindingDraftWriter()
        .write(in, template, new ScoreCalculator().score(template, in.answers()));
  }

  @Test
  void achievementsAreSentencesWithTheRecordedFactsAndNotes() {
    Inspection in =
        inspection(
            Answer.empty("CD01")
                .withResult(Result.PASS)
                .withDocumentRef(
                    new DocumentRef("25/KH-UBND", LocalDate.of(2023, 12, 10), "UBND tỉnh")),
            Answer.empty("CD02").withResult(Result.PASS),
            Answer.empty("CD03").withResult(Result.PASS).withNote("kiểm tra được 6 phòng"),
            Answer.empty("CD04").withResult(Result.FAIL).withNote("thiếu báo cáo quý II"),
            Answer.empty("HD01").withResult(Result.PARTIAL).withCount(11300L, Qualifier.MORE_THAN));

    FindingDraftWriter.Draft d = draft(in);

    String cd = d.finding("CD").orElseThrow().strengths();
    assertThat(cd)
        .startsWith("Đơn vị đạt yêu cầu 3/4 tiêu chí đã đánh giá của lĩnh vực.")
        .contains(
            "Ban hành Kế hoạch CCHC năm đúng thời hạn: đạt yêu cầu (văn bản số 25/KH-UBND ngày"
                + " 10/12/2023 của UBND tỉnh).")
        .contains("Kiểm tra CCHC nội bộ: đạt yêu cầu. Kiểm tra được 6 phòng.")
        .endsWith("Các nội dung khác đã thực hiện đạt yêu cầu: tuyên truyền CCHC.")
        .doesNotContain("(trước 15/12)");
    assertThat(d.finding("CD").orElseThrow().shortcomings())
        .isEqualTo("Báo cáo CCHC định kỳ: chưa đạt yêu cầu. Thiếu báo cáo quý II.");
    assertThat(d.finding("HD").orElseThrow().strengths()).isNull();
    assertThat(d.finding("HD").orElseThrow().shortcomings())
        .isEqualTo("Văn bản đi được ký số: mới đạt một phần (số lượng hơn 11.300).");
    assertThat(d.overallAssessment())
        .contains("đạt 3,5/6 điểm trên 5/6 tiêu chí đã đánh giá")
        .endsWith(
            "Còn 2 tiêu chí chưa đạt hoặc mới đạt một phần, nêu tại phần tồn tại, hạn chế"
                + " của từng lĩnh vực.");
  }

  @Test
  void areasWithoutAssessmentsAndNotApplicableCriteriaSayNothing() {
    Inspection in =
        inspection(
            Answer.empty("CD01").withResult(Result.NOT_APPLICABLE),
            Answer.empty("HD02").withResult(Result.PASS));

    FindingDraftWriter.Draft d = draft(in);

    assertThat(d.finding("CD")).isEmpty();
    assertThat(d.finding("HD").orElseThrow().strengths())
        .isEqualTo(
            "Đơn vị đạt yêu cầu 1/1 tiêu chí đã đánh giá của lĩnh vực. Đơn vị đã thực hiện đạt"
                + " yêu cầu các nội dung: hồ sơ giải quyết đúng hạn.");
    assertThat(d.finding("HD").orElseThrow().shortcomings()).isNull();
    assertThat(d.overallAssessment()).endsWith("Các tiêu chí đã đánh giá đều đạt yêu cầu.");
  }

  @Test
  void nothingAssessedSaysSo() {
    assertThat(draft(inspection()).overallAssessment())
        .isEqualTo("Đoàn kiểm tra chưa đánh giá tiêu chí nào.");
  }
}
