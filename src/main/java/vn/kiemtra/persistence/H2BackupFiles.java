package vn.kiemtra.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.kiemtra.core.backup.BackupContent;
import vn.kiemtra.core.backup.BackupFiles;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * Backup files as H2's {@code BACKUP TO} writes them: a zip holding the one {@code .mv.db} file.
 * Checking opens the copy in a private temporary folder, read-only, and reads it through; restoring
 * writes it beside the target and moves it into place, forced to disk.
 */
public final class H2BackupFiles implements BackupFiles {
  private final Messages msg = Messages.of("backup");

  @Override
  public BackupContent inspect(Path backup) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("kiemtra-backup-check-");
      Path copy = dir.resolve("check.mv.db");
      extract(backup, copy);
      String url =
          "jdbc:h2:file:"
              + dir.resolve("check").toAbsolutePath()
              + ";ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE";
      try (Connection c = DriverManager.getConnection(url, "sa", "")) {
        BackupContent content = DatabaseContents.readThrough(c, true);
        if (!content.rowCounts().containsKey("inspection")) {
          throw new DomainException(msg.get("backup.notKiemtra", backup.getFileName()));
        }
        return content;
      }
    } catch (DomainException e) {
      throw e;
    } catch (IOException | SQLException | RuntimeException e) {
      throw new DomainException(msg.get("backup.unreadable", backup), e);
    } finally {
      deleteTree(dir);
    }
  }

  @Override
  public void restore(Path backup, Path databaseFile) {
    Path tmp = databaseFile.resolveSibling(databaseFile.getFileName() + ".restore.tmp");
    try {
      extract(backup, tmp);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(
          tmp, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the temporary name is never opened as a database
      }
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the zip's one database file out; anything else in the zip makes it a foreign file. */
  private void extract(Path backup, Path target) throws IOException {
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      ZipEntry only = null;
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.isDirectory()) {
          continue;
        }
        if (only != null
            || !e.getName().endsWith(".mv.db")
            || e.getName().contains("/")
            || e.getName().contains("\\")) {
          throw new DomainException(msg.get("backup.notKiemtra", backup.getFileName()));
        }
        only = e;
      }
      if (only == null) {
        throw new DomainException(msg.get("backup.notKiemtra", backup.getFileName()));
      }
      try (InputStream in = zip.getInputStream(only);
          OutputStream out = Files.newOutputStream(target)) {
        in.transferTo(out);
      }
    } catch (java.util.zip.ZipException e) {
      throw new DomainException(msg.get("backup.notKiemtra", backup.getFileName()), e);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover folder in the system's temporary directory is harmless
    }
  }
}
