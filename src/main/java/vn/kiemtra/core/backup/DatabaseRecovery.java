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

  /**
   * The newest backup holds more than the open file: the file fell back to an older state (H2 after
   * a crash, a file cut short) and must be recovered like a damaged one.
   */
  public static boolean olderThanNewestBackup(Path databaseFile, long revisionsNow) {
    return new BackupFolder(databaseFile)
        .list().stream().findFirst().map(b -> b.content().revisions() > revisionsNow).orElse(false);
  }

  /**
   * The file opened, but H2 may have fallen back to an older state: after an unclean shutdown, and
   * (seen once in the crash harness, after repeated kills) even when the last session closed
   * cleanly. The changes the journal holds after the newest backup that the file lacks (saves of
   * inspections stored at a lower version or not at all, photos not stored) are applied again.
   * Empty when nothing was missing.
   *
   * @param unclean whether the last session ended without closing (it names the cause)
   */
  public static java.util.Optional<RecoveryReport> repairInPlace(
      Path databaseFile,
      boolean unclean,
      EditJournal journal,
      JournalReplay replay,
      java.util.function.Function<java.util.UUID, java.util.Optional<Long>> storedVersion) {
    long since =
        new BackupFolder(databaseFile)
            .list().stream().findFirst().map(Backup::journalSequence).orElse(0L);
    List<JournalEntry> missing =
        replay.missingChanges(journal.entriesAfter(Math.max(since, 0)), storedVersion);
    if (missing.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new RecoveryReport(
            databaseFile,
            null,
            null,
            replay.apply(missing),
            List.of(),
            unclean
                ? RecoveryReport.Cause.SAVES_MISSING
                : RecoveryReport.Cause.SAVES_MISSING_AFTER_CLEAN_CLOSE));
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
    long journalEntries = 0;
    if (Files.exists(journalFile)) {
      try (EditJournal journal = EditJournal.open(journalFile)) {
        journalEntries = journal.entriesAfter(0).size();
      }
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
        return new Pending(databaseFile, movedTo, b, skipped, cause.olderThanBackup());
      } catch (DomainException | java.io.UncheckedIOException e) {
        skipped.add(b.file());
      }
    }
    return new Pending(databaseFile, movedTo, null, skipped, cause.olderThanBackup());
  }

  /** A restored (or fresh) file waiting for the journal's later changes. */
  public record Pending(
      Path databaseFile,
      Path movedTo,
      Backup restoredFrom,
      List<Path> skipped,
      boolean olderThanBackup) {
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
      RecoveryReport.Cause cause =
          olderThanBackup
              ? RecoveryReport.Cause.OLDER_THAN_BACKUP
              : movedTo == null ? RecoveryReport.Cause.MISSING : RecoveryReport.Cause.DAMAGED;
      return new RecoveryReport(
          databaseFile, movedTo, restoredFrom, replay.apply(entries), skipped, cause);
    }
  }
}
