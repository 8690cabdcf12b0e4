package vn.kiemtra.core.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * Recovery of a database file that does not open (corrupt, truncated, zero bytes) or is missing
 * while its backups exist. In two steps around the normal open: {@link #prepare} moves the file
 * aside (never deleting or overwriting it) and restores the newest backup that opens; {@link
 * Pending#complete} then applies the journal's later changes through the application's services.
 */
public final class DatabaseRecovery {
  private final BackupFiles files;
  private final Clock clock;

  public DatabaseRecovery(BackupFiles files, Clock clock) {
    this.files = files;
    this.clock = clock;
  }

  /** A database file that is missing, though there are backups or journal entries to bring back. */
  public static boolean missingButRecoverable(Path databaseFile, Path journalFile) {
    if (Files.exists(databaseFile)) {
      return false;
    }
    if (!new BackupFolder(databaseFile).list().isEmpty()) {
      return true;
    }
    try {
      return Files.exists(journalFile) && Files.size(journalFile) > 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * Moves the unreadable file aside and restores the newest good backup in its place.
   *
   * @throws UnreadableDatabaseException when there is neither a backup nor a journal entry: the
   *     file is then left where it is, untouched
   */
  public Pending prepare(Path databaseFile, Path journalFile, UnreadableDatabaseException cause) {
    BackupFolder folder = new BackupFolder(databaseFile);
    List<Backup> backups = folder.list();
    long journalEntries;
    try (EditJournal journal = EditJournal.open(journalFile)) {
      journalEntries = journal.entriesAfter(0).size();
    }
    if (backups.isEmpty() && journalEntries == 0) {
      throw new UnreadableDatabaseException(
          databaseFile,
          Messages.of("backup").get("recovery.impossible", databaseFile, folder.path()),
          cause);
    }
    Path movedTo = Files.exists(databaseFile) ? folder.moveAside(databaseFile, clock.now()) : null;
    List<Path> skipped = new ArrayList<>();
    for (Backup b : backups) {
      try {
        files.inspect(b.file());
        files.restore(b.file(), databaseFile);
        return new Pending(databaseFile, movedTo, b, skipped);
      } catch (DomainException | java.io.UncheckedIOException e) {
        skipped.add(b.file());
      }
    }
    return new Pending(databaseFile, movedTo, null, skipped);
  }

  /** A restored (or fresh) file waiting for the journal's later changes. */
  public record Pending(Path databaseFile, Path movedTo, Backup restoredFrom, List<Path> skipped) {
    /** Applies the journal entries the restored backup does not hold and reports. */
    public RecoveryReport complete(EditJournal journal, JournalReplay replay) {
      List<JournalEntry> entries;
      if (restoredFrom == null) {
        entries = journal.entriesAfter(0);
      } else if (restoredFrom.journalSequence() >= 0) {
        entries = journal.entriesAfter(restoredFrom.journalSequence());
      } else {
        // A backup without its description file: its time tells which changes it cannot hold.
        long since = restoredFrom.createdAt().toInstant().toEpochMilli();
        entries = journal.entriesAfter(0).stream().filter(e -> e.epochMillis() >= since).toList();
      }
      return new RecoveryReport(
          databaseFile, movedTo, restoredFrom, replay.apply(entries), skipped);
    }
  }
}
