package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.testsupport.Fixtures;

/** The cheap check that lets an already current file open without Flyway. */
class SchemaVersionTest {
  @TempDir Path dir;

  @Test
  void theShippedVersionsAreTheMigrationFiles() throws Exception {
    Set<String> files;
    try (Stream<Path> list = Files.list(Path.of("src/main/resources/db/migration"))) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.matches("V\\d+__.*\\.sql"))
              .map(n -> n.substring(1, n.indexOf("__")))
              .collect(Collectors.toSet());
    }
    assertThat(files).isNotEmpty();
    assertThat(SchemaVersion.shipped()).isEqualTo(files);
  }

  @Test
  void aFileKiemtraMigratedIsCurrent() throws Exception {
    Database.open(dir.resolve("a")).close();
    try (Connection c = connect(dir.resolve("a"))) {
      assertThat(SchemaVersion.isCurrent(c)).isTrue();
    }
  }

  @Test
  void anOlderFileAFailedMigrationOrNoHistoryIsNot() throws Exception {
    Files.write(dir.resolve("old.mv.db"), Fixtures.bytes("kiemtra-v1.mv.db"));
    try (Connection c = connect(dir.resolve("old"))) {
      assertThat(SchemaVersion.isCurrent(c)).isFalse();
    }
    Database.open(dir.resolve("failed")).close();
    try (Connection c = connect(dir.resolve("failed"));
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '20'");
      assertThat(SchemaVersion.isCurrent(c)).isFalse();
    }
    try (Connection c = connect(dir.resolve("empty"))) {
      assertThat(SchemaVersion.isCurrent(c)).isFalse();
    }
  }

  @Test
  void anOlderFileIsStillMigratedWhenOpened() throws Exception {
    Files.write(dir.resolve("old.mv.db"), Fixtures.bytes("kiemtra-v1.mv.db"));
    Database.open(dir.resolve("old")).close();
    try (Connection c = connect(dir.resolve("old"))) {
      assertThat(SchemaVersion.isCurrent(c)).isTrue();
    }
  }

  private static Connection connect(Path base) throws Exception {
    return DriverManager.getConnection(DatabaseUrl.of(base), "sa", "");
  }
}
