package vn.kiemtra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.core.shared.Messages;

/**
 * {@code minutes render} and {@code minutes verify} start loading JasperReports beside the database
 * open; the render then waits for that and writes the same minutes.
 */
class RendererWarmUpLaunchTest {
  @TempDir Path dir;

  @BeforeEach
  void vietnamese() {
    Messages.useLocale(Messages.VIETNAMESE);
  }

  @AfterEach
  void backToDefault() {
    AppLogging.stop();
  }

  private int run(StringWriter err, String... args) {
    return KiemtraCli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  @Test
  void minutesRenderWritesTheMinutesWhileJasperReportsLoadsBesideTheOpen() throws Exception {
    Path db = dir.resolve("office");
    Path seed = Path.of("src/test/resources/fixtures/seed-inspection.json");
    StringWriter err = new StringWriter();
    assertThat(run(err, "inspection", "import", seed.toString(), "--db", db.toString())).isZero();
    Path pdf = dir.resolve("bien-ban.pdf");
    String id = "3b0f8a52-6a3e-4c1e-9d7a-2c5e1f0b9a14";

    assertThat(run(err, "minutes", "render", id, "--out", pdf.toString(), "--db", db.toString()))
        .as(err.toString())
        .isZero();

    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("BIÊN BẢN");
    }
  }

  @Test
  void onlyMinutesRenderAndVerifyLoadTheRendererEarly() {
    assertThat(KiemtraCli.rendersMinutes(new String[] {"minutes", "render", "x", "--out", "a.pdf"}))
        .isTrue();
    assertThat(
            KiemtraCli.rendersMinutes(new String[] {"--db", "minutes", "minutes", "verify", "a"}))
        .isTrue();
    assertThat(KiemtraCli.rendersMinutes(new String[] {"--db", "minutes", "template", "list"}))
        .isFalse();
    assertThat(KiemtraCli.rendersMinutes(new String[] {"minutes", "sign", "x"})).isFalse();
    assertThat(KiemtraCli.rendersMinutes(new String[] {"--help"})).isFalse();
  }
}
