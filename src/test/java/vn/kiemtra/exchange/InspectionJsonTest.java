package vn.kiemtra.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.ParsedInspection;
import vn.kiemtra.core.inspection.TeamRole;
import vn.kiemtra.core.shared.ValidationException;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Json;

class InspectionJsonTest {
  private final InspectionJson json = new InspectionJson();

  private ParsedInspection read(String text) {
    return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false);
  }

  private ValidationException refused(String text) {
    try {
      read(text);
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("document was accepted");
  }

  private static ObjectNode seedTree() {
    return Json.object(Fixtures.seed());
  }

  private static ObjectNode inspectionOf(ObjectNode root) {
    return (ObjectNode) root.get("inspection");
  }

  static ChecklistTemplate defaultTemplate() {
    return new ChecklistJson()
        .read(ChecklistJson.class.getResourceAsStream("/vn/kiemtra/checklist/CCHC-SO-2023.json"));
  }

  @Test
  void readsEveryFieldOfTheSeedInspection() {
    Inspection i = read(Fixtures.seed()).inspection();
    assertThat(i.id()).isEqualTo(UUID.fromString(Fixtures.SEED_ID));
    assertThat(i.status()).isEqualTo(InspectionStatus.READY_TO_SIGN);
    assertThat(i.issuer().governingBody()).isEqualTo("Ủy ban nhân dân tỉnh Bắc Kạn");
    assertThat(i.documentNumber()).isNull();
    assertThat(i.basis()).hasSize(2);
    assertThat(i.startedAt()).isEqualTo(LocalDateTime.of(2023, 9, 14, 8, 0));
    assertThat(i.endedAt()).isEqualTo(LocalDateTime.of(2023, 9, 14, 11, 30));
    assertThat(i.team()).singleElement().extracting(m -> m.role()).isEqualTo(TeamRole.LEADER);
    assertThat(i.answers()).hasSize(12);
    Answer cs03 = i.answer("CS03").orElseThrow();
    assertThat(cs03.count()).isEqualTo(11300L);
    assertThat(cs03.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(cs03.result()).isEqualTo(Result.PASS);
    assertThat(i.recommendations().get(1).relatedItems()).containsExactly("TC03", "TC04");
    assertThat(i.copies()).isEqualTo(2);
  }

  @Test
  void exportThenReadGivesTheSameInspection() {
    Inspection first = read(Fixtures.seed()).inspection();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(first, defaultTemplate(), out);
    Inspection again = read(out.toString(StandardCharsets.UTF_8)).inspection();
    assertThat(again).isEqualTo(first);
  }

  @Test
  void exportedDocumentCarriesTheSeedDataWithAbsentAndNullAlike() {
    Inspection first = read(Fixtures.seed()).inspection();
    ObjectNode tree = json.toTree(first, defaultTemplate());
    assertThat(Json.withoutNulls(Json.parse(Json.write(tree))))
        .isEqualTo(Json.withoutNulls(seedTree()));
  }

  @Test
  void decomposedTextIsStoredComposed() {
    String nfd = Normalizer.normalize(Fixtures.seed(), Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(Fixtures.seed());
    Inspection fromNfd = read(nfd).inspection();
    Inspection fromNfc = read(Fixtures.seed()).inspection();
    assertThat(fromNfd).isEqualTo(fromNfc);
    assertThat(Normalizer.isNormalized(fromNfd.unitResponse(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void wrongEnumNamesItsPathAndTheAllowedValues() {
    ObjectNode root = seedTree();
    ((ObjectNode) inspectionOf(root).get("team").get(0)).put("role", "CHAIRMAN");
    ValidationException e = refused(Json.write(root));
    assertThat(e.problems())
        .anySatisfy(p -> assertThat(p.path()).isEqualTo("inspection.team[0].role"));
    assertThat(e.getMessage()).contains("CHAIRMAN").contains("LEADER");
  }

  @Test
  void missingRequiredKeyIsNamed() {
    ObjectNode root = seedTree();
    inspectionOf(root).remove("place");
    ValidationException e = refused(Json.write(root));
    assertThat(e.getMessage()).startsWith("inspection.place").contains("thiếu khoá bắt buộc");
  }

  @Test
  void aNumberWrittenAsVietnameseTextIsRefused() {
    String text = Fixtures.seed().replace("\"count\": 11300", "\"count\": \"11.300\"");
    ValidationException e = refused(text);
    assertThat(e.problems())
        .anySatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("inspection.answers[10].count");
              assertThat(p.message()).contains("11.300").contains("số JSON");
            });
  }

  @Test
  void truncatedFileIsRefusedAsTruncated() {
    String seed = Fixtures.seed();
    ValidationException e = refused(seed.substring(0, seed.length() / 2));
    assertThat(e.getMessage()).contains("cắt cụt");
  }

  @Test
  void emptyFileIsRefused() {
    assertThat(refused("").getMessage()).contains("tệp rỗng");
    assertThat(refused("  \n").getMessage()).contains("tệp rỗng");
  }

  @Test
  void syntaxErrorNamesLineAndColumn() {
    assertThat(refused("{\n  \"format\": kiemtra\n}").getMessage()).contains("dòng 2");
  }

  @Test
  void notUtf8IsRefused() {
    byte[] latin1 = "{\"title\": \"Kiểm tra\"}".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> json.read(new ByteArrayInputStream(latin1), false))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void wrongFormatAndNewerVersionAreRefused() {
    ObjectNode root = seedTree();
    root.put("format", "other/thing");
    root.put("formatVersion", 2);
    ValidationException e = refused(Json.write(root));
    assertThat(e.problems()).extracting(p -> p.path()).contains("format", "formatVersion");
  }

  @Test
  void teamWithoutLeaderIsRefused() {
    ObjectNode root = seedTree();
    ((ObjectNode) inspectionOf(root).get("team").get(0)).put("role", "MEMBER");
    assertThat(refused(Json.write(root)).getMessage())
        .contains("inspection.team")
        .contains("LEADER");
  }

  @Test
  void unknownKeysWarnByDefaultAndFailInStrictMode() {
    ObjectNode root = seedTree();
    inspectionOf(root).put("colour", "blue");
    ParsedInspection lenient = read(Json.write(root));
    assertThat(lenient.warnings()).singleElement().asString().contains("inspection.colour");
    assertThatThrownBy(
            () ->
                json.read(
                    new ByteArrayInputStream(Json.write(root).getBytes(StandardCharsets.UTF_8)),
                    true))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("inspection.colour");
  }

  @Test
  void badIdsAndDatesNameTheirPath() {
    ObjectNode root = seedTree();
    inspectionOf(root).put("id", "not-a-uuid");
    inspectionOf(root).put("startedAt", "14/09/2023 08:00");
    ((ObjectNode) inspectionOf(root).get("recommendations").get(0)).put("dueDate", "2023-13-40");
    ValidationException e = refused(Json.write(root));
    assertThat(e.problems())
        .extracting(p -> p.path())
        .contains("inspection.id", "inspection.startedAt", "inspection.recommendations[0].dueDate");
  }

  @Test
  void everyProblemOfTheDocumentIsReportedAtOnce() {
    ObjectNode root = seedTree();
    inspectionOf(root).remove("title");
    ((ObjectNode) inspectionOf(root).get("answers").get(0)).put("result", "OK");
    ValidationException e = refused(Json.write(root));
    assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void arraysKeepTheirOrder() {
    Inspection i = read(Fixtures.seed()).inspection();
    assertThat(i.basis().get(0)).startsWith("Kế hoạch");
    assertThat(i.recommendations())
        .extracting(r -> r.id().toString())
        .containsExactly(
            "8d3c4e21-5b7a-4f0e-a1c2-9e8f7d6c5b41", "c2a9e7f3-1d4b-4e8a-b6c5-7f0a3e2d1c98");
    assertThat(
            Arrays.asList(i.answers().get(0).criterionCode(), i.answers().get(11).criterionCode()))
        .containsExactly("CD01", "CS08");
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as(needle).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void notANumberIsRefusedInVietnameseAtItsLineAndPath() {
    String text = Fixtures.seed().replace("\"copies\": 2", "\"copies\": NaN");
    ValidationException e = refused(text);
    int line = lineOf(text, "NaN");
    assertThat(e.getMessage())
        .startsWith(
            "inspection.copies: tệp không phải JSON hợp lệ: «NaN» ở dòng " + line + ", cột ")
        .contains("JSON không có NaN hay Infinity")
        .doesNotContain("token", "Non-standard");
  }

  @Test
  void aKeyGivenTwiceIsRefusedNamingTheKeyAndWhere() {
    String text =
        Fixtures.seed()
            .replace("\"role\": \"LEADER\"", "\"role\": \"MEMBER\", \"role\": \"LEADER\"");
    ValidationException e = refused(text);
    assertThat(e.getMessage())
        .isEqualTo(
            "inspection.team[0].role: khoá «role» xuất hiện hai lần trong cùng một đối tượng (dòng "
                + lineOf(text, "\"MEMBER\"")
                + "); hãy giữ lại một");
  }

  @Test
  void deepNestingIsRefusedBeforeParsingWithItsPlace() {
    String text = "{\"a\":\n" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThat(refused(text).getMessage())
        .isEqualTo(
            "tệp lồng nhau quá 64 cấp ở dòng 2, cột 64 nên không phải tài liệu kiemtra; hãy kiểm"
                + " tra lại tệp");
  }

  @Test
  void escapedControlCharactersAndLongValuesAreNamedShortly() {
    ObjectNode root = seedTree();
    inspectionOf(root).put("place", "Trụ sở\u0007 Văn phòng");
    inspectionOf(root).put("status", "X".repeat(5000));
    ValidationException e = refused(Json.write(root));
    assertThat(e.problems())
        .extracting(p -> p.toString())
        .contains(
            "inspection.place: chứa ký tự không in được (U+0007); hãy xoá ký tự đó",
            "inspection.status: giá trị «"
                + "X".repeat(40)
                + "…» không hợp lệ; chỉ nhận: PLANNED, IN_PROGRESS, READY_TO_SIGN, SIGNED");
  }

  @Test
  void bytesThatAreNotUtf8AreNamedByLineAndByte() {
    byte[] seed = Fixtures.seed().getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(seed, seed.length);
    String before = Fixtures.seed().substring(0, Fixtures.seed().indexOf("\"place\""));
    int at = before.getBytes(StandardCharsets.UTF_8).length;
    broken[at] = (byte) 0xFF;
    assertThatThrownBy(() -> json.read(new ByteArrayInputStream(broken), false))
        .hasMessage(
            "tệp không phải văn bản UTF-8 (byte thứ "
                + (at + 1)
                + ", dòng "
                + lineOf(Fixtures.seed(), "\"place\"")
                + "); hãy lưu lại tệp với bảng mã UTF-8");
  }
}
