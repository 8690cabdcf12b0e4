package vn.kiemtra.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.testsupport.Cli;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Json;

/**
 * The office scenario end to end with the commands: the office sends an inspection to two laptops,
 * each edits it (one field on both, others on one side only, with {@code inspection import} of an
 * edited document), both export; two offices import the packages in opposite orders and end with
 * the same data, the one-sided edits applied and the conflict listed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeSyncScenarioTest {
  static final String ID = Fixtures.SEED_ID;

  @TempDir static Path dir;
  Path office;
  Path office2;
  Path officeBefore;
  Path laptopA;
  Path laptopB;
  Path packageA;
  Path packageB;

  @BeforeAll
  void twoLaptopsEditTheSameInspection() throws Exception {
    office = dir.resolve("office.mv.db");
    laptopA = dir.resolve("laptop-a.mv.db");
    laptopB = dir.resolve("laptop-b.mv.db");
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, Fixtures.seed());
    ok(Cli.run(office, "inspection", "import", seed.toString()));
    ok(Cli.run(office, "device", "rename", "Văn phòng Sở Nội vụ"));
    ok(Cli.run(laptopA, "device", "rename", "Máy kiểm tra A"));
    ok(Cli.run(laptopB, "device", "rename", "Máy kiểm tra B"));
    enrol(office, laptopA);
    enrol(office, laptopB);
    enrol(laptopA, office);
    enrol(laptopB, office);

    Path fromOffice = dir.resolve("office-1.kiemtra");
    ok(Cli.run(office, "sync", "export", "--out", fromOffice.toString(), "--full"));
    ok(Cli.run(laptopA, "sync", "import", fromOffice.toString()));
    ok(Cli.run(laptopB, "sync", "import", fromOffice.toString()));
    office2 = dir.resolve("office2.mv.db");
    Files.copy(office, office2);

    edit(
        laptopA,
        "A",
        doc -> {
          doc.put("overallAssessment", "Đánh giá chung của máy A");
          ((ObjectNode) doc.withArray("answers").get(0))
              .put("note", "Ghi chú tiêu chí sửa trên máy A");
        });
    edit(
        laptopB,
        "B",
        doc -> {
          doc.put("overallAssessment", "Đánh giá chung của máy B");
          doc.put("unitResponse", "Ý kiến đơn vị cập nhật trên máy B");
        });
    packageA = dir.resolve("a.kiemtra");
    packageB = dir.resolve("b.kiemtra");
    ok(Cli.run(laptopA, "sync", "export", "--out", packageA.toString()));
    ok(Cli.run(laptopB, "sync", "export", "--out", packageB.toString()));
    officeBefore = dir.resolve("office-before.mv.db");
    Files.copy(office, officeBefore);
    ok(Cli.run(office, "sync", "import", packageA.toString(), packageB.toString()));
    ok(Cli.run(office2, "sync", "import", packageB.toString(), packageA.toString()));
  }

  @Test
  void bothOfficesEndWithTheSameDataAndTheOneSidedEditsApplied() throws Exception {
    String one = exported(office);
    String two = exported(office2);
    assertThat(one).isEqualTo(two);
    ObjectNode doc = (ObjectNode) Json.parse(one).get("inspection");
    assertThat(doc.get("answers").get(0).get("note").asText())
        .isEqualTo("Ghi chú tiêu chí sửa trên máy A");
    assertThat(doc.get("unitResponse").asText()).isEqualTo("Ý kiến đơn vị cập nhật trên máy B");
    assertThat(doc.get("overallAssessment").asText())
        .isIn("Đánh giá chung của máy A", "Đánh giá chung của máy B");
  }

  @Test
  void anOfficeThatLoadedTheInspectionItselfEndsTheSame() throws Exception {
    Path office3 = dir.resolve("office3.mv.db");
    Path seed = dir.resolve("seed.json");
    ok(Cli.run(office3, "inspection", "import", seed.toString()));
    enrol(office3, laptopA);
    enrol(office3, laptopB);
    ok(Cli.run(office3, "sync", "import", packageB.toString(), packageA.toString()));
    assertThat(exported(office3)).isEqualTo(exported(office));
    assertThat(
            ok(Cli.run(office3, "sync", "conflicts"))
                .out()
                .lines()
                .filter(l -> l.contains("Hai bên cùng sửa")))
        .singleElement()
        .asString()
        .contains("Đánh giá chung");
  }

  @Test
  void theConflictIsListedWithBothValuesAtBothOffices() {
    for (Path db : new Path[] {office, office2}) {
      Cli.Run conflicts = ok(Cli.run(db, "sync", "conflicts"));
      assertThat(conflicts.out())
          .contains("Đánh giá chung của máy A")
          .contains("Đánh giá chung của máy B")
          .contains("Hai bên cùng sửa")
          .contains("Đánh giá chung");
      assertThat(conflicts.out().lines().filter(l -> l.contains("Hai bên cùng sửa"))).hasSize(1);
    }
  }

  @Test
  void aReImportChangesNothing() throws Exception {
    Path copy = dir.resolve("office-reimport.mv.db");
    Files.copy(office, copy, StandardCopyOption.REPLACE_EXISTING);
    String before = exported(copy);
    String conflictsBefore = ok(Cli.run(copy, "sync", "conflicts")).out();
    Cli.Run again = ok(Cli.run(copy, "sync", "import", packageA.toString(), packageB.toString()));
    assertThat(again.out()).contains("Gói này đã được nhập trước đây; không có gì thay đổi.");
    assertThat(exported(copy)).isEqualTo(before);
    assertThat(ok(Cli.run(copy, "sync", "conflicts")).out()).isEqualTo(conflictsBefore);
  }

  @Test
  void theReconciliationCountsWhatChangedPerTable() throws Exception {
    Path copy = dir.resolve("office-count.mv.db");
    Files.copy(officeBefore, copy, StandardCopyOption.REPLACE_EXISTING);
    Cli.Run run = ok(Cli.run(copy, "sync", "import", packageA.toString()));
    assertThat(run.out())
        .contains("ĐỐI CHIẾU DỮ LIỆU NHẬP")
        .contains("Máy gửi: Máy kiểm tra A")
        .contains("Không thiếu gói nào của máy này.")
        .contains("Không có xung đột mới.");
    assertThat(run.out().lines().filter(l -> l.startsWith("Cuộc kiểm tra")))
        .singleElement()
        .satisfies(l -> assertThat(l.trim().split("\\s+")).endsWith("0", "1", "0", "0"));
    assertThat(run.out().lines().filter(l -> l.startsWith("Kết quả tiêu chí")))
        .singleElement()
        .satisfies(l -> assertThat(l.trim().split("\\s+")).endsWith("0", "1", "11", "0"));
    assertThat(ok(Cli.run(copy, "sync", "history")).out()).contains("Máy kiểm tra A");
  }

  @Test
  void resolvingTheConflictGivesTheChosenValueEverywhereItTravels() throws Exception {
    Path copy = dir.resolve("office-resolve.mv.db");
    Files.copy(office, copy, StandardCopyOption.REPLACE_EXISTING);
    String id =
        ok(Cli.run(copy, "sync", "conflicts"))
            .out()
            .lines()
            .filter(l -> l.contains("Hai bên cùng sửa"))
            .findFirst()
            .orElseThrow()
            .split("\\s+")[0];
    ok(Cli.run(copy, "sync", "resolve", id, "--value", "Đánh giá chung đã thống nhất"));
    assertThat(Json.parse(exported(copy)).get("inspection").get("overallAssessment").asText())
        .isEqualTo("Đánh giá chung đã thống nhất");
    assertThat(ok(Cli.run(copy, "sync", "conflicts")).out()).contains("Không có xung đột nào");
  }

  private void enrol(Path at, Path device) throws Exception {
    Path key = dir.resolve(device.getFileName() + ".key.json");
    ok(Cli.run(device, "device", "export-key", "--out", key.toString()));
    ok(Cli.run(at, "device", "enrol", key.toString()));
  }

  private void edit(Path laptop, String tag, java.util.function.Consumer<ObjectNode> change)
      throws Exception {
    ObjectNode doc = (ObjectNode) Json.parse(exported(laptop));
    change.accept((ObjectNode) doc.get("inspection"));
    Path file = dir.resolve("edited-" + tag + ".json");
    Files.writeString(file, Json.write(doc));
    ok(Cli.run(laptop, "inspection", "import", file.toString()));
  }

  private String exported(Path db) throws Exception {
    Path out = Files.createTempFile(dir, "export", ".json");
    ok(Cli.run(db, "inspection", "export", ID, "--out", out.toString()));
    return Files.readString(out);
  }

  static Cli.Run ok(Cli.Run run) {
    assertThat(run.exit()).as("exit code; err: %s; out: %s", run.err(), run.out()).isZero();
    return run;
  }
}
