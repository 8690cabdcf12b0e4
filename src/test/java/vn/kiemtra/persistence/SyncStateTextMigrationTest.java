package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V23 turns the sync state's clock and field hashes from large objects into text: a file at V22
 * with sync state keeps every value, however long, and the columns are plain text afterwards.
 */
class SyncStateTextMigrationTest {
  @TempDir Path dir;

  @Test
  void aFileAtV22KeepsItsSyncStateThroughTheMigration() throws Exception {
    Path base = dir.resolve("laptop");
    String url = DatabaseUrl.of(base);
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .target("22")
        .load()
        .migrate();
    UUID row = UUID.fromString("7d1f3c2a-0b4e-4f6a-9c8d-1e2f3a4b5c6d");
    // A clock far beyond H2's in-place limit for large objects, with Vietnamese text in it.
    String clock = "{\"máy-1\":" + "9".repeat(20_000) + "}";
    String hashes = "{\"tiêu_đề\":\"" + "ab".repeat(5_000) + "\"}";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO sync_state (table_name, row_id, row_revision, change_no, clock,"
                    + " field_hashes) VALUES ('inspection', ?, 3, 7, ?, ?)")) {
      p.setObject(1, row);
      p.setString(2, clock);
      p.setString(3, hashes);
      p.executeUpdate();
      try (Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
    }

    Database.open(base).close(); // migrates to the current schema, as the program does

    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT column_name, data_type FROM information_schema.columns WHERE table_name ="
                  + " 'SYNC_STATE' AND column_name IN ('CLOCK', 'FIELD_HASHES') ORDER BY 1")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(2)).isEqualTo("CHARACTER VARYING");
        assertThat(r.next()).isTrue();
        assertThat(r.getString(2)).isEqualTo("CHARACTER VARYING");
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT row_revision, change_no, clock, field_hashes FROM sync_state WHERE row_id = '"
                  + row
                  + "'")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getInt(1)).isEqualTo(3);
        assertThat(r.getLong(2)).isEqualTo(7);
        assertThat(r.getString(3)).isEqualTo(clock);
        assertThat(r.getString(4)).isEqualTo(hashes);
      }
      s.execute("SHUTDOWN");
    }
  }
}
