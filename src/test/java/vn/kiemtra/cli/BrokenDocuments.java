package vn.kiemtra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Json;
import vn.kiemtra.testsupport.MigrationColumns;

/**
 * Broken exchange documents made from the seed document, reproducibly from one random seed:
 * truncations, flipped, inserted and deleted bytes, NaN and Infinity, duplicate keys, deep nesting,
 * wrong types, strings longer than their database column, control characters, invalid UTF-8, byte
 * order marks, dates out of range, unknown enum names, nulls and empty containers.
 */
final class BrokenDocuments {
  /** One document; {@code mayBeValid} when the mutation can leave a valid document behind. */
  record Case(String name, byte[] bytes, boolean mayBeValid) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NUMBER_VALUE = Pattern.compile("\"(count|copies)\": (\\d+)");

  /**
   * Where each text of the document is stored: the path in the document and the column whose
   * declared length a longer text must not reach.
   */
  static final Map<String, String> TEXT_COLUMNS =
      Map.ofEntries(
          Map.entry("inspection.title", "inspection.title"),
          Map.entry("inspection.issuer.governingBody", "inspection.governing_body"),
          Map.entry("inspection.issuer.issuingBody", "inspection.issuing_body"),
          Map.entry("inspection.issuer.documentSymbol", "inspection.document_symbol"),
          Map.entry("inspection.issuer.placeName", "inspection.place_name"),
          Map.entry("inspection.basis[1]", "inspection_basis.text"),
          Map.entry("inspection.place", "inspection.place"),
          Map.entry("inspection.unit.name", "unit.name"),
          Map.entry("inspection.unit.shortName", "unit.short_name"),
          Map.entry("inspection.team[0].fullName", "team_member.full_name"),
          Map.entry("inspection.team[0].position", "team_member.position"),
          Map.entry("inspection.team[0].organisation", "team_member.organisation"),
          Map.entry("inspection.unitParticipants[0].fullName", "unit_participant.full_name"),
          Map.entry("inspection.unitParticipants[0].position", "unit_participant.position"),
          Map.entry("inspection.answers[3].documentRef.number", "answer.doc_number"),
          Map.entry("inspection.answers[3].documentRef.issuer", "answer.doc_issuer"),
          Map.entry("inspection.recommendations[0].addressee", "recommendation.addressee"));

  private final Random random;
  private final String seed = Fixtures.seed();
  private final byte[] seedBytes = seed.getBytes(StandardCharsets.UTF_8);
  private final List<Case> cases = new ArrayList<>();

  BrokenDocuments(long randomSeed) {
    this.random = new Random(randomSeed);
  }

  List<Case> all() {
    truncations(40);
    byteFlips(40);
    byteInserts(30);
    byteDeletes(30);
    nonNumbers();
    duplicateKeys();
    deepNesting();
    wrongTypes();
    overlongStrings();
    controlCharacters();
    invalidUtf8(24);
    byteOrderMarks();
    datesOutOfRange();
    unknownEnums();
    nullsAndMissingKeys();
    emptyContainersAndOddRoots();
    brokenRules();
    return cases;
  }

  private void add(String name, byte[] bytes, boolean mayBeValid) {
    cases.add(new Case(name, bytes, mayBeValid));
  }

  private void refused(String name, String text) {
    add(name, text.getBytes(StandardCharsets.UTF_8), false);
  }

  private void refused(String name, JsonNode tree) {
    refused(name, Json.write(tree));
  }

  private ObjectNode tree() {
    return Json.object(seed);
  }

  private void truncations(int n) {
    for (int i = 0; i < n; i++) {
      // Up to the last closing brace: whatever is cut, the document is unfinished.
      int at = 1 + random.nextInt(seedBytes.length - 3);
      add("truncated at byte " + at, Arrays.copyOf(seedBytes, at), false);
    }
  }

  private void byteFlips(int n) {
    for (int i = 0; i < n; i++) {
      byte[] b = seedBytes.clone();
      int at = random.nextInt(b.length);
      int bit = random.nextInt(8);
      b[at] ^= (byte) (1 << bit);
      add("bit " + bit + " of byte " + at + " flipped", b, true);
    }
  }

  private void byteInserts(int n) {
    for (int i = 0; i < n; i++) {
      int at = random.nextInt(seedBytes.length);
      byte value = (byte) random.nextInt(256);
      byte[] b = new byte[seedBytes.length + 1];
      System.arraycopy(seedBytes, 0, b, 0, at);
      b[at] = value;
      System.arraycopy(seedBytes, at, b, at + 1, seedBytes.length - at);
      add(String.format("byte 0x%02X inserted at %d", value & 0xFF, at), b, true);
    }
  }

  private void byteDeletes(int n) {
    for (int i = 0; i < n; i++) {
      int at = random.nextInt(seedBytes.length);
      byte[] b = new byte[seedBytes.length - 1];
      System.arraycopy(seedBytes, 0, b, 0, at);
      System.arraycopy(seedBytes, at + 1, b, at, seedBytes.length - at - 1);
      add("byte " + at + " deleted", b, true);
    }
  }

  private void nonNumbers() {
    String[] tokens = {"NaN", "Infinity", "-Infinity", "+5", "011", "1,5", "0x10", "-", "1e", ".5"};
    for (String token : tokens) {
      Matcher m = NUMBER_VALUE.matcher(seed);
      while (m.find()) {
        String text = seed.substring(0, m.start(2)) + token + seed.substring(m.end(2));
        refused(m.group(1) + " written as " + token, text);
      }
      refused(
          "formatVersion written as " + token,
          seed.replace("\"formatVersion\": 1", "\"formatVersion\": " + token));
    }
  }

  private void duplicateKeys() {
    String[][] keys = {
      {"\"format\": \"kiemtra/inspection\",", "\"format\": \"kiemtra/inspection\","},
      {
        "\"id\": \"3b0f8a52", "\"id\": \"00000000-0000-4000-8000-000000000000\", \"id\": \"3b0f8a52"
      },
      {"\"title\":", "\"title\": \"Khác\", \"title\":"},
      {"\"role\": \"LEADER\"", "\"role\": \"MEMBER\", \"role\": \"LEADER\""},
      {"\"item\": \"CD07\"", "\"item\": \"CD07\", \"item\": \"CD07\""},
      {"\"code\": \"CCHC-SO\"", "\"code\": \"CCHC-SO\", \"code\": \"CCHC-SO\""},
      {"\"copies\": 2", "\"copies\": 2, \"copies\": 3"},
      {"\"status\": \"READY_TO_SIGN\"", "\"status\": \"READY_TO_SIGN\", \"status\": \"SIGNED\""},
      {"\"governingBody\":", "\"governingBody\": null, \"governingBody\":"},
      {"\"area\": \"BM\"", "\"area\": \"BM\", \"area\": \"CV\""},
      {"\"formatVersion\": 1", "\"formatVersion\": 1, \"formatVersion\": 1"},
    };
    for (String[] k : keys) {
      String text =
          k[0].equals(k[1])
              ? seed.replaceFirst(Pattern.quote(k[0]), Matcher.quoteReplacement(k[0] + k[1]))
              : seed.replaceFirst(Pattern.quote(k[0]), Matcher.quoteReplacement(k[1]));
      refused("duplicate key " + k[0], text);
    }
  }

  private void deepNesting() {
    for (int depth : new int[] {70, 1_000, 10_000, 200_000}) {
      refused("array nested " + depth + " deep", "[".repeat(depth) + "]".repeat(depth));
      refused(
          "object nested " + depth + " deep", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
      refused(
          "basis nested " + depth + " deep",
          seed.replace("\"basis\": [", "\"basis\": " + "[".repeat(depth))
              .replace("năm 2023\"\n    ],", "năm 2023\"\n    " + "]".repeat(depth) + ","));
    }
  }

  private void wrongTypes() {
    String[] textPaths = {
      "inspection.id",
      "inspection.title",
      "inspection.template.code",
      "inspection.template.version",
      "inspection.status",
      "inspection.issuer.governingBody",
      "inspection.basis[0]",
      "inspection.startedAt",
      "inspection.endedAt",
      "inspection.place",
      "inspection.unit.name",
      "inspection.team[0].fullName",
      "inspection.team[0].role",
      "inspection.unitParticipants[0].role",
      "inspection.answers[0].item",
      "inspection.answers[0].result",
      "inspection.answers[3].qualifier",
      "inspection.areaFindings[0].area",
      "inspection.recommendations[0].id",
      "inspection.recommendations[0].relatedItems[0]",
      "inspection.recommendations[1].status",
      "inspection.overallAssessment",
      "format",
    };
    JsonNode[] notText = {
      NODES.numberNode(42), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode()
    };
    for (String path : textPaths) {
      for (JsonNode value : notText) {
        ObjectNode t = tree();
        JsonPaths.set(t, path, value);
        refused(path + " = " + value, t);
      }
    }
    String[] numberPaths = {
      "formatVersion",
      "inspection.copies",
      "inspection.answers[3].count",
      "inspection.answers[10].count"
    };
    JsonNode[] notInteger = {
      NODES.textNode("2"), NODES.numberNode(2.5), NODES.booleanNode(false), NODES.arrayNode()
    };
    for (String path : numberPaths) {
      for (JsonNode value : notInteger) {
        ObjectNode t = tree();
        JsonPaths.set(t, path, value);
        refused(path + " = " + value, t);
      }
    }
    String[] containerPaths = {
      "inspection",
      "inspection.template",
      "inspection.unit",
      "inspection.issuer",
      "inspection.team",
      "inspection.basis",
      "inspection.answers",
      "inspection.team[0]",
      "inspection.answers[2]",
      "inspection.recommendations",
      "inspection.recommendations[0].relatedItems",
    };
    for (String path : containerPaths) {
      for (JsonNode value : new JsonNode[] {NODES.textNode("x"), NODES.numberNode(1)}) {
        ObjectNode t = tree();
        JsonPaths.set(t, path, value);
        refused(path + " = " + value, t);
      }
    }
  }

  private void overlongStrings() {
    Map<String, Integer> columns = MigrationColumns.lengths();
    for (Map.Entry<String, String> e : TEXT_COLUMNS.entrySet()) {
      int column = columns.get(e.getValue());
      for (int length : new int[] {column + 1, column * 10}) {
        ObjectNode t = withDocumentRef(tree());
        JsonPaths.set(t, e.getKey(), NODES.textNode(vietnameseText(length)));
        refused(e.getKey() + " of " + length + " characters", t);
      }
    }
    int relatedColumn = columns.get("recommendation.related_items");
    ObjectNode related = tree();
    ArrayNode items = NODES.arrayNode();
    StringBuilder joined = new StringBuilder();
    for (int i = 0; joined.length() <= relatedColumn; i++) {
      String code = "CD" + String.format("%02d", i % 12 + 1);
      items.add(code);
      joined.append(joined.length() == 0 ? "" : ",").append(code);
    }
    JsonPaths.set(related, "inspection.recommendations[0].relatedItems", items);
    refused("relatedItems longer than their column", related);
    for (String key : new String[] {"code", "version"}) {
      ObjectNode t = tree();
      int column = columns.get("checklist_template." + key);
      JsonPaths.set(t, "inspection.template." + key, NODES.textNode("X".repeat(column + 1)));
      refused("template " + key + " longer than its column", t);
    }
    ObjectNode huge = tree();
    JsonPaths.set(huge, "inspection.unitResponse", NODES.textNode("a".repeat(3_000_000)));
    refused("unitResponse of 3 million characters", huge);
    ObjectNode longItem = tree();
    JsonPaths.set(longItem, "inspection.answers[0].item", NODES.textNode("CD" + "9".repeat(5000)));
    refused("answer item of 5000 characters", longItem);
  }

  private static ObjectNode withDocumentRef(ObjectNode t) {
    ObjectNode ref = NODES.objectNode();
    ref.put("number", "12/KH-UBND");
    ref.put("date", "2023-01-05");
    ref.put("issuer", "Ủy ban nhân dân tỉnh");
    ((ObjectNode) JsonPaths.get(t, "inspection.answers[3]")).set("documentRef", ref);
    return t;
  }

  private String vietnameseText(int length) {
    String words = "Ủy ban nhân dân tỉnh Bắc Kạn kiểm tra cải cách hành chính ";
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      b.append(words.charAt(random.nextInt(words.length())));
    }
    b.setCharAt(0, 'Đ');
    b.setCharAt(length - 1, 'ố');
    return b.toString();
  }

  private void controlCharacters() {
    int[] raw = {0x00, 0x01, 0x07, 0x08, 0x09, 0x0B, 0x0C, 0x1B, 0x1F};
    for (int c : raw) {
      refused(
          String.format("raw U+%04X inside the title", c),
          seed.replace(
              "năm 2023\",\n    \"template\"", "năm" + (char) c + "2023\",\n    \"template\""));
      if (c != '\t') {
        refused(
            String.format("raw U+%04X between tokens", c),
            seed.replace("\"copies\": 2", "\"copies\":" + (char) c + "2"));
      }
    }
    for (String escaped : new String[] {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\ud800"}) {
      refused(
          "escaped " + escaped + " in the place",
          seed.replace("Trụ sở Văn phòng", "Trụ sở" + escaped + " Văn phòng"));
    }
  }

  private void invalidUtf8(int n) {
    byte[][] bad = {
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0x80},
      {(byte) 0xE1, (byte) 0xBB},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0xFF},
      {(byte) 0xFE, (byte) 0xFF},
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
    };
    for (int i = 0; i < n; i++) {
      byte[] insert = bad[i % bad.length];
      int at = random.nextInt(seedBytes.length);
      byte[] b = new byte[seedBytes.length + insert.length];
      System.arraycopy(seedBytes, 0, b, 0, at);
      System.arraycopy(insert, 0, b, at, insert.length);
      System.arraycopy(seedBytes, at, b, at + insert.length, seedBytes.length - at);
      add("invalid UTF-8 " + hex(insert) + " at byte " + at, b, false);
    }
    byte[] latin1 = seed.getBytes(StandardCharsets.ISO_8859_1);
    add("the seed saved as Latin-1", latin1, false);
    byte[] cp1258 = seed.getBytes(java.nio.charset.Charset.forName("windows-1258"));
    add("the seed saved as Windows-1258", cp1258, false);
  }

  private static String hex(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      b.append(String.format("%02X", x & 0xFF));
    }
    return b.toString();
  }

  private void byteOrderMarks() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    add("UTF-8 byte order mark before the document", concat(bom, seedBytes), true);
    add("two UTF-8 byte order marks", concat(bom, bom, seedBytes), false);
    refused("byte order mark inside the document", seed.replace("\"copies\"", "\uFEFF\"copies\""));
    add(
        "the seed saved as UTF-16 with its byte order mark",
        seed.getBytes(StandardCharsets.UTF_16),
        false);
    add("the seed saved as UTF-16LE", seed.getBytes(StandardCharsets.UTF_16LE), false);
    add(
        "the seed saved as UTF-32",
        seed.getBytes(java.nio.charset.Charset.forName("UTF-32")),
        false);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private void datesOutOfRange() {
    String[] dateTimes = {
      "0000-01-01T08:00",
      "0001-01-01T08:00",
      "1899-12-31T08:00",
      "2101-01-01T08:00",
      "+99999-01-01T08:00",
      "99999-01-01T08:00",
      "-0001-01-01T08:00",
      "2023-02-30T08:00",
      "2023-09-14T25:00",
      "2023-09-14",
      "2023-09-14T08:00+07:00",
      "14/09/2023 08:00",
      "",
    };
    for (String value : dateTimes) {
      ObjectNode t = tree();
      JsonPaths.set(t, "inspection.startedAt", NODES.textNode(value));
      JsonPaths.set(t, "inspection.endedAt", NODES.nullNode());
      refused("startedAt " + value, t);
      ObjectNode e = tree();
      JsonPaths.set(e, "inspection.endedAt", NODES.textNode(value));
      refused("endedAt " + value, e);
    }
    String[] dates = {"0000-01-01", "1899-12-31", "2101-01-01", "+99999-01-01", "2023-13-01"};
    for (String value : dates) {
      ObjectNode t = tree();
      JsonPaths.set(t, "inspection.recommendations[0].dueDate", NODES.textNode(value));
      refused("dueDate " + value, t);
      ObjectNode r = withDocumentRef(tree());
      JsonPaths.set(r, "inspection.answers[3].documentRef.date", NODES.textNode(value));
      refused("documentRef.date " + value, r);
    }
  }

  private void unknownEnums() {
    String[][] enums = {
      {"inspection.status", "DONE"},
      {"inspection.status", "signed"},
      {"inspection.status", "SIGNED "},
      {"inspection.status", ""},
      {"inspection.team[0].role", "leader"},
      {"inspection.team[0].role", "Trưởng đoàn"},
      {"inspection.unitParticipants[0].role", "GUEST"},
      {"inspection.answers[0].result", "ĐẠT"},
      {"inspection.answers[0].result", "PASSED"},
      {"inspection.answers[3].qualifier", "APPROX"},
      {"inspection.recommendations[0].status", "CLOSED"},
      {"inspection.answers[1].result", "X".repeat(10_000)},
    };
    for (String[] e : enums) {
      ObjectNode t = tree();
      JsonPaths.set(t, e[0], NODES.textNode(e[1]));
      refused(e[0] + " = " + e[1].substring(0, Math.min(20, e[1].length())), t);
    }
  }

  private void nullsAndMissingKeys() {
    String[] required = {
      "format",
      "formatVersion",
      "inspection",
      "inspection.id",
      "inspection.title",
      "inspection.template",
      "inspection.template.code",
      "inspection.template.version",
      "inspection.startedAt",
      "inspection.place",
      "inspection.unit",
      "inspection.unit.name",
      "inspection.team",
      "inspection.team[0].fullName",
      "inspection.team[0].role",
      "inspection.unitParticipants[0].fullName",
      "inspection.unitParticipants[0].role",
      "inspection.answers[0].item",
      "inspection.areaFindings[0].area",
      "inspection.recommendations[0].id",
      "inspection.recommendations[0].text",
    };
    for (String path : required) {
      ObjectNode n = tree();
      JsonPaths.set(n, path, NODES.nullNode());
      refused(path + " = null", n);
      ObjectNode m = tree();
      JsonPaths.remove(m, path);
      refused(path + " missing", m);
    }
    for (String path :
        new String[] {"inspection.basis[0]", "inspection.recommendations[0].relatedItems[0]"}) {
      ObjectNode n = tree();
      JsonPaths.set(n, path, NODES.nullNode());
      refused(path + " = null", n);
    }
    ObjectNode blank = tree();
    JsonPaths.set(blank, "inspection.title", NODES.textNode("   "));
    refused("blank title", blank);
    ObjectNode refNumber = withDocumentRef(tree());
    JsonPaths.set(refNumber, "inspection.answers[3].documentRef.number", NODES.nullNode());
    refused("documentRef without its number", refNumber);
  }

  private void emptyContainersAndOddRoots() {
    String[] roots = {"", " \n\t ", "{}", "[]", "null", "42", "\"kiemtra\"", "true", "{", "}"};
    for (String r : roots) {
      refused("document «" + r.strip() + "»", r);
    }
    String[] empties = {
      "inspection", "inspection.template", "inspection.unit", "inspection.team[0]"
    };
    for (String path : empties) {
      ObjectNode t = tree();
      JsonPaths.set(t, path, NODES.objectNode());
      refused(path + " = {}", t);
    }
    ObjectNode noTeam = tree();
    JsonPaths.set(noTeam, "inspection.team", NODES.arrayNode());
    refused("empty team", noTeam);
    for (String path : new String[] {"inspection.answers", "inspection.areaFindings"}) {
      ObjectNode t = tree();
      JsonPaths.set(t, path, NODES.arrayNode());
      add(path + " = []", Json.write(t).getBytes(StandardCharsets.UTF_8), true);
    }
    ObjectNode issuer = tree();
    JsonPaths.set(issuer, "inspection.issuer", NODES.objectNode());
    add("inspection.issuer = {}", Json.write(issuer).getBytes(StandardCharsets.UTF_8), true);
  }

  private void brokenRules() {
    String[][] edits = {
      {"\"kiemtra/inspection\"", "\"kiemtra/checklist\""},
      {"\"formatVersion\": 1", "\"formatVersion\": 2"},
      {"\"formatVersion\": 1", "\"formatVersion\": 0"},
      {"\"formatVersion\": 1", "\"formatVersion\": 99999999999999999999999"},
      {"\"documentNumber\": null", "\"documentNumber\": 0"},
      {"\"documentNumber\": null", "\"documentNumber\": -5"},
      {"\"documentNumber\": null", "\"documentNumber\": 2147483648"},
      {"\"copies\": 2", "\"copies\": 0"},
      {"\"endedAt\": \"2023-09-14T11:30\"", "\"endedAt\": \"2023-09-14T07:30\""},
      {"\"item\": \"CS08\"", "\"item\": \"CS99\""},
      {"\"item\": \"CS08\"", "\"item\": \"CS03\""},
      {"\"count\": 11300", "\"count\": -1"},
      {"\"count\": 11300", "\"count\": 99999999999999999999"},
      {"\"area\": \"BM\"", "\"area\": \"XX\""},
      {"\"area\": \"BM\"", "\"area\": \"CD\""},
      {"\"role\": \"LEADER\"", "\"role\": \"MEMBER\""},
      {"\"code\": \"CCHC-SO\"", "\"code\": \"CCHC-HUYEN\""},
      {"\"version\": \"2023\"", "\"version\": \"1999\""},
      {"c2a9e7f3-1d4b-4e8a-b6c5-7f0a3e2d1c98", "8d3c4e21-5b7a-4f0e-a1c2-9e8f7d6c5b41"},
      {"\"id\": \"3b0f8a52-6a3e-4c1e-9d7a-2c5e1f0b9a14\"", "\"id\": \"3b0f8a52\""},
      {"\"id\": \"3b0f8a52-6a3e-4c1e-9d7a-2c5e1f0b9a14\"", "\"id\": \"{3b0f8a52-6a3e-4c1e}\""},
      {"\"copies\": 2\n  }\n}", "\"copies\": 2\n  }\n}\n{}"},
      {"\"copies\": 2\n  }\n}", "\"copies\": 2\n  }\n} x"},
      {"\"copies\": 2\n  }\n}", "\"copies\": 2,\n  }\n}"},
      {"\"copies\": 2\n  }\n}", "\"copies\": 2 // hai bản\n  }\n}"},
      {"\"copies\": 2", "'copies': 2"},
      {"\"copies\": 2", "copies: 2"},
      {"\"title\": \"Kiểm tra", "\"title\": \"Kiểm \\q tra"},
      {"\"place\": \"Trụ sở", "\"place\": \"Trụ sở\" \"thêm"},
      {"\"unitParticipants\": [", "\"unitParticipants\": [}"},
    };
    for (String[] e : edits) {
      if (!seed.contains(e[0])) {
        throw new IllegalStateException("the seed has no " + e[0]);
      }
      refused(
          "«" + e[0] + "» → «" + e[1] + "»",
          seed.replaceFirst(Pattern.quote(e[0]), Matcher.quoteReplacement(e[1])));
    }
    ObjectNode score = tree();
    JsonPaths.set(
        score, "inspection.answers[0].score", NODES.numberNode(new java.math.BigDecimal("1e7")));
    refused("score of ten million", score);
    ObjectNode fine = tree();
    JsonPaths.set(
        fine, "inspection.answers[0].score", NODES.numberNode(new java.math.BigDecimal("0.0001")));
    refused("score with four decimals", fine);
    refused(
        "copies of 5000 digits", seed.replace("\"copies\": 2", "\"copies\": 1" + "0".repeat(5000)));
    refused(
        "score of 5000 decimals",
        seed.replace("\"count\": 2,", "\"count\": 2, \"score\": 0." + "3".repeat(5000) + ","));
    ObjectNode ratio = tree();
    JsonPaths.set(ratio, "inspection.answers[2].numerator", NODES.numberNode(3));
    refused("numerator without denominator", ratio);
  }
}
