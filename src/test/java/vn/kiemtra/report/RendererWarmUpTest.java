package vn.kiemtra.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's throw-away render must really fill and export: a failure there is swallowed (the
 * warm-up is only a head start), so without this test a broken sample would silently give the first
 * render back its whole cold cost.
 */
class RendererWarmUpTest {
  @Test
  void theSampleMinutesFillAndExportToOnePageWithTheirText() throws Exception {
    byte[] pdf = RendererWarmUp.sampleRender();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Đoàn kiểm tra:")
          .contains("a) Kết quả đạt được:")
          .contains("Nguyễn Văn A")
          .contains("Trần Thị B");
    }
  }
}
