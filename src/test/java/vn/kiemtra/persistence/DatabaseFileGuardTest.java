package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.backup.UnreadableDatabaseException;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.HostileDatabases;

/**
 * A database file runs nothing when kiemtra opens it: files holding triggers, aliases, other users,
 * settings or tables kiemtra did not create are refused before H2 reads their schema, and the path
 * never reaches the connection settings.
 */
class DatabaseFileGuardTest {
  @TempDir Path dir;

  /** A kiemtra database (closed), then {@code sql} run on it with H2 directly. */
  private Path databaseWith(String... sql) throws Exception {
    Path base = dir.resolve("hostile");
    AppContext.open(base).close();
    HostileDatabases.tamper(base, sql);
    return base;
  }

  @Test
  void aTriggerWithJavaSourceIsRefusedBeforeItRuns() throws Exception {
    Path marker = dir.resolve("marker.txt");
    Path base = databaseWith(HostileDatabases.markerTrigger(marker));
    // Creating the trigger ran its code: the attack is real.
    assertThat(marker).exists();
    Files.delete(marker);

    assertThatThrownBy(() -> AppContext.open(base))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("chứa những thứ kiemtra không tạo ra (trigger MARK)")
        .hasMessageContaining("kiemtra không mở tệp này");
    assertThat(marker).doesNotExist();

    // Opened by H2 without the check, the same file runs the trigger's code.
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "")) {
      assertThat(marker).exists();
    }
  }

  @Test
  void anAliasAnotherUserASettingAndAForeignTableAreRefused() throws Exception {
    Path base =
        databaseWith(
            "CREATE ALIAS SHELL AS $$ String shell(String c) throws Exception {"
                + " Runtime.getRuntime().exec(c); return c; } $$",
            "CREATE USER EVE PASSWORD 'x' ADMIN",
            "SET DEFAULT_LOCK_TIMEOUT 1234",
            "CREATE TABLE EXTRA(ID INT)");

    assertThatThrownBy(() -> Database.open(base))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("hàm (alias) SHELL")
        .hasMessageContaining("người dùng EVE")
        .hasMessageContaining("thiết lập DEFAULT_LOCK_TIMEOUT")
        .hasMessageContaining("bảng EXTRA");
  }

  @Test
  void aTableRedefinedWithADefaultThatWritesAFileIsRefused() throws Exception {
    Path base =
        databaseWith(
            "ALTER TABLE APP_SETTING ALTER COLUMN SETTING_VALUE SET DEFAULT"
                + " FILE_WRITE('61', 'x')");

    assertThatThrownBy(() -> Database.open(base))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("bảng APP_SETTING");
  }

  @Test
  void filesWrittenByKiemtraOpenAgain() throws Exception {
    Path base = dir.resolve("own");
    AppContext.open(base).close();
    DatabaseFileGuard.check(base);
    try (AppContext again = AppContext.open(base)) {
      assertThat(again.checklists().templates()).hasSize(1);
    }
    Path old = dir.resolve("old");
    Files.write(dir.resolve("old.mv.db"), Fixtures.bytes("kiemtra-v1.mv.db"));
    DatabaseFileGuard.check(old);
  }

  /**
   * After a few thousand rows H2 analyses a table on its own and writes each column's selectivity
   * into the table's definition: a file with many inspections must still open.
   */
  @Test
  void aFileWhoseTablesH2HasAnalysedOpensAgain() throws Exception {
    Path base = dir.resolve("analysed");
    AppContext.open(base).close();
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "");
        java.sql.Statement s = c.createStatement()) {
      for (int i = 0; i < 3000; i++) {
        s.execute(
            "INSERT INTO app_setting(setting_key, setting_value, updated_at) VALUES ('khóa "
                + i
                + "', 'giá trị', CURRENT_TIMESTAMP)");
      }
      s.execute("ANALYZE");
      java.sql.ResultSet rs = s.executeQuery("SCRIPT NODATA");
      StringBuilder script = new StringBuilder();
      while (rs.next()) {
        script.append(rs.getString(1)).append('\n');
      }
      assertThat(script).as("H2 wrote the statistic into the definition").contains("SELECTIVITY");
      s.execute("SHUTDOWN");
    }
    DatabaseFileGuard.check(base);
    try (AppContext again = AppContext.open(base)) {
      assertThat(again.checklists().templates()).hasSize(1);
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedWithoutOpeningIt() throws Exception {
    Files.writeString(dir.resolve("junk.mv.db"), "not a database ".repeat(400));

    assertThatThrownBy(() -> Database.open(dir.resolve("junk")))
        .isInstanceOf(UnreadableDatabaseException.class)
        .hasMessageContaining("junk.mv.db bị hỏng");
    assertThat(Files.readString(dir.resolve("junk.mv.db"))).startsWith("not a database");
  }

  @Test
  void aPathCarryingConnectionSettingsIsRefusedAndNothingRuns() {
    Path marker = dir.resolve("written.txt");
    Path attack = dir.resolve("x;INIT=CALL FILE_WRITE('6869', '" + marker + "')");

    assertThatThrownBy(() -> Database.open(attack))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("có dấu chấm phẩy (;)");
    assertThat(marker).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }
}
