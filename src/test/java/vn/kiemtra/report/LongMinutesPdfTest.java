package vn.kiemtra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.core.minutes.MinutesTestData.normalise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.MinutesTestData;
import vn.kiemtra.core.text.VietnameseText;

/**
 * 60 recommendations, all 69 criteria with long notes, a long issuing body and unit name: the
 * content flows onto following pages and nothing is clipped, in the minutes and in the annex.
 */
class LongMinutesPdfTest {
  @TempDir static Path dir;
  static AppContext services;
  static Inspection inspection;
  static MinutesContent content;
  static byte[] pdf;
  static List<String> pages;
  static String running;

  @BeforeAll
  static void renderOnce() {
    services = AppContext.open(dir.resolve("db"));
    inspection = MinutesTestData.saveLongInspection(services);
    content = services.minutes().content(inspection.id(), MinutesOptions.withAnnex());
    pdf = services.minutes().render(content).pdf();
    pages = PdfText.pages(pdf);
    running = normalise(PdfText.running(pages, content.footer()));
  }

  @AfterAll
  static void close() {
    services.close();
  }

  @Test
  void everyRecommendationIsPrintedInFullAndNumbered() {
    for (int n = 1; n <= 60; n++) {
      assertThat(running).contains(n + ". " + MinutesTestData.recommendation(n));
    }
    assertThat(running).contains("Thời hạn hoàn thành: 31/12/2023.");
    assertThat(running).contains("Đơn vị thực hiện: Sở Nội vụ.");
  }

  @Test
  void everyCriterionNoteIsPrintedInFull() {
    List<Criterion> criteria = services.inspections().templateOf(inspection).allCriteria().toList();
    assertThat(criteria).hasSize(69);
    for (Criterion c : criteria) {
      assertThat(running).contains(MinutesTestData.longNote(c.code()));
    }
  }

  @Test
  void longHeaderTextsAreComplete() {
    assertThat(running)
        .contains(VietnameseText.upper(inspection.issuer().issuingBody()))
        .contains(inspection.unit().name())
        .contains("Số: 07/BB-ĐKT")
        .contains("03 bản")
        .contains("THƯ KÝ")
        .contains("Nguyễn Thị Thu Hương");
  }

  @Test
  void teamIsListedInRoleOrder() {
    int leader = running.indexOf("Hoàng Thị Hằng, Giám đốc Sở Tài chính, Trưởng đoàn");
    int deputy = running.indexOf("Lưu Quang Đức");
    int member = running.indexOf("Đặng Thị Ngọc Ánh");
    int secretary = running.indexOf("Nguyễn Thị Thu Hương, Chuyên viên Sở Nội vụ, Thư ký");
    assertThat(leader).isPositive().isLessThan(deputy);
    assertThat(deputy).isLessThan(member);
    assertThat(member).isLessThan(secretary);
  }

  @Test
  void annexHasItsOwnPageNumbering() {
    int annexStart = -1;
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).contains("KẾT QUẢ KIỂM TRA THEO BỘ TIÊU CHÍ")) {
        annexStart = p;
        break;
      }
    }
    assertThat(annexStart).isGreaterThan(1);
    assertThat(pages.get(annexStart).strip()).startsWith("Phụ lục");
    assertThat(pages.size() - annexStart).isGreaterThanOrEqualTo(2);
    for (int p = annexStart + 1; p < pages.size(); p++) {
      String first = pages.get(p).strip().lines().findFirst().orElse("");
      assertThat(first).isEqualTo(Integer.toString(p - annexStart + 1));
    }
    assertThat(pages.get(pages.size() - 1)).contains("Tổng điểm");
  }

  @Test
  void markupCharactersAndMissingOptionalFieldsArePrintedSafely() {
    Inspection odd =
        inspection.toBuilder()
            .id(java.util.UUID.fromString("0e2f7d41-3b6c-4e5a-9d8f-102938475601"))
            .issuer(
                new vn.kiemtra.core.inspection.Issuer(
                    null, "Đoàn kiểm tra <liên ngành> & CCHC", null, null))
            .documentNumber(null)
            .recommendations(
                List.of(
                    new vn.kiemtra.core.finding.Recommendation(
                        java.util.UUID.randomUUID(),
                        "Sửa <style isBold=\"true\">quy chế</style> & quy trình nội bộ",
                        null,
                        null,
                        List.of(),
                        null)))
            .build();
    services.inspections().save(odd);
    MinutesContent c = services.minutes().content(odd.id(), MinutesOptions.standard());
    byte[] oddPdf = services.minutes().render(c).pdf();
    String text = normalise(PdfText.running(PdfText.pages(oddPdf), c.footer()));
    assertThat(text)
        .contains("ĐOÀN KIỂM TRA <LIÊN NGÀNH> & CCHC")
        .contains("1. Sửa <style isBold=\"true\">quy chế</style> & quy trình nội bộ.")
        .contains("/BB-ĐKT")
        .doesNotContain("ngày 14 tháng 9 năm 2023,");
  }

  @Test
  void noTextFallsOutsideThePrintableArea() throws IOException {
    List<TextPosition> positions = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
              positions.addAll(textPositions);
            }
          };
      stripper.getText(doc);
    }
    assertThat(positions).isNotEmpty();
    for (TextPosition t : positions) {
      assertThat(t.getXDirAdj()).isBetween(84f, 595f - 42f);
      assertThat(t.getYDirAdj()).isBetween(28f, 842f - 28f);
    }
  }
}
