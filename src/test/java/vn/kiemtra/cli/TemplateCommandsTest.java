package vn.kiemtra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.testsupport.Cli;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Json;
import vn.kiemtra.testsupport.Workbooks;

/**
 * The office's own checklist from a workbook to a scored inspection, on a real database file:
 * import, refusals that change nothing, publish, an inspection that follows the new criteria.
 */
class TemplateCommandsTest {
  @TempDir Path dir;

  private Path db() {
    return dir.resolve("office");
  }

  private Path communeWorkbook() throws Exception {
    Path file = dir.resolve("cchc-xa-2026.xlsx");
    Files.write(file, vn.kiemtra.exchange.ChecklistWorkbookTestAccess.communeWorkbook());
    return file;
  }

  /** The seed inspection moved onto the commune checklist, with answers to its criteria. */
  private Path communeInspection(UUID id) throws Exception {
    ObjectNode doc = Json.object(Fixtures.seed());
    ObjectNode in = (ObjectNode) doc.get("inspection");
    in.put("id", id.toString());
    ((ObjectNode) in.get("template")).put("code", "CCHC-XA").put("version", "2026");
    ArrayNode answers = in.putArray("answers");
    answers.addObject().put("item", "CD01").put("result", "PASS");
    answers.addObject().put("item", "CD02.1").put("result", "PASS");
    answers.addObject().put("item", "CD02.2").put("result", "PARTIAL");
    answers.addObject().put("item", "TT01").put("numerator", 80).put("denominator", 100);
    answers.addObject().put("item", "TT03").put("result", "FAIL");
    in.putArray("areaFindings");
    in.putArray("recommendations");
    Path file = dir.resolve("inspection-" + id + ".json");
    Files.writeString(file, doc.toString());
    return file;
  }

  @Test
  void aWorkbookBecomesADraftThenAPublishedChecklistThatScoresAnInspection() throws Exception {
    Cli.Run imported = Cli.run(db(), "template", "import", communeWorkbook().toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).isEqualTo("đã lưu bản nháp CCHC-XA 2026\n");
    assertThat(imported.err())
        .contains("tieu_chi!K1: cột «ghi_chu» không thuộc mẫu nên được bỏ qua");

    String list = Cli.run(db(), "template", "list").out();
    assertThat(list).containsPattern("CCHC-XA +2026 +XA +Bản nháp +2 +7 +80 +0 ");
    assertThat(list).containsPattern("CCHC-SO +2023 +SO +Đã ban hành");
    String show = Cli.run(db(), "template", "show", "CCHC-XA", "2026").out();
    assertThat(show).contains("Trạng thái: Bản nháp. Cấp áp dụng: Xã, phường, đặc khu.");
    assertThat(show).containsPattern("\n  CD02\\.1 +DKD4 +10 +Hoàn thành nhiệm vụ quý I–II");

    UUID id = UUID.randomUUID();
    Cli.Run early = Cli.run(db(), "inspection", "import", communeInspection(id).toString());
    assertThat(early.exit()).isEqualTo(1);
    assertThat(early.err())
        .contains("inspection.template: bộ tiêu chí CCHC-XA 2026 chưa ban hành; hãy ban hành nó")
        .doesNotContain("Exception");
    assertThat(Cli.run(db(), "inspection", "list").out()).doesNotContain(id.toString());

    Cli.Run published = Cli.run(db(), "template", "publish", "CCHC-XA", "2026");
    assertThat(published.out()).isEqualTo("Đã ban hành bộ tiêu chí CCHC-XA 2026.\n");
    Cli.Run later = Cli.run(db(), "inspection", "import", communeInspection(id).toString());
    assertThat(later.exit()).as(later.err()).isZero();

    String score = Cli.run(db(), "inspection", "score", id.toString()).out();
    assertThat(score).contains("CD Công tác chỉ đạo, điều hành: 16,5/21,5 điểm");
    assertThat(score).contains("Tổng: 40,5/80 điểm");
    assertThat(Cli.run(db(), "template", "list").out())
        .containsPattern("CCHC-XA +2026 +XA +Đã ban hành +2 +7 +80 +1 ");

    Cli.Run deleteRefused = Cli.run(db(), "template", "import", communeWorkbook().toString());
    assertThat(deleteRefused.out()).contains("đã có với nội dung y hệt");
  }

  @Test
  void aBrokenWorkbookIsRefusedWholeAndTheDatabaseStaysAsItWas() throws Exception {
    Cli.run(db(), "template", "list");
    Path broken = dir.resolve("broken.xlsx");
    Files.write(
        broken,
        Workbooks.create()
            .sheet(
                "tieu_chi",
                new Object[] {"linh_vuc", "ma", "noi_dung", "kieu", "diem"},
                new Object[] {"CD", null, "Chỉ đạo"},
                new Object[] {"CD", "CD01", "Kế hoạch", "DKD", "một"},
                new Object[] {"CD", "CD01", "Báo cáo", "ABC", 1},
                new Object[] {"CD", "CD09.1", "Không có cha", "DKD", 1})
            .bytes());

    Cli.Run run = Cli.run(db(), "template", "import", broken.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "Không nhập được broken.xlsx: có 5 lỗi cần sửa:\n"
                + "  thong_tin: thiếu trang tính «thong_tin»; hãy thêm trang tính tên thong_tin (xem"
                + " trang huong_dan của sổ tính mẫu)\n"
                + "  tieu_chi!E3: điểm «một» không phải là số; hãy ghi một số, ví dụ 1,5\n"
                + "  tieu_chi!B4: mã CD01 trùng với dòng 3; hãy đặt mã khác\n"
                + "  tieu_chi!D4: kiểu «ABC» không có; hãy chọn một kiểu: DKD, DKD4, SO, TL, NGAY,"
                + " VB, SH\n"
                + "  tieu_chi!B5: tiêu chí thành phần CD09.1 không có tiêu chí cha CD09 ở các dòng"
                + " trên trong cùng lĩnh vực; hãy thêm dòng CD09 phía trên hoặc sửa mã\n"
                + "Cơ sở dữ liệu không thay đổi.\n");
    assertThat(Cli.run(db(), "template", "list").out()).doesNotContain("CD09").hasLineCount(2);
  }

  @Test
  void versionsAreCopiedComparedAndWithdrawn() throws Exception {
    Cli.run(db(), "template", "import", communeWorkbook().toString());
    Cli.run(db(), "template", "publish", "CCHC-XA", "2026");
    Cli.Run copy = Cli.run(db(), "template", "new-version", "CCHC-XA", "2026", "2027");
    assertThat(copy.out()).isEqualTo("Đã tạo bản nháp CCHC-XA 2027 từ phiên bản 2026.\n");

    Path json = dir.resolve("xa-2027.json");
    assertThat(
            Cli.run(db(), "template", "export", "CCHC-XA", "2027", "--out", json.toString()).exit())
        .isZero();
    String edited =
        Files.readString(json)
            .replace("\"maxScore\" : 1.5", "\"maxScore\" : 2")
            .replace("Tiếp nhận phản ánh, kiến nghị", "Tiếp nhận, xử lý phản ánh, kiến nghị");
    Files.writeString(json, edited);
    assertThat(Cli.run(db(), "template", "import", json.toString()).out())
        .isEqualTo("đã lưu bản nháp CCHC-XA 2027 (thay bản nháp cũ)\n");

    Cli.Run diff = Cli.run(db(), "template", "diff", "CCHC-XA", "2026", "2027");
    assertThat(diff.out())
        .isEqualTo(
            "Bộ tiêu chí CCHC-XA: từ phiên bản 2026 sang 2027, 3 thay đổi.\n"
                + "- Tổng điểm tối đa: 80 thành 80,5.\n"
                + "- Đổi điểm tiêu chí CD01: 1,5 điểm thành 2 điểm.\n"
                + "- Sửa nội dung tiêu chí TT03: «Tiếp nhận phản ánh, kiến nghị» thành «Tiếp nhận,"
                + " xử lý phản ánh, kiến nghị».\n");

    Cli.Run withdraw = Cli.run(db(), "template", "withdraw", "CCHC-XA", "2026");
    assertThat(withdraw.exit()).isZero();
    assertThat(Cli.run(db(), "template", "list").out())
        .containsPattern("CCHC-XA +2026 +XA +Ngừng sử dụng");
    Cli.Run again = Cli.run(db(), "template", "publish", "CCHC-XA", "2026");
    assertThat(again.exit()).isNotZero();
    assertThat(again.err()).contains("không phải bản nháp (Ngừng sử dụng)");
  }

  @Test
  void aWorkbookExportedAndImportedIntoAnotherDatabaseIsTheSameTemplate() throws Exception {
    Path xlsx = dir.resolve("so.xlsx");
    assertThat(
            Cli.run(db(), "template", "export", "CCHC-SO", "2023", "--out", xlsx.toString()).exit())
        .isZero();
    Path other = dir.resolve("other");
    Cli.Run run = Cli.run(other, "template", "import", xlsx.toString());
    assertThat(run.out())
        .isEqualTo("bộ tiêu chí CCHC-SO 2023 đã có với nội dung y hệt; không có gì thay đổi\n");
    Path again = dir.resolve("again.xlsx");
    Cli.run(other, "template", "export", "CCHC-SO", "2023", "--out", again.toString());
    assertThat(Workbooks.cells(Files.readAllBytes(again)))
        .isEqualTo(Workbooks.cells(Files.readAllBytes(xlsx)));
  }

  @Test
  void aNewInspectionStartsFromTheNewestPublishedVersionOfItsLevel() throws Exception {
    Cli.run(db(), "template", "import", communeWorkbook().toString());
    Cli.Run draftOnly = Cli.run(db(), "inspection", "new", "--level", "xã");
    assertThat(draftOnly.exit()).isEqualTo(1);
    assertThat(draftOnly.err())
        .startsWith("Lỗi: Chưa có bộ tiêu chí nào đã ban hành cho cấp «Xã, phường, đặc khu»");

    Cli.run(db(), "template", "publish", "CCHC-XA", "2026");
    Cli.Run commune =
        Cli.run(db(), "inspection", "new", "--level", "xa", "--title", "Kiểm tra xã Gia Viễn");
    assertThat(commune.exit()).as(commune.err()).isZero();
    assertThat(commune.out())
        .matches(
            "Đã tạo cuộc kiểm tra [0-9a-f-]{36} «Kiểm tra xã Gia Viễn» theo bộ tiêu chí CCHC-XA 2026\\.\n");
    // The level used last is the default of the next one.
    Cli.Run again = Cli.run(db(), "inspection", "new");
    assertThat(again.out()).contains("theo bộ tiêu chí CCHC-XA 2026");
    assertThat(Cli.run(db(), "inspection", "new", "CCHC-SO").out())
        .contains("«Kiểm tra công tác cải cách hành chính năm ")
        .contains("theo bộ tiêu chí CCHC-SO 2023");
    assertThat(Cli.run(db(), "inspection", "list").out().lines().count()).isEqualTo(4);

    Cli.run(db(), "template", "withdraw", "CCHC-XA", "2026");
    Cli.Run withdrawn = Cli.run(db(), "inspection", "new", "CCHC-XA", "2026");
    assertThat(withdrawn.exit()).isEqualTo(1);
    assertThat(withdrawn.err())
        .isEqualTo(
            "Lỗi: bộ tiêu chí CCHC-XA 2026 đã ngừng sử dụng; hãy chọn bộ tiêu chí đang ban hành\n");
    Cli.Run badLevel = Cli.run(db(), "inspection", "new", "--level", "huyện");
    assertThat(badLevel.err()).isEqualTo("Lỗi: Cấp «huyện» không có; hãy ghi so, xa hoặc khac.\n");
    assertThat(Cli.run(db(), "inspection", "list").out().lines().count()).isEqualTo(4);
  }
}
