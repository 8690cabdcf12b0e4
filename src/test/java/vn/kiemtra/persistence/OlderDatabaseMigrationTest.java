package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.testsupport.ChildJvm;
import vn.kiemtra.testsupport.Fixtures;

/**
 * A database file written by kiemtra 0.1 (schema V1 only, holding the seed and the full fixture)
 * opens with the current version: Flyway brings it to the current schema and no data is lost.
 */
class OlderDatabaseMigrationTest {
  @TempDir Path dir;

  @Test
  void anUpgradeSurvivesAKillRightAfterIt() throws Exception {
    Path file = dir.resolve("killed.mv.db");
    Files.write(file, Fixtures.bytes("kiemtra-v1.mv.db"));
    Process holder = ChildJvm.start(ImportLoop.class, file.toString(), "--hold");
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("OPEN");
    } finally {
      holder.destroyForcibly().waitFor();
    }
    try (AppContext app = AppContext.open(file)) {
      assertThat(app.inspections().list()).hasSize(2);
    }
  }

  @Test
  void aVersionOneFileMigratesAndKeepsItsInspections() throws Exception {
    Path file = dir.resolve("old.mv.db");
    Files.write(file, Fixtures.bytes("kiemtra-v1.mv.db"));
    try (AppContext app = AppContext.open(file)) {
      assertThat(app.inspections().list()).hasSize(2);
      for (String name : new String[] {"seed-inspection.json", "full-inspection.json"}) {
        Inspection expected =
            app.documentFormat()
                .read(
                    new ByteArrayInputStream(Fixtures.text(name).getBytes(StandardCharsets.UTF_8)),
                    true)
                .inspection();
        Inspection stored = app.inspections().require(expected.id()).inspection();
        assertThat(stored).isEqualTo(expected);
      }
      assertThat(app.inspections().require(UUID.fromString(Fixtures.SEED_ID)).revision())
          .isEqualTo(1);
      Integer applied =
          app.database()
              .read(
                  ctx ->
                      ctx.fetchOne(
                              "select count(*) from \"flyway_schema_history\" where \"success\"")
                          .get(0, Integer.class));
      assertThat(applied).isGreaterThanOrEqualTo(1);
    }
  }
}
