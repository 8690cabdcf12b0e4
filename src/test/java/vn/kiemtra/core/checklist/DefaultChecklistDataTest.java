package vn.kiemtra.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DefaultChecklistDataTest {

  private static final String RESOURCE = "/vn/kiemtra/checklist/CCHC-SO-2023.json";

  private static final Set<String> ANSWER_TYPES =
      Set.of("DKD", "DKD4", "SO", "TL", "NGAY", "VB", "SH");

  private static final Map<String, BigDecimal> AREA_MAXIMA = new LinkedHashMap<>();

  static {
    AREA_MAXIMA.put("CD", new BigDecimal("15"));
    AREA_MAXIMA.put("TC", new BigDecimal("10"));
    AREA_MAXIMA.put("TT", new BigDecimal("20"));
    AREA_MAXIMA.put("BM", new BigDecimal("10"));
    AREA_MAXIMA.put("CV", new BigDecimal("15"));
    AREA_MAXIMA.put("TCC", new BigDecimal("10"));
    AREA_MAXIMA.put("CS", new BigDecimal("20"));
  }

  private static byte[] bytes;
  private static JsonNode root;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = DefaultChecklistDataTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("resource %s", RESOURCE).isNotNull();
      bytes = in.readAllBytes();
    }
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    root = mapper.readTree(bytes);
  }

  private static List<JsonNode> criteria() {
    List<JsonNode> all = new ArrayList<>();
    root.get("areas").forEach(area -> area.get("criteria").forEach(all::add));
    return all;
  }

  private static BigDecimal sumOfMaxScores(JsonNode area) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode criterion : area.get("criteria")) {
      sum = sum.add(criterion.get("maxScore").decimalValue());
    }
    return sum;
  }

  @Test
  void fileIsStrictUtf8WithoutByteOrderMark() {
    assertThat(bytes.length).isGreaterThan(3);
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
        .isNotEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new AssertionError("resource is not valid UTF-8", e);
    }
  }

  @Test
  void headerDescribesTheSet() {
    assertThat(root.get("code").asText()).isEqualTo("CCHC-SO");
    assertThat(root.get("version").asText()).isEqualTo("2023");
    assertThat(root.get("name").asText())
        .isEqualTo("Bộ tiêu chí kiểm tra công tác cải cách hành chính cấp sở năm 2023");
    assertThat(root.get("notApplicablePolicy").asText()).isEqualTo("EXCLUDE_FROM_MAX");
    assertThat(root.get("partialFactor").decimalValue()).isEqualByComparingTo("0.5");
  }

  @Test
  void hasSevenAreasInInspectionOrder() {
    List<String> codes = new ArrayList<>();
    root.get("areas").forEach(area -> codes.add(area.get("code").asText()));

    assertThat(codes).containsExactly("CD", "TC", "TT", "BM", "CV", "TCC", "CS");
  }

  @Test
  void areasCarryTheirFullFieldNames() {
    List<String> names = new ArrayList<>();
    root.get("areas").forEach(area -> names.add(area.get("name").asText()));

    assertThat(names)
        .containsExactly(
            "Công tác chỉ đạo, điều hành cải cách hành chính",
            "Cải cách thể chế",
            "Cải cách thủ tục hành chính",
            "Cải cách tổ chức bộ máy hành chính nhà nước",
            "Cải cách chế độ công vụ",
            "Cải cách tài chính công",
            "Xây dựng, phát triển chính quyền điện tử, chính quyền số");
  }

  @Test
  void hasSixtyNineCriteriaWithUniqueCodes() {
    List<String> codes = new ArrayList<>();
    criteria().forEach(criterion -> codes.add(criterion.get("code").asText()));

    assertThat(codes).hasSize(69).doesNotHaveDuplicates();
  }

  @Test
  void criterionCodesAreNumberedWithinTheirArea() {
    for (JsonNode area : root.get("areas")) {
      String areaCode = area.get("code").asText();
      int number = 1;
      for (JsonNode criterion : area.get("criteria")) {
        assertThat(criterion.get("code").asText())
            .isEqualTo(String.format("%s%02d", areaCode, number++));
      }
    }
  }

  @Test
  void areaMaximaMatchTheirHeadings() {
    Map<String, BigDecimal> actual = new LinkedHashMap<>();
    root.get("areas").forEach(area -> actual.put(area.get("code").asText(), sumOfMaxScores(area)));

    assertThat(actual.keySet()).containsExactlyElementsOf(AREA_MAXIMA.keySet());
    AREA_MAXIMA.forEach(
        (code, expected) ->
            assertThat(actual.get(code)).as("area %s", code).isEqualByComparingTo(expected));
  }

  @Test
  void maximaSumToOneHundred() {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode area : root.get("areas")) {
      total = total.add(sumOfMaxScores(area));
    }

    assertThat(total).isEqualByComparingTo("100");
  }

  @Test
  void everyCriterionHasTheFullShape() {
    for (JsonNode criterion : criteria()) {
      String code = criterion.get("code").asText();
      List<String> fields = new ArrayList<>();
      criterion.fieldNames().forEachRemaining(fields::add);

      assertThat(fields)
          .as(code)
          .containsExactly(
              "code",
              "text",
              "guidance",
              "answerType",
              "facts",
              "maxScore",
              "notApplicableAllowed",
              "ratioTarget",
              "ratioThreshold",
              "subCriteria");
      assertThat(criterion.get("text").asText()).as(code).isNotBlank();
      assertThat(criterion.get("guidance").asText()).as(code).isNotBlank();
      assertThat(criterion.get("maxScore").isNumber()).as(code).isTrue();
      assertThat(criterion.get("maxScore").decimalValue()).as(code).isPositive();
      assertThat(criterion.get("notApplicableAllowed").isBoolean()).as(code).isTrue();
      assertThat(criterion.get("subCriteria").isArray()).as(code).isTrue();
      assertThat(criterion.get("subCriteria")).as(code).isEmpty();
    }
  }

  @Test
  void answerTypesAndFactsAreFromTheAllowedSet() {
    for (JsonNode criterion : criteria()) {
      String code = criterion.get("code").asText();
      String answerType = criterion.get("answerType").asText();

      assertThat(answerType).as(code).isIn(ANSWER_TYPES);
      for (JsonNode fact : criterion.get("facts")) {
        assertThat(fact.asText()).as(code).isIn(ANSWER_TYPES).isNotEqualTo(answerType);
      }
    }
  }

  @Test
  void onlyRatioCriteriaHaveTargetAndThreshold() {
    for (JsonNode criterion : criteria()) {
      String code = criterion.get("code").asText();
      JsonNode target = criterion.get("ratioTarget");
      JsonNode threshold = criterion.get("ratioThreshold");

      if ("TL".equals(criterion.get("answerType").asText())) {
        assertThat(target.decimalValue()).as(code).isEqualByComparingTo("100");
        assertThat(threshold.decimalValue()).as(code).isEqualByComparingTo("50");
      } else {
        assertThat(target.isNull()).as(code).isTrue();
        assertThat(threshold.isNull()).as(code).isTrue();
      }
    }
  }

  @Test
  void combinedTypesAreSplitIntoScoringTypeAndFacts() {
    Map<String, JsonNode> byCode = new LinkedHashMap<>();
    criteria().forEach(criterion -> byCode.put(criterion.get("code").asText(), criterion));

    assertThat(byCode.get("CD01").get("answerType").asText()).isEqualTo("DKD");
    assertThat(byCode.get("CD01").get("facts").toString()).isEqualTo("[\"SH\"]");
    assertThat(byCode.get("CS03").get("answerType").asText()).isEqualTo("TL");
    assertThat(byCode.get("CS03").get("facts").toString()).isEqualTo("[\"SO\"]");
    assertThat(byCode.get("BM03").get("answerType").asText()).isEqualTo("DKD");
    assertThat(byCode.get("BM03").get("facts").toString()).isEqualTo("[\"SO\"]");
    assertThat(byCode.get("TT03").get("facts").toString()).isEqualTo("[\"SO\"]");
  }

  @Test
  void notApplicableIsAllowedExactlyWhereTheDocumentSaysKad() {
    List<String> allowed = new ArrayList<>();
    for (JsonNode criterion : criteria()) {
      if (criterion.get("notApplicableAllowed").asBoolean()) {
        allowed.add(criterion.get("code").asText());
      }
    }

    assertThat(allowed)
        .containsExactly(
            "TC02", "TT07", "TT09", "TT12", "BM06", "CV02", "CV03", "CV07", "TCC04", "TCC05");
  }

  @Test
  void everyStringIsNfc() {
    List<String> strings = new ArrayList<>();
    collectStrings(root, strings);

    assertThat(strings).isNotEmpty();
    for (String s : strings) {
      assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as(s).isTrue();
      assertThat(s).as(s).doesNotContain("\u00D0");
    }
  }

  private static void collectStrings(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        out.add(field.getKey());
        collectStrings(field.getValue(), out);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectStrings(child, out));
    }
  }
}
