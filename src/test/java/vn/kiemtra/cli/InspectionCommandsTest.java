package vn.kiemtra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.testsupport.Cli;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Json;

class InspectionCommandsTest {
  @TempDir Path dir;

  private Path db() {
    return dir.resolve("office");
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Cli.Run ok(String... args) {
    Cli.Run run = Cli.run(db(), args);
    assertThat(run.exit()).as(run.err()).isZero();
    return run;
  }

  @Test
  void inspectionListShowsEachInspectionsScore() throws Exception {
    ok("inspection", "import", write("seed.json", Fixtures.seed()).toString());
    ok("inspection", "import", "src/test/resources/fixtures/full-inspection.json");

    String out = ok("inspection", "list").out();

    assertThat(out).containsPattern(Fixtures.SEED_ID + ".*Chờ ký\\s+20/100");
    assertThat(out)
        .containsPattern("5a1e7c2d-0b3f-4d8e-9a6c-1f2e3d4c5b6a.*Đang kiểm tra\\s+8,7/99");
  }

  @Test
  void templateListShowsTheDefaultChecklist() {
    Cli.Run run = ok("template", "list");
    assertThat(run.out())
        .containsPattern("CCHC-SO\\s+2023\\s+SO\\s+Đã ban hành\\s+7\\s+69\\s+100\\s+0");
  }

  @Test
  void templateShowListsEveryCriterion() {
    Cli.Run run = ok("template", "show", "CCHC-SO", "2023");
    assertThat(run.out()).contains("CD01", "CS13", "Cải cách thể chế", "DKD+SH");
    Cli.Run missing = Cli.run(db(), "template", "show", "CCHC-SO", "1999");
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err()).startsWith("Lỗi: ").contains("CCHC-SO 1999");
  }

  @Test
  void seedImportsAndExportsTheSameData() throws Exception {
    Path seed = write("seed.json", Fixtures.seed());
    assertThat(ok("inspection", "import", seed.toString()).out()).contains("phiên bản 1");
    String exported = ok("inspection", "export", Fixtures.SEED_ID).out();
    assertThat(Json.withoutNulls(Json.parse(exported)))
        .isEqualTo(Json.withoutNulls(Json.parse(Fixtures.seed())));
  }

  @Test
  void exportImportIntoAnEmptyDatabaseExportsTheSameDocument() throws Exception {
    Path full = write("full.json", Fixtures.text("full-inspection.json"));
    ok("inspection", "import", full.toString());
    Path first = dir.resolve("first.json");
    ok("inspection", "export", "5a1e7c2d-0b3f-4d8e-9a6c-1f2e3d4c5b6a", "--out", first.toString());
    Cli.Run second = Cli.run(dir.resolve("empty"), "inspection", "import", first.toString());
    assertThat(second.exit()).isZero();
    String again =
        Cli.run(
                dir.resolve("empty"),
                "inspection",
                "export",
                "5a1e7c2d-0b3f-4d8e-9a6c-1f2e3d4c5b6a")
            .out();
    assertThat(Json.parse(again)).isEqualTo(Json.parse(Files.readString(first)));
    assertThat(Json.withoutNulls(Json.parse(again)))
        .isEqualTo(Json.withoutNulls(Json.parse(Fixtures.text("full-inspection.json"))));
  }

  @Test
  void aMinimalDocumentWithOnlyRequiredKeysRoundTrips() throws Exception {
    String minimal =
        """
        {"format":"kiemtra/inspection","formatVersion":1,"inspection":{
          "id":"9e1d2c3b-4a5f-4e6d-8c7b-6a5f4e3d2c1b","title":"Kiểm tra đột xuất",
          "template":{"code":"CCHC-SO","version":"2023"},"startedAt":"2026-02-03T14:00",
          "place":"Bộ phận Một cửa","unit":{"name":"Ủy ban nhân dân xã Đồng Hỷ"},
          "team":[{"fullName":"Vũ Thị Hòa","role":"LEADER"}]}}
        """;
    ok("inspection", "import", write("min.json", minimal).toString());
    ObjectNode out =
        Json.object(ok("inspection", "export", "9e1d2c3b-4a5f-4e6d-8c7b-6a5f4e3d2c1b").out());
    ObjectNode in = (ObjectNode) out.get("inspection");
    assertThat(in.get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(in.get("unit").get("name").asText()).isEqualTo("Ủy ban nhân dân xã Đồng Hỷ");
    assertThat(in.get("answers")).isEmpty();
    assertThat(ok("inspection", "list").out()).contains("03/02/2026", "chưa chấm");
  }

  @Test
  void decomposedFileIsStoredAsComposedText() throws Exception {
    Path nfd = write("nfd.json", Normalizer.normalize(Fixtures.seed(), Normalizer.Form.NFD));
    ok("inspection", "import", nfd.toString());
    String exported = ok("inspection", "export", Fixtures.SEED_ID).out();
    assertThat(Normalizer.isNormalized(exported, Normalizer.Form.NFC)).isTrue();
    assertThat(Json.withoutNulls(Json.parse(exported)))
        .isEqualTo(Json.withoutNulls(Json.parse(Fixtures.seed())));
    // The NFC seed is then the same inspection, not a change.
    assertThat(ok("inspection", "import", write("nfc.json", Fixtures.seed()).toString()).out())
        .contains("không có gì thay đổi");
  }

  @Test
  void reimportRecordsARevisionInsteadOfASecondCopy() throws Exception {
    Path seed = write("seed.json", Fixtures.seed());
    ok("inspection", "import", seed.toString());
    assertThat(ok("inspection", "import", seed.toString()).out()).contains("không có gì thay đổi");
    Path edited = write("edited.json", Fixtures.seed().replace("\"copies\": 2", "\"copies\": 3"));
    assertThat(ok("inspection", "import", edited.toString()).out()).contains("phiên bản 2");
    assertThat(ok("inspection", "list").out().lines().filter(l -> l.contains(Fixtures.SEED_ID)))
        .hasSize(1);
  }

  @Test
  void badFilesAreRefusedWithThePathAndLeaveTheDatabaseUnchanged() throws Exception {
    ok("inspection", "import", write("seed.json", Fixtures.seed()).toString());
    String before = ok("inspection", "export", Fixtures.SEED_ID).out();
    String edited = Fixtures.seed().replace("\"copies\": 2", "\"copies\": 4");
    String[][] cases = {
      {
        "enum.json",
        edited.replace("\"role\": \"LEADER\"", "\"role\": \"BOSS\""),
        "inspection.team[0].role"
      },
      {
        "missing.json",
        edited.replace("\"place\": \"Trụ sở Văn phòng Ủy ban nhân dân tỉnh\",", ""),
        "inspection.place"
      },
      {
        "string-number.json",
        edited.replace("\"count\": 11300", "\"count\": \"11.300\""),
        "inspection.answers[10].count"
      },
      {"truncated.json", edited.substring(0, edited.length() - 200), "cắt cụt"},
      {"empty.json", "", "tệp rỗng"},
      {
        "unknown-item.json",
        edited.replace("\"item\": \"CS08\"", "\"item\": \"CS99\""),
        "inspection.answers[11].item"
      },
      {
        "template.json",
        edited.replace("\"version\": \"2023\"", "\"version\": \"2031\""),
        "CCHC-SO 2031"
      },
    };
    for (String[] c : cases) {
      Cli.Run run = Cli.run(db(), "inspection", "import", write(c[0], c[1]).toString());
      assertThat(run.exit()).as(c[0]).isNotZero();
      assertThat(run.err())
          .as(c[0])
          .contains(c[2])
          .contains("Lỗi")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(run.err().lines()).as(c[0]).hasSize(1);
    }
    assertThat(ok("inspection", "export", Fixtures.SEED_ID).out()).isEqualTo(before);
  }

  @Test
  void aBatchImportsTheGoodFilesAndReportsTheBadOne() throws Exception {
    Path good = write("seed.json", Fixtures.seed());
    Path bad = write("bad.json", "{");
    Path full = write("full.json", Fixtures.text("full-inspection.json"));
    Cli.Run run =
        Cli.run(db(), "inspection", "import", good.toString(), bad.toString(), full.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("bad.json");
    assertThat(ok("inspection", "list").out())
        .contains(Fixtures.SEED_ID, "5a1e7c2d-0b3f-4d8e-9a6c-1f2e3d4c5b6a");
  }

  @Test
  void scoreShowsAreasTotalsAndUnassessedCriteria() throws Exception {
    ok(
        "inspection",
        "import",
        write("full.json", Fixtures.text("full-inspection.json")).toString());
    String out = ok("inspection", "score", "5a1e7c2d-0b3f-4d8e-9a6c-1f2e3d4c5b6a").out();
    assertThat(out)
        .contains("CD Công tác chỉ đạo")
        .contains("chưa đánh giá")
        .contains("không áp dụng")
        .containsPattern("TT08\\s+2,5/3")
        .contains("Tổng:");
  }

  @Test
  void missingInspectionAndBadIdGiveOneLineMessages() {
    Cli.Run missing = Cli.run(db(), "inspection", "export", "00000000-0000-0000-0000-000000000001");
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err()).contains("Không tìm thấy cuộc kiểm tra");
    Cli.Run badId = Cli.run(db(), "inspection", "score", "abc");
    assertThat(badId.exit()).isNotZero();
    assertThat(badId.err()).startsWith("Lỗi:").contains("--help");
  }

  @Test
  void helpIsAvailableEverywhere() {
    for (String[] args :
        new String[][] {
          {"--help"},
          {"inspection", "--help"},
          {"inspection", "import", "--help"},
          {"template", "list", "--help"}
        }) {
      Cli.Run run = Cli.runRaw(args);
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("Cách dùng:");
    }
    assertThat(Cli.runRaw("inspection", "import", "--help").out()).contains("--db", "--strict");
  }

  @Test
  void aDocumentSayingSignedDoesNotLockAnInspectionWithoutSignedMinutes() throws Exception {
    String signed =
        Fixtures.seed().replace("\"status\": \"READY_TO_SIGN\"", "\"status\": \"SIGNED\"");
    Cli.Run run = ok("inspection", "import", write("signed.json", signed).toString());
    assertThat(run.err())
        .startsWith("Cảnh báo (")
        .contains("inspection.status: trạng thái SIGNED trong tệp không được dùng");
    String exported = ok("inspection", "export", Fixtures.SEED_ID).out();
    assertThat(Json.parse(exported).get("inspection").get("status").asText())
        .isEqualTo("READY_TO_SIGN");

    String edited = signed.replace("\"copies\": 2", "\"copies\": 3");
    assertThat(ok("inspection", "import", write("edited.json", edited).toString()).out())
        .contains("phiên bản 2");
    assertThat(ok("minutes", "sign", Fixtures.SEED_ID).out()).contains("đã ký");
    Cli.Run locked = Cli.run(db(), "inspection", "import", write("after.json", signed).toString());
    assertThat(locked.exit()).isEqualTo(1);
    assertThat(locked.err()).contains("đã ký biên bản nên không sửa được");
  }
}
