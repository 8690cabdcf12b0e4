package vn.kiemtra.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.exchange.ChecklistWorkbookTestAccess;
import vn.kiemtra.testsupport.Cli;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Json;

/**
 * Checklists the office publishes travel to laptops in the office package and start inspections
 * there; drafts stay home; a checklist published on a laptop is refused by the office.
 */
class TemplatesTravelTest {
  @TempDir Path dir;

  private static Cli.Run ok(Cli.Run run) {
    assertThat(run.exit()).as(run.err()).isZero();
    return run;
  }

  private void enrol(Path at, Path device) {
    Path key = dir.resolve(device.getFileName() + ".key.json");
    ok(Cli.run(device, "device", "export-key", "--out", key.toString()));
    ok(Cli.run(at, "device", "enrol", key.toString()));
  }

  private static String deviceId(Path db) {
    Matcher m =
        Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
            .matcher(ok(Cli.run(db, "device", "show")).out());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private Path workbook() throws Exception {
    Path file = dir.resolve("cchc-xa.xlsx");
    Files.write(file, ChecklistWorkbookTestAccess.communeWorkbook());
    return file;
  }

  @Test
  void theOfficePackageCarriesPublishedChecklistsAndLaptopsCannotPublish() throws Exception {
    Path office = dir.resolve("office.mv.db");
    Path laptop = dir.resolve("laptop.mv.db");
    ok(Cli.run(office, "device", "rename", "Văn phòng Sở Nội vụ"));
    ok(Cli.run(laptop, "device", "rename", "Máy kiểm tra 1"));
    enrol(office, laptop);
    enrol(laptop, office);
    ok(Cli.run(office, "template", "import", workbook().toString()));
    ok(Cli.run(office, "template", "publish", "CCHC-XA", "2026"));
    ok(Cli.run(office, "template", "new-version", "CCHC-XA", "2026", "2027"));

    Path toLaptop = dir.resolve("office-for-laptop.kiemtra");
    ok(Cli.run(office, "sync", "export", "--for", deviceId(laptop), "--out", toLaptop.toString()));
    ok(Cli.run(laptop, "sync", "import", toLaptop.toString()));

    String onLaptop = ok(Cli.run(laptop, "template", "list")).out();
    assertThat(onLaptop).containsPattern("CCHC-XA +2026 +XA +Đã ban hành +2 +7 +80 ");
    assertThat(onLaptop).doesNotContain("2027");
    assertThat(ok(Cli.run(laptop, "template", "show", "CCHC-XA", "2026")).out())
        .contains("CD02.2")
        .contains("Tỷ lệ hồ sơ giải quyết đúng hạn");

    // The inspector starts a new inspection on the laptop from the checklist that travelled.
    assertThat(ok(Cli.run(laptop, "inspection", "new", "--level", "xa")).out())
        .contains("theo bộ tiêu chí CCHC-XA 2026.");

    UUID id = UUID.randomUUID();
    ok(Cli.run(laptop, "inspection", "import", inspectionOn(id, "2026").toString()));
    assertThat(ok(Cli.run(laptop, "inspection", "score", id.toString())).out())
        .contains("Tổng: 11,5/80 điểm");

    ok(Cli.run(laptop, "template", "new-version", "CCHC-XA", "2026", "2028"));
    ok(Cli.run(laptop, "template", "publish", "CCHC-XA", "2028"));
    Path fromLaptop = dir.resolve("laptop-1.kiemtra");
    ok(Cli.run(laptop, "sync", "export", "--out", fromLaptop.toString()));
    Cli.Run refused = Cli.run(office, "sync", "import", fromLaptop.toString());

    assertThat(refused.exit()).isNotZero();
    assertThat(refused.err())
        .contains(
            "Gói laptop-1.kiemtra bị từ chối: máy «Máy kiểm tra 1» đã ban hành bộ tiêu chí"
                + " CCHC-XA 2028, nhưng chỉ văn phòng được ban hành bộ tiêu chí.")
        .contains("Cơ sở dữ liệu không thay đổi.");
    assertThat(ok(Cli.run(office, "template", "list")).out()).doesNotContain("2028");
    assertThat(ok(Cli.run(office, "inspection", "list")).out()).doesNotContain(id.toString());
  }

  private Path inspectionOn(UUID id, String version) throws Exception {
    ObjectNode doc = Json.object(Fixtures.seed());
    ObjectNode in = (ObjectNode) doc.get("inspection");
    in.put("id", id.toString());
    ((ObjectNode) in.get("template")).put("code", "CCHC-XA").put("version", version);
    ArrayNode answers = in.putArray("answers");
    answers.addObject().put("item", "CD01").put("result", "PASS");
    answers.addObject().put("item", "CD02.1").put("result", "PASS");
    answers.addObject().put("item", "CD02.2").put("result", "FAIL");
    in.putArray("areaFindings");
    in.putArray("recommendations");
    Path file = dir.resolve("inspection-" + id + ".json");
    Files.writeString(file, doc.toString());
    return file;
  }
}
