package vn.kiemtra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.core.minutes.MinutesTestData.normalise;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.TeamMember;
import vn.kiemtra.core.inspection.UnitParticipant;
import vn.kiemtra.core.minutes.MinutesBlock;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.MinutesTestData;
import vn.kiemtra.core.minutes.RenderedMinutes;
import vn.kiemtra.core.text.VietnameseText;

/** The seed inspection's minutes as a PDF: text, order, numbering, fonts and the look of page 1. */
class SeedMinutesPdfTest {
  static final String REFERENCE = "src/test/resources/vn/kiemtra/report/minutes-seed-page1.png";

  @TempDir static Path dir;
  static AppContext services;
  static Inspection seed;
  static MinutesContent content;
  static RenderedMinutes rendered;
  static byte[] pdf;
  static String text;
  static List<String> pages;

  @BeforeAll
  static void renderOnce() {
    services = AppContext.open(dir.resolve("db"));
    seed = MinutesTestData.importSeed(services);
    content = services.minutes().content(seed.id(), MinutesOptions.standard());
    rendered = services.minutes().render(content);
    pdf = rendered.pdf();
    text = PdfText.all(pdf);
    pages = PdfText.pages(pdf);
  }

  @AfterAll
  static void close() {
    services.close();
  }

  @Test
  void containsTheRequiredStringsInNfc() {
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    String flat = normalise(text);
    assertThat(flat)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
        .contains("ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH")
        .contains(VietnameseText.upper(seed.issuer().governingBody()))
        .contains(VietnameseText.upper(seed.issuer().issuingBody()))
        .contains("BIÊN BẢN")
        .contains("/BB-ĐKT")
        .contains("11.300")
        .contains("trên 11.300 văn bản đi được ký số")
        .doesNotContain("hơn 11.300")
        .contains("ngày 14 tháng 9 năm 2023")
        .contains("Bắc Kạn, ngày 14 tháng 9 năm 2023")
        .contains("Kiểm tra công tác cải cách hành chính năm 2023")
        .contains("02 bản")
        .contains("./.");
    for (TeamMember m : seed.team()) {
      assertThat(flat).contains(m.fullName());
    }
    for (UnitParticipant p : seed.unitParticipants()) {
      assertThat(flat).contains(p.fullName());
    }
    seed.recommendations().forEach(r -> assertThat(flat).contains(r.text()));
  }

  @Test
  void everyParagraphKeepsAllItsLettersAndDiacritics() {
    String flat = normalise(PdfText.running(pages, content.footer()));
    for (MinutesBlock b : content.body()) {
      assertThat(flat).contains(normalise(b.text()));
    }
    assertThat(flat).contains(content.header().nationalTitle()).contains(content.header().motto());
  }

  @Test
  void sectionsComeInDecreeOrder() {
    String flat = normalise(text);
    int composition = flat.indexOf("I. THÀNH PHẦN");
    int results = flat.indexOf("II. NỘI DUNG, KẾT QUẢ KIỂM TRA");
    int assessment = flat.indexOf("III. NHẬN XÉT, ĐÁNH GIÁ CHUNG");
    int recommendations = flat.indexOf("IV. KIẾN NGHỊ CỦA ĐOÀN KIỂM TRA");
    int response = flat.indexOf("V. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA");
    int closing = flat.indexOf("./.");
    int leader = flat.indexOf("TRƯỞNG ĐOÀN");
    assertThat(flat.indexOf("BIÊN BẢN")).isLessThan(flat.indexOf("Căn cứ"));
    assertThat(flat.indexOf("Căn cứ")).isLessThan(flat.indexOf("Thời gian:"));
    assertThat(flat.indexOf("Thời gian:")).isLessThan(composition);
    assertThat(composition).isPositive().isLessThan(results);
    assertThat(results).isLessThan(assessment);
    assertThat(assessment).isLessThan(recommendations);
    assertThat(recommendations).isLessThan(response);
    assertThat(response).isLessThan(closing);
    assertThat(closing).isLessThan(leader);
  }

  @Test
  void pagesAreNumberedAtTheTopFromPageTwo() {
    assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
    assertThat(pages.get(0).strip()).doesNotStartWith("1");
    for (int p = 1; p < pages.size(); p++) {
      String first = pages.get(p).strip().lines().findFirst().orElse("");
      assertThat(first).as("first line of page %d", p + 1).isEqualTo(Integer.toString(p + 1));
    }
  }

  @Test
  void everyPageCarriesTheVerificationCode() {
    assertThat(content.verificationCode()).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
    for (String page : pages) {
      assertThat(page).contains("Mã xác thực: " + content.verificationCode());
    }
    assertThat(new JasperMinutesRenderer().verificationCodeIn(pdf))
        .contains(content.verificationCode());
  }

  @Test
  void signatureBlocksStayTogetherOnOnePage() {
    String signaturePage =
        pages.stream().filter(p -> p.contains("TRƯỞNG ĐOÀN")).findFirst().orElseThrow();
    assertThat(normalise(signaturePage))
        .contains("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA")
        .contains("CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH")
        .contains("Vũ Đức Chính")
        .contains("Hoàng Thị Hằng");
  }

  @Test
  void onlyEmbeddedFontsAreUsed() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("LiberationSerif");
          fonts++;
        }
      }
      assertThat(fonts).isPositive();
    }
  }

  @Test
  void identicalContentGivesAByteIdenticalPdf() {
    byte[] again = services.minutes().render(content).pdf();
    assertThat(again).isEqualTo(pdf);
  }

  @Test
  void docxExportHoldsTheTextForWord() throws IOException {
    byte[] docx = rendered.docx();
    String xml = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("word/document.xml")) {
          xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(xml).isNotNull().contains("BIÊN BẢN").contains("11.300").contains("Times New Roman");
  }

  @Test
  void firstPageLooksLikeTheReviewedReference() throws IOException {
    BufferedImage actual;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      actual = new PDFRenderer(doc).renderImageWithDPI(0, 50, ImageType.GRAY);
    }
    Path reference = Path.of(REFERENCE);
    if (Boolean.getBoolean("minutes.reference.update")) {
      ImageIO.write(actual, "png", reference.toFile());
    }
    assertThat(reference)
        .as("reviewed reference image; regenerate with -Dminutes.reference.update=true")
        .exists();
    BufferedImage expected = ImageIO.read(Files.newInputStream(reference));
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    double difference = 0;
    for (int y = 0; y < actual.getHeight(); y++) {
      for (int x = 0; x < actual.getWidth(); x++) {
        difference += Math.abs((actual.getRGB(x, y) & 0xFF) - (expected.getRGB(x, y) & 0xFF));
      }
    }
    double mean = difference / (actual.getWidth() * (double) actual.getHeight());
    assertThat(mean).as("mean grey-level difference per pixel (0-255)").isLessThan(2.0);
  }
}
