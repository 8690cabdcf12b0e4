package vn.kiemtra.core.backup;

import java.nio.file.Path;

/** The open database as the backup service needs it. */
public interface DatabaseSnapshots {
  /**
   * Writes a consistent copy of the open database to {@code target} while the application keeps
   * running, and returns the row counts of exactly that copy: opened on its own, the copy holds
   * every commit made before it. Runs {@code atSnapshot} at the moment of the copy (no write can
   * come between), e.g. to read the journal's sequence number.
   */
  BackupContent snapshot(Path target, Runnable atSnapshot);

  /** Grows with every committed write; a backup is due only when it changed. */
  long changeCount();

  /** The database file ({@code name.mv.db}). */
  Path databaseFile();

  /**
   * Replaces the open database's content with the backup's, without the application closing: the
   * file is swapped while no write runs, then opened (and migrated) again.
   */
  void replaceWith(Path backup);
}
