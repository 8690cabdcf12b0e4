package vn.kiemtra.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * Keeps the user's work safe: verified backups of the open database (at open, every few minutes
 * while edits happen, soon after a change the journal cannot repeat, before imports and restores,
 * after signing, on close), rotated by {@link BackupPolicy}; the edit journal cut back as backups
 * take over its entries; restore by hand. Backups run on their own thread in the window, so they
 * never block typing; a full disk is reported, never thrown at an edit.
 */
public final class BackupService implements SafetyNet, AutoCloseable {
  /** Extra room a backup must leave on the drive, beyond its own size. */
  static final long SPARE_BYTES = 32L * 1024 * 1024;

  private final Messages msg = Messages.of("backup");
  private final DatabaseSnapshots db;
  private final BackupFiles files;
  private final EditJournal journal;
  private final BackupFolder folder;
  private final Clock clock;
  private final Duration editInterval;
  private final List<BackupListener> listeners = new CopyOnWriteArrayList<>();
  private volatile long changeAtLastBackup;
  private volatile OffsetDateTime lastBackupAt;

  /** A backup made by this session (an older one may not hold what the file holds now). */
  private volatile boolean backedUpThisSession;

  private volatile boolean otherChangePending;
  private ScheduledExecutorService thread;

  /** The schedule's first backup while it waits: a close does not wait for it. */
  private ScheduledFuture<?> firstBackup;

  public BackupService(
      DatabaseSnapshots db,
      BackupFiles files,
      EditJournal journal,
      Clock clock,
      Duration editInterval) {
    this.db = db;
    this.files = files;
    this.journal = journal;
    this.folder = new BackupFolder(db.databaseFile());
    this.clock = clock;
    this.editInterval = editInterval;
    this.changeAtLastBackup = db.changeCount();
    this.lastBackupAt = folder.list().stream().findFirst().map(Backup::createdAt).orElse(null);
  }

  public BackupFolder folder() {
    return folder;
  }

  public EditJournal journal() {
    return journal;
  }

  public void addListener(BackupListener listener) {
    listeners.add(listener);
  }

  /** Writes, verifies and records a backup in the {@code backups/} folder, then rotates. */
  public synchronized Backup create(BackupReason reason, String note) {
    folder.create();
    folder.removeUnfinished();
    OffsetDateTime now = clock.now();
    OffsetDateTime last = lastBackupAt;
    if (last != null && !now.isAfter(last)) {
      // Backups are ordered by time: the newest must be the one made last.
      now = last.plusNanos(1_000_000);
    }
    Path target = folder.newBackupFile(now, reason);
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    long[] marks = new long[2];
    BackupContent content = write(tmp, marks);
    Backup backup;
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      backup = new Backup(target, now, reason, Files.size(target), content, marks[0], true, note);
      folder.writeInfo(backup);
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(tmp);
      deleteQuietly(target);
      throw new DomainException(
          msg.get("backup.writeFailed", folder.path(), mb(folder.freeBytes())), e);
    }
    for (Backup old : BackupPolicy.toDelete(folder.list(), now)) {
      if (!old.file().equals(target)) {
        folder.delete(old);
      }
    }
    journal.cutUpTo(marks[0]);
    changeAtLastBackup = marks[1];
    lastBackupAt = now;
    backedUpThisSession = true;
    otherChangePending = false;
    listeners.forEach(l -> l.backupMade(backup));
    return backup;
  }

  /** Writes a verified backup to a file of the user's choice (another drive, a USB stick). */
  public synchronized BackupCheck createTo(Path out) {
    Path absolute = out.toAbsolutePath();
    Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    BackupContent content = write(tmp, new long[2]);
    try {
      Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      return new BackupCheck(
          new Backup(
              absolute,
              clock.now(),
              BackupReason.MANUAL,
              Files.size(absolute),
              content,
              -1,
              true,
              ""),
          content,
          List.of());
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new DomainException(msg.get("backup.writeFailedTo", absolute), e);
    }
  }

  /**
   * Snapshot to {@code tmp} and check it opens with the same row counts; marks: seq, change. A copy
   * that does not match is discarded and the backup fails (the journal is kept). The snapshot makes
   * sure H2 finds the newest commits in its copy ({@link DatabaseSnapshots#snapshot}), so a
   * mismatch means something is wrong, and making the copy again would only hide it.
   */
  private BackupContent write(Path tmp, long[] marks) {
    long needed = sizeOf(db.databaseFile()) + SPARE_BYTES;
    long free = folder.freeBytes();
    Path drive = tmp.toAbsolutePath().getParent();
    if (free < needed) {
      throw new DomainException(msg.get("backup.diskFull", drive, mb(free), mb(needed)));
    }
    BackupContent content;
    try {
      content =
          db.snapshot(
              tmp,
              () -> {
                marks[0] = journal.lastSequence();
                marks[1] = db.changeCount();
              });
    } catch (RuntimeException e) {
      deleteQuietly(tmp);
      throw new DomainException(msg.get("backup.writeFailed", drive, mb(folder.freeBytes())), e);
    }
    BackupContent found;
    try {
      found = files.inspect(tmp);
    } catch (RuntimeException e) {
      deleteQuietly(tmp);
      throw new DomainException(
          msg.get("backup.verifyFailed", tmp.getFileName(), e.getMessage()), e);
    }
    List<String> differences = content.differences(found);
    if (!differences.isEmpty()) {
      deleteQuietly(tmp);
      throw new DomainException(
          msg.get("backup.verifyFailed", tmp.getFileName(), String.join(", ", differences)));
    }
    return content;
  }

  /** Every backup of this database, newest first. */
  public List<Backup> list() {
    return folder.list();
  }

  /** The n-th backup of {@link #list()}, counting from 1 (the newest). */
  public Backup numbered(int n) {
    List<Backup> all = list();
    if (n < 1 || n > all.size()) {
      throw new DomainException(
          all.isEmpty()
              ? msg.get("backup.none", folder.path())
              : msg.get("backup.noSuchNumber", n, all.size()));
    }
    return all.get(n - 1);
  }

  /** Opens a backup file on its own and compares it with what was recorded when it was written. */
  public BackupCheck verify(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new DomainException(msg.get("backup.missing", file));
    }
    Backup described = folder.describe(file);
    BackupContent found = files.inspect(file);
    List<String> differences =
        described.content().rowCounts().isEmpty()
            ? List.of()
            : described.content().differences(found);
    return new BackupCheck(described, found, differences);
  }

  /**
   * Replaces the database's content with a backup's. The current state is backed up first; the
   * journal is emptied (its changes belong to the replaced state) and the restored state becomes
   * the newest backup, so a later recovery starts from it.
   */
  public synchronized RestoreResult restore(Path file) {
    BackupCheck check = verify(file);
    if (!check.matches()) {
      throw new DomainException(
          msg.get(
              "backup.verifyFailed", file.getFileName(), String.join(", ", check.differences())));
    }
    Backup before = create(BackupReason.BEFORE_RESTORE, "");
    Path staged = folder.path().resolve("restore-" + UUID.randomUUID() + ".zip.tmp");
    try {
      // The chosen backup may be rotated away by the backups below: restore from a private copy.
      Files.copy(file, staged, StandardCopyOption.REPLACE_EXISTING);
      db.replaceWith(staged);
    } catch (IOException e) {
      throw new DomainException(
          msg.get("backup.writeFailed", folder.path(), mb(folder.freeBytes())), e);
    } finally {
      deleteQuietly(staged);
    }
    journal.cutUpTo(journal.lastSequence());
    create(BackupReason.RESTORED, file.getFileName().toString());
    return new RestoreResult(before, check);
  }

  public BackupUsage usage() {
    List<Backup> all = list();
    return new BackupUsage(
        folder.path(), all.size(), folder.totalBytes(), journal.sizeBytes(), folder.freeBytes());
  }

  /**
   * How long the backup at open waits: on two cores, copying and verifying the file beside the
   * window's first reads would slow the list the user is waiting for.
   */
  static final Duration OPEN_DELAY = Duration.ofSeconds(10);

  /**
   * The window's schedule: the first backup (the file was opened, or recovered), then a check every
   * half minute. The backup at open waits {@link #OPEN_DELAY}, unless the file was recovered or the
   * last session ended uncleanly ({@link #backUpBeforeLeaving()}): those are backed up at once.
   */
  public void startSchedule(BackupReason first) {
    startSchedule(first, OPEN_DELAY);
  }

  synchronized void startSchedule(BackupReason first, Duration openDelay) {
    if (thread != null) {
      return;
    }
    boolean urgent = first != BackupReason.OPEN || changeAtLastBackup == -1;
    thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "kiemtra-backup");
              t.setDaemon(true);
              t.setPriority(Thread.MIN_PRIORITY);
              return t;
            });
    firstBackup =
        thread.schedule(
            () -> {
              // A backup made while this one waited (before an import) already holds it all.
              if (urgent || !newestHoldsEverything()) {
                quietly(first, "");
              }
            },
            urgent ? 0 : openDelay.toMillis(),
            TimeUnit.MILLISECONDS);
    thread.scheduleWithFixedDelay(this::backupIfDue, 30, 30, TimeUnit.SECONDS);
  }

  /**
   * Makes a periodic backup when something changed: at once after a change the journal cannot
   * repeat, otherwise when the last backup is older than the edit interval.
   */
  public void backupIfDue() {
    if (db.changeCount() == changeAtLastBackup) {
      return;
    }
    OffsetDateTime last = lastBackupAt;
    boolean due =
        otherChangePending || last == null || !clock.now().isBefore(last.plus(editInterval));
    if (due) {
      quietly(BackupReason.PERIODIC, "");
    }
  }

  /**
   * Before a sync import: a backup the import can be undone to. The newest backup serves when this
   * session made it and nothing was written since (a package imported twice, or one after another:
   * a 500 MB database then waits for one backup, not three).
   */
  public void beforeImport() {
    if (!newestHoldsEverything()) {
      create(BackupReason.BEFORE_IMPORT, "");
    }
  }

  /** This session's newest backup was made after the last write. */
  private boolean newestHoldsEverything() {
    return backedUpThisSession && db.changeCount() == changeAtLastBackup;
  }

  /**
   * After a sync import: its rows are not in the journal, so a backup takes them at once (none when
   * the import wrote nothing, a package already imported).
   */
  public void afterImport() {
    if (!newestHoldsEverything()) {
      soon(BackupReason.AFTER_IMPORT, "");
    }
  }

  /**
   * The file was opened after an unclean shutdown or recovered: it may hold commits the journal
   * never received (a kill between the two), so the next chance to back up must be taken even if
   * nothing is written in this session.
   */
  public void backUpBeforeLeaving() {
    changeAtLastBackup = -1;
  }

  /** On a clean close: a last backup if anything changed since the newest one. */
  public void closing() {
    stopSchedule();
    if (db.changeCount() != changeAtLastBackup) {
      quietly(BackupReason.CLOSE, "");
    }
  }

  @Override
  public void close() {
    stopSchedule();
    journal.close();
  }

  private synchronized void stopSchedule() {
    if (thread != null) {
      // Not yet started, the backup at open is not needed: closing makes its own if anything
      // changed.
      firstBackup.cancel(false);
      thread.shutdown();
      try {
        thread.awaitTermination(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
  }

  /** Called after every committed write: marks the writes the journal does not hold. */
  public void committed() {
    if (JournalScope.active()) {
      return;
    }
    try {
      journal.append(
          JournalEntry.Kind.OTHER_CHANGE, new UUID(0, 0), java.util.Map.of(), new byte[0]);
    } catch (RuntimeException e) {
      journalFailed(e);
    }
    otherChangePending = true;
  }

  @Override
  public void journalWritten() {
    // The change count already marks the database as changed since the last backup.
  }

  @Override
  public void journalFailed(RuntimeException cause) {
    warn(msg.get("journal.failed", journal.file(), mb(folder.freeBytes())), cause);
  }

  @Override
  public void minutesSigned(UUID inspectionId, String title) {
    soon(BackupReason.SIGNED, title == null ? "" : title);
  }

  private void soon(BackupReason reason, String note) {
    ScheduledExecutorService t;
    synchronized (this) {
      t = thread;
    }
    if (t != null) {
      t.execute(() -> quietly(reason, note));
    } else {
      quietly(reason, note);
    }
  }

  private void quietly(BackupReason reason, String note) {
    try {
      create(reason, note);
    } catch (RuntimeException e) {
      warn(e.getMessage(), e);
    }
  }

  private void warn(String message, Throwable cause) {
    listeners.forEach(l -> l.warning(message, cause));
  }

  private static long sizeOf(Path f) {
    try {
      return Files.exists(f) ? Files.size(f) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  static String mb(long bytes) {
    return bytes == Long.MAX_VALUE ? "?" : vn.kiemtra.core.text.VietnameseNumbers.fileSize(bytes);
  }

  private static void deleteQuietly(Path f) {
    try {
      Files.deleteIfExists(f);
    } catch (IOException e) {
      // A leftover temporary file is removed by the next backup (removeUnfinished).
    }
  }
}
