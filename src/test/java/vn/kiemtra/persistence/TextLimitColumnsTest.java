package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.inspection.TextLimit;
import vn.kiemtra.testsupport.MigrationColumns;

/**
 * The text limits the validator checks fit the columns the Flyway migrations declare, including the
 * search keys built from several fields; and every text column an inspection fills is either
 * limited or holds a value the application chooses (codes, enum names).
 */
class TextLimitColumnsTest {
  private static final Map<TextLimit, List<String>> COLUMNS = new EnumMap<>(TextLimit.class);

  static {
    COLUMNS.put(TextLimit.TITLE, List.of("inspection.title"));
    COLUMNS.put(TextLimit.GOVERNING_BODY, List.of("inspection.governing_body"));
    COLUMNS.put(TextLimit.ISSUING_BODY, List.of("inspection.issuing_body"));
    COLUMNS.put(TextLimit.DOCUMENT_SYMBOL, List.of("inspection.document_symbol"));
    COLUMNS.put(TextLimit.PLACE_NAME, List.of("inspection.place_name"));
    COLUMNS.put(TextLimit.BASIS, List.of("inspection_basis.text"));
    COLUMNS.put(TextLimit.PLACE, List.of("inspection.place"));
    COLUMNS.put(TextLimit.UNIT_NAME, List.of("inspection.unit_name", "unit.name"));
    COLUMNS.put(
        TextLimit.UNIT_SHORT_NAME, List.of("inspection.unit_short_name", "unit.short_name"));
    COLUMNS.put(TextLimit.TEAM_FULL_NAME, List.of("team_member.full_name"));
    COLUMNS.put(TextLimit.TEAM_POSITION, List.of("team_member.position"));
    COLUMNS.put(TextLimit.TEAM_ORGANISATION, List.of("team_member.organisation"));
    COLUMNS.put(TextLimit.PARTICIPANT_FULL_NAME, List.of("unit_participant.full_name"));
    COLUMNS.put(TextLimit.PARTICIPANT_POSITION, List.of("unit_participant.position"));
    COLUMNS.put(TextLimit.DOCUMENT_REF_NUMBER, List.of("answer.doc_number"));
    COLUMNS.put(TextLimit.DOCUMENT_REF_ISSUER, List.of("answer.doc_issuer"));
    COLUMNS.put(TextLimit.RECOMMENDATION_ADDRESSEE, List.of("recommendation.addressee"));
    COLUMNS.put(TextLimit.RELATED_ITEMS, List.of("recommendation.related_items"));
    COLUMNS.put(TextLimit.INSPECTION_SEARCH_KEY, List.of("inspection.search_key"));
    COLUMNS.put(TextLimit.UNIT_SEARCH_KEY, List.of("unit.search_key"));
  }

  /** Columns an inspection fills with values the application picks, not free text. */
  private static final Set<String> CHOSEN_VALUES =
      Set.of(
          "inspection.status",
          "team_member.role",
          "unit_participant.role",
          "answer.criterion_code",
          "answer.result",
          "answer.qualifier",
          "area_finding.area_code",
          "recommendation.status",
          "unit.kind");

  private static final Set<String> INSPECTION_TABLES =
      Set.of(
          "inspection",
          "inspection_basis",
          "team_member",
          "unit_participant",
          "answer",
          "area_finding",
          "recommendation",
          "unit");

  @Test
  void everyLimitFitsItsColumns() {
    Map<String, Integer> lengths = MigrationColumns.lengths();
    assertThat(COLUMNS.keySet()).containsExactlyInAnyOrder(TextLimit.values());
    COLUMNS.forEach(
        (limit, columns) -> {
          for (String column : columns) {
            assertThat(lengths).as("column %s", column).containsKey(column);
            assertThat(limit.max())
                .as("%s ≤ %s", limit, column)
                .isLessThanOrEqualTo(lengths.get(column));
          }
        });
  }

  @Test
  void theSearchKeysOfFieldsAtTheirLimitsFitTheirColumns() {
    int inspectionKey = MigrationColumns.length("inspection.search_key");
    assertThat(
            TextLimit.TITLE.max()
                + 1
                + TextLimit.UNIT_NAME.max()
                + 1
                + TextLimit.UNIT_SHORT_NAME.max()
                + 1
                + TextLimit.PLACE.max())
        .isLessThanOrEqualTo(inspectionKey);
    assertThat(TextLimit.UNIT_NAME.max() + 1 + TextLimit.UNIT_SHORT_NAME.max())
        .isLessThanOrEqualTo(MigrationColumns.length("unit.search_key"));
  }

  @Test
  void everyFreeTextColumnOfAnInspectionHasALimit() {
    Set<String> limited =
        COLUMNS.values().stream().flatMap(List::stream).collect(Collectors.toSet());
    Set<String> unlimited =
        MigrationColumns.lengths().keySet().stream()
            .filter(c -> INSPECTION_TABLES.contains(c.substring(0, c.indexOf('.'))))
            .filter(c -> !limited.contains(c) && !CHOSEN_VALUES.contains(c))
            .collect(Collectors.toSet());
    assertThat(unlimited).isEmpty();
  }
}
