package vn.kiemtra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.KiemtraCli;

/** The {@code minutes} commands end to end on a database file, as the office runs them. */
class MinutesCommandsTest {
  static final String ID = "3b0f8a52-6a3e-4c1e-9d7a-2c5e1f0b9a14";

  @TempDir Path dir;
  String db;
  String out;
  String err;

  @BeforeEach
  void importSeed() throws IOException {
    db = dir.resolve("db").toString();
    Path seed = dir.resolve("seed.json");
    try (var in = getClass().getResourceAsStream("/vn/kiemtra/report/seed-inspection.json")) {
      Files.copy(in, seed);
    }
    assertThat(run("inspection", "import", "--db", db, seed.toString())).isZero();
  }

  int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code =
        KiemtraCli.commands(CommandTree.factory(option -> AppContext.open(Path.of(option))))
            .execute(args, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  static String pdfText(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void renderWritesThePdfAndNamesPagesAndCode() throws IOException {
    Path pdf = dir.resolve("bien-ban.pdf");
    assertThat(run("minutes", "render", ID, "--db", db, "--out", pdf.toString())).isZero();
    assertThat(out).contains("Đã ghi").contains("trang").contains("mã xác thực");
    assertThat(pdfText(pdf))
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("BIÊN BẢN")
        .contains("ngày 14 tháng 9 năm 2023")
        .contains("11.300");
  }

  @Test
  void renderWritesDocxByOptionOrExtension() throws IOException {
    Path docx = dir.resolve("bien-ban.docx");
    assertThat(run("minutes", "render", ID, "--db", db, "--out", docx.toString())).isZero();
    assertThat(Files.readAllBytes(docx)).startsWith('P', 'K');
    Path other = dir.resolve("ban-word.bin");
    assertThat(
            run("minutes", "render", ID, "--db", db, "--out", other.toString(), "--format", "docx"))
        .isZero();
    assertThat(Files.readAllBytes(other)).startsWith('P', 'K');
    assertThat(
            run("minutes", "render", ID, "--db", db, "--out", other.toString(), "--format", "odt"))
        .isEqualTo(1);
    assertThat(err).contains("«odt» không được hỗ trợ");
  }

  @Test
  void signLocksVerifyAcceptsTheSignedFileAndRejectsAChangedOne() throws IOException {
    Path signed = dir.resolve("da-ky.pdf");
    assertThat(run("minutes", "sign", ID, "--db", db, "--out", signed.toString())).isZero();
    assertThat(out).contains("đã ký").contains("SHA-256").contains("khoá");

    assertThat(run("minutes", "verify", signed.toString(), "--db", db)).isZero();
    assertThat(out)
        .contains("TRÙNG KHỚP")
        .contains(ID)
        .contains("ký trên giấy ngày 14/09/2023")
        .contains("đánh dấu đã ký trong phần mềm lúc");

    Path changed = dir.resolve("da-sua.pdf");
    byte[] bytes = Files.readAllBytes(signed);
    Files.write(changed, java.util.Arrays.copyOf(bytes, bytes.length + 2));
    assertThat(run("minutes", "verify", changed.toString(), "--db", db)).isEqualTo(1);
    assertThat(out)
        .contains("KHÔNG TRÙNG KHỚP")
        .contains("trùng với mã của biên bản đã ký")
        .contains("nội dung chưa được đối chiếu");

    assertThat(run("minutes", "sign", ID, "--db", db)).isEqualTo(1);
    assertThat(err).contains("đã được đánh dấu đã ký");

    // The office numbers the signed minutes (the one change the lock allows); a fresh render would
    // now print the number, so only the PDF stored at signing can equal the signed file.
    Path numbered = dir.resolve("cap-so.json");
    assertThat(run("inspection", "export", ID, "--db", db, "--out", numbered.toString())).isZero();
    Files.writeString(
        numbered,
        Files.readString(numbered).replace("\"documentNumber\" : null", "\"documentNumber\" : 15"));
    assertThat(Files.readString(numbered)).contains("\"documentNumber\" : 15");
    assertThat(run("inspection", "import", "--db", db, numbered.toString())).isZero();

    Path again = dir.resolve("xuat-lai.pdf");
    assertThat(run("minutes", "render", ID, "--db", db, "--annex", "--out", again.toString()))
        .isZero();
    assertThat(out)
        .contains("không kèm phụ lục nên không thể thêm phụ lục vào")
        .contains("đã ghi nguyên vẹn ra " + again)
        .contains("Phụ lục được xuất thành văn bản riêng: " + dir.resolve("xuat-lai-phu-luc.pdf"));
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(signed));
    String annexText = pdfText(dir.resolve("xuat-lai-phu-luc.pdf"));
    assertThat(annexText)
        .contains("Phụ lục")
        .contains("KẾT QUẢ KIỂM TRA THEO BỘ TIÊU CHÍ")
        .contains("số 15/BB-ĐKT ngày 14 tháng 9 năm 2023")
        .contains("Tổng điểm")
        .doesNotContain("BIÊN BẢN")
        .doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

    Path edit = dir.resolve("edit.json");
    assertThat(run("inspection", "export", ID, "--db", db, "--out", edit.toString())).isZero();
    Files.writeString(
        edit, Files.readString(edit).replace("Tiếp thu ý kiến", "Không tiếp thu ý kiến"));
    assertThat(run("inspection", "import", "--db", db, edit.toString())).isEqualTo(1);
    assertThat(err).contains("đã ký biên bản");
  }

  @Test
  void verifyOfAnUnknownFileSaysSo() throws IOException {
    Path other = dir.resolve("khac.pdf");
    Files.writeString(other, "%PDF-1.4 không phải biên bản");
    assertThat(run("minutes", "verify", other.toString(), "--db", db)).isEqualTo(1);
    assertThat(out).contains("KHÔNG TRÙNG KHỚP").contains("Không tìm thấy mã xác thực");
    assertThat(run("minutes", "verify", dir.resolve("khong-co.pdf").toString(), "--db", db))
        .isEqualTo(1);
    assertThat(err).contains("Không có tệp");
  }

  @Test
  void amendAfterSigningAndRenderTheAmendment() throws IOException {
    assertThat(run("minutes", "amend", ID, "--db", db, "--text", "Bổ sung")).isEqualTo(1);
    assertThat(err).contains("chưa được đánh dấu đã ký");
    assertThat(run("minutes", "sign", ID, "--db", db)).isZero();
    Path text = dir.resolve("bo-sung.txt");
    Files.writeString(
        text, "Điều chỉnh nội dung mục IV: thời hạn hoàn thành kiến nghị 2 là 31/12/2023.");
    assertThat(run("minutes", "amend", ID, "--db", db, "--file", text.toString())).isEqualTo(1);
    assertThat(err).contains("Chưa nhập thời gian lập biên bản bổ sung");
    assertThat(
            run(
                "minutes",
                "amend",
                ID,
                "--db",
                db,
                "--file",
                text.toString(),
                "--at",
                "9 giờ sáng",
                "--place",
                "Trụ sở UBND xã Mỹ An"))
        .isEqualTo(1);
    assertThat(err).contains("«9 giờ sáng» không phải là giờ và ngày").doesNotContain("Exception");
    assertThat(
            run(
                "minutes",
                "amend",
                ID,
                "--db",
                db,
                "--file",
                text.toString(),
                "--at",
                "15/10/2023 9h30",
                "--place",
                "Trụ sở UBND xã Mỹ An"))
        .isZero();
    assertThat(out)
        .contains("biên bản bổ sung số 1")
        .contains("lập lúc 09:30 15/10/2023 tại Trụ sở UBND xã Mỹ An");

    Path pdf = dir.resolve("bo-sung.pdf");
    assertThat(
            run("minutes", "render", ID, "--db", db, "--amendment", "1", "--out", pdf.toString()))
        .isZero();
    assertThat(pdfText(pdf))
        .contains("BIÊN BẢN BỔ SUNG")
        .contains("thời hạn hoàn thành kiến nghị 2 là 31/12/2023")
        .contains("Căn cứ Biên bản kiểm tra số")
        .contains("09 giờ 30 phút, ngày 15 tháng 10 năm 2023")
        .contains("Địa điểm: Trụ sở Ủy ban nhân dân (UBND) xã Mỹ An.")
        .contains("ngày 15 tháng 10 năm 2023");
  }

  @Test
  void attachScanStoresTheSignedPaper() throws IOException {
    Path scan = dir.resolve("bien-ban-giay.pdf");
    Files.writeString(scan, "%PDF-1.4 bản chụp");
    assertThat(run("minutes", "sign", ID, "--db", db)).isZero();
    assertThat(run("minutes", "attach-scan", ID, scan.toString(), "--db", db)).isZero();
    assertThat(out).contains("bien-ban-giay.pdf").contains("application/pdf");
  }

  @Test
  void helpIsInVietnameseFromTheReportBundle() {
    assertThat(run("minutes", "render", "--help")).isZero();
    assertThat(out)
        .contains("Xuất biên bản")
        .contains("Kèm Phụ lục kết quả theo bộ tiêu chí")
        .doesNotContain("!");
    assertThat(run("minutes", "--help")).isZero();
    assertThat(out).contains("Biên bản kiểm tra: xuất, ký và khoá");
  }
}
