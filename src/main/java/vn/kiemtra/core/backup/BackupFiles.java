package vn.kiemtra.core.backup;

import java.nio.file.Path;

/** Backup files on disk, checked and restored without the application's database being open. */
public interface BackupFiles {
  /**
   * Opens the backup's copy of the database on its own (never in place) and counts its rows.
   *
   * @throws vn.kiemtra.core.shared.DomainException when it is not a readable kiemtra backup
   */
  BackupContent inspect(Path backup);

  /** Writes the backup's database as {@code databaseFile}, which must not be open. */
  void restore(Path backup, Path databaseFile);
}
