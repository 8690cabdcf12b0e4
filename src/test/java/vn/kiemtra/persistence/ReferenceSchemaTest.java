package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The statement list shipped with the program is exactly what the migrations produce today; when a
 * migration or the H2 version changes, this test writes the new list to {@code target/} and says
 * where to copy it.
 */
class ReferenceSchemaTest {
  private static final String SOURCE =
      "src/main/resources/vn/kiemtra/persistence/" + ReferenceSchema.PACKAGED_LIST;

  @Test
  void thePackagedListMatchesAFreshlyMigratedDatabase() throws Exception {
    Set<String> fresh = ReferenceSchema.build();
    if (!fresh.equals(ReferenceSchema.packaged())) {
      Path out = Path.of("target", ReferenceSchema.PACKAGED_LIST);
      Files.writeString(out, ReferenceSchema.encode(fresh), StandardCharsets.UTF_8);
      assertThat(ReferenceSchema.packaged())
          .as("the migrations changed: copy %s to %s", out, SOURCE)
          .isEqualTo(fresh);
    }
    assertThat(fresh)
        .contains("SET CREATE_BUILD #", "SET WRITE_DELAY 0")
        .anyMatch(s -> s.startsWith("CREATE USER IF NOT EXISTS \"SA\" SALT '#' HASH '#' ADMIN"))
        .anyMatch(s -> s.startsWith("CREATE CACHED TABLE \"PUBLIC\".\"INSPECTION\"("))
        .anyMatch(s -> s.startsWith("CREATE CACHED TABLE \"PUBLIC\".\"flyway_schema_history\"("))
        .noneMatch(s -> s.contains("TRIGGER") || s.contains("ALIAS"));
  }

  @Test
  void statementsSurviveTheListFormat() {
    Set<String> statements =
        Set.of(
            "CREATE TABLE \"A\"(\n    \"X\" INT\n)",
            "COMMENT ON TABLE A IS 'a\\\\nb\r'",
            "SET X 1");
    assertThat(ReferenceSchema.decode(ReferenceSchema.encode(statements))).isEqualTo(statements);
  }

  @Test
  void perFileValuesAreNormalised() {
    assertThat(ReferenceSchema.normalise("SET CREATE_BUILD 232")).isEqualTo("SET CREATE_BUILD #");
    assertThat(
            ReferenceSchema.normalise(
                "CREATE USER IF NOT EXISTS \"SA\" SALT 'ab12' HASH 'cd34ef' ADMIN"))
        .isEqualTo("CREATE USER IF NOT EXISTS \"SA\" SALT '#' HASH '#' ADMIN");
    assertThat(ReferenceSchema.normalise("SET DEFAULT_LOCK_TIMEOUT 1234"))
        .isEqualTo("SET DEFAULT_LOCK_TIMEOUT 1234");
  }
}
