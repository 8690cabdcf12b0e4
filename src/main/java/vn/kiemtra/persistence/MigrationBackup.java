package vn.kiemtra.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import vn.kiemtra.core.backup.Backup;
import vn.kiemtra.core.backup.BackupContent;
import vn.kiemtra.core.backup.BackupFolder;
import vn.kiemtra.core.backup.BackupReason;
import vn.kiemtra.core.shared.Clock;

/** A backup of an existing database taken just before Flyway changes its structure. */
final class MigrationBackup {
  private MigrationBackup() {}

  static void beforeMigrating(Flyway flyway, DataSource source, Path base) throws SQLException {
    if (flyway.info().pending().length == 0 || flyway.info().applied().length == 0) {
      return;
    }
    Path mvFile = base.resolveSibling(base.getFileName() + ".mv.db");
    BackupFolder folder = new BackupFolder(mvFile);
    folder.create();
    var now = Clock.system().now();
    Path target = folder.newBackupFile(now, BackupReason.BEFORE_MIGRATION);
    try (Connection c = source.getConnection();
        Statement s = c.createStatement()) {
      BackupContent content = DatabaseContents.count(c);
      s.execute("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
      folder.writeInfo(
          new Backup(
              target,
              now,
              BackupReason.BEFORE_MIGRATION,
              java.nio.file.Files.size(target),
              content,
              -1,
              false,
              ""));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
