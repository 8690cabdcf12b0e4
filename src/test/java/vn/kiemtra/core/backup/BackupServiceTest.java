package vn.kiemtra.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.core.shared.DomainException;

/** The backup rules against an in-memory database and backup files. */
class BackupServiceTest {
  @TempDir Path dir;

  private final AtomicReference<OffsetDateTime> now =
      new AtomicReference<>(OffsetDateTime.of(2026, 12, 2, 10, 32, 0, 0, ZoneOffset.ofHours(7)));
  private FakeDatabase db;
  private FakeFiles files;
  private EditJournal journal;
  private BackupService service;
  private final List<String> warnings = new ArrayList<>();

  /** A database whose "content" is a number of rows in one table. */
  static final class FakeDatabase implements DatabaseSnapshots {
    final Path file;
    long rows = 3;
    long changes;
    Path replacedWith;

    FakeDatabase(Path file) {
      this.file = file;
    }

    @Override
    public BackupContent snapshot(Path target, Runnable atSnapshot) {
      atSnapshot.run();
      try {
        Files.writeString(target, "rows=" + rows);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new BackupContent(Map.of("inspection", rows), rows, 0);
    }

    @Override
    public long changeCount() {
      return changes;
    }

    @Override
    public Path databaseFile() {
      return file;
    }

    @Override
    public void replaceWith(Path backup) {
      try {
        rows = Long.parseLong(Files.readString(backup).substring(5));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      replacedWith = backup;
      changes++;
    }
  }

  /** Backup files read back as written, unless told to lose rows or be unreadable. */
  static final class FakeFiles implements BackupFiles {
    long rowsLostOnRead;

    final Map<String, Boolean> unreadable = new HashMap<>();

    @Override
    public BackupContent inspect(Path backup) {
      if (unreadable.getOrDefault(backup.getFileName().toString(), false)) {
        throw new DomainException("unreadable " + backup);
      }
      try {
        long lost = rowsLostOnRead;
        long rows = Long.parseLong(Files.readString(backup).substring(5)) - lost;
        return new BackupContent(Map.of("inspection", rows), rows, 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void restore(Path backup, Path databaseFile) {
      try {
        Files.copy(backup, databaseFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @BeforeEach
  void setUp() throws IOException {
    Path file = dir.resolve("k.mv.db");
    Files.writeString(file, "database");
    db = new FakeDatabase(file);
    files = new FakeFiles();
    journal = EditJournal.open(dir.resolve("k.journal"));
    service = new BackupService(db, files, journal, now::get, Duration.ofMinutes(5));
    service.addListener(
        new BackupListener() {
          @Override
          public void warning(String message, Throwable cause) {
            warnings.add(message);
          }
        });
  }

  private void edit() {
    journal.append(JournalEntry.Kind.INSPECTION_SAVED, UUID.randomUUID(), Map.of(), new byte[] {1});
    db.changes++;
  }

  @Test
  void aBackupIsVerifiedDescribedAndTakesOverTheJournal() {
    edit();
    edit();
    Backup b = service.create(BackupReason.MANUAL, "");
    assertThat(b.file().getParent()).isEqualTo(dir.resolve("backups"));
    assertThat(b.file().getFileName().toString()).isEqualTo("k-20261202-103200-000-thu-cong.zip");
    assertThat(b.journalSequence()).isEqualTo(2);
    assertThat(b.verified()).isTrue();
    assertThat(journal.entriesAfter(0)).isEmpty();
    Backup listed = service.list().get(0);
    assertThat(listed.journalSequence()).isEqualTo(2);
    assertThat(listed.content().rows("inspection")).isEqualTo(3);
    assertThat(listed.reason()).isEqualTo(BackupReason.MANUAL);
    assertThat(listed.createdAt().toInstant()).isEqualTo(now.get().toInstant());
  }

  @Test
  void aBackupThatReadsBackDifferentlyIsDiscardedAndTheJournalKept() throws IOException {
    edit();
    files.rowsLostOnRead = 1;
    assertThatThrownBy(() -> service.create(BackupReason.MANUAL, ""))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("không khớp khi kiểm tra lại")
        .hasMessageContaining("inspection 3≠2");
    assertThat(service.list()).isEmpty();
    assertThat(journal.entriesAfter(0)).hasSize(1);
    try (var left = Files.list(dir.resolve("backups"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void periodicBackupsComeOnlyAfterEditsAndTheInterval() {
    service.create(BackupReason.OPEN, "");
    service.backupIfDue();
    assertThat(service.list()).hasSize(1);
    edit();
    now.set(now.get().plusMinutes(4));
    service.backupIfDue();
    assertThat(service.list()).hasSize(1);
    now.set(now.get().plusMinutes(1));
    service.backupIfDue();
    assertThat(service.list()).hasSize(2);
    assertThat(service.list().get(0).reason()).isEqualTo(BackupReason.PERIODIC);
    now.set(now.get().plusMinutes(30));
    service.backupIfDue();
    assertThat(service.list()).hasSize(2);
  }

  @Test
  void aChangeTheJournalCannotRepeatIsMarkedAndBackedUpAtTheNextCheck() {
    service.create(BackupReason.OPEN, "");
    db.changes++;
    service.committed();
    assertThat(journal.entriesAfter(0))
        .extracting(JournalEntry::kind)
        .containsExactly(JournalEntry.Kind.OTHER_CHANGE);
    now.set(now.get().plusSeconds(30));
    service.backupIfDue();
    assertThat(service.list()).hasSize(2);
    assertThat(journal.entriesAfter(0)).isEmpty();
  }

  @Test
  void writesTheJournalRecordsItselfLeaveNoMarker() {
    JournalScope.run(service::committed);
    assertThat(journal.entriesAfter(0)).isEmpty();
  }

  @Test
  void aFullDiskIsReportedAndNeverThrownAtEditing() throws IOException {
    // A sparse file far larger than any free space: the backup cannot fit.
    try (RandomAccessFile huge = new RandomAccessFile(db.file.toFile(), "rw")) {
      try {
        huge.setLength(1L << 43);
      } catch (IOException tooLargeForThisFileSystem) {
        huge.setLength(1L << 40);
      }
    }
    assertThat(Files.size(db.file))
        .isGreaterThan(dir.getFileSystem().provider().getFileStore(dir).getUsableSpace());
    edit();
    now.set(now.get().plusMinutes(10));
    service.backupIfDue();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).startsWith("Ổ đĩa chứa").contains("chưa sao lưu được");
    assertThat(journal.entriesAfter(0)).hasSize(1);
    assertThatThrownBy(() -> service.create(BackupReason.MANUAL, ""))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("Ổ đĩa chứa");
  }

  @Test
  void signedMinutesAreBackedUpWithTheirTitle() {
    service.minutesSigned(UUID.randomUUID(), "Kiểm tra Sở Tư pháp");
    Backup b = service.list().get(0);
    assertThat(b.reason()).isEqualTo(BackupReason.SIGNED);
    assertThat(b.note()).isEqualTo("Kiểm tra Sở Tư pháp");
  }

  @Test
  void restoreBacksUpTheCurrentStateThenMakesTheRestoredStateTheNewest() {
    Backup three = service.create(BackupReason.MANUAL, "");
    now.set(now.get().plusMinutes(1));
    db.rows = 7;
    edit();
    RestoreResult r = service.restore(three.file());
    assertThat(db.replacedWith).isNotNull();
    assertThat(db.rows).isEqualTo(3);
    assertThat(r.before().content().rows("inspection")).isEqualTo(7);
    assertThat(r.before().reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
    List<Backup> all = service.list();
    assertThat(all.get(0).reason()).isEqualTo(BackupReason.RESTORED);
    assertThat(all.get(0).content().rows("inspection")).isEqualTo(3);
    assertThat(journal.entriesAfter(0)).isEmpty();
    assertThat(service.numbered(1)).isEqualTo(all.get(0));
    assertThatThrownBy(() -> service.numbered(all.size() + 1))
        .hasMessageContaining("Không có bản sao lưu số " + (all.size() + 1));
  }

  @Test
  void anImportRightAfterThisSessionsBackupNeedsNoNewOne() throws IOException {
    // A backup left by an earlier session may not hold what the file holds now.
    service.create(BackupReason.OPEN, "");
    BackupService later = new BackupService(db, files, journal, now::get, Duration.ofMinutes(5));
    later.beforeImport();
    assertThat(later.list()).hasSize(2);
    assertThat(later.list().get(0).reason()).isEqualTo(BackupReason.BEFORE_IMPORT);
    // Made in this session, nothing written since: it is what the import can be undone to.
    later.beforeImport();
    assertThat(later.list()).hasSize(2);
    // An import that wrote nothing (a package already imported) needs no backup after it.
    later.afterImport();
    assertThat(later.list()).hasSize(2);
    edit();
    later.beforeImport();
    assertThat(later.list()).hasSize(3);
    edit();
    later.afterImport();
    assertThat(later.list()).hasSize(4);
    assertThat(later.list().get(0).reason()).isEqualTo(BackupReason.AFTER_IMPORT);
  }

  @Test
  void theBackupAtOpenWaitsSoItDoesNotCompeteWithTheFirstScreen() throws InterruptedException {
    try {
      service.startSchedule(BackupReason.OPEN, Duration.ofMillis(1500));
      Thread.sleep(700);
      assertThat(service.list()).isEmpty();
      assertThat(awaitBackups(1, Duration.ofSeconds(10))).hasSize(1);
      assertThat(service.list().get(0).reason()).isEqualTo(BackupReason.OPEN);
    } finally {
      service.close();
    }
  }

  @Test
  void afterAnUncleanShutdownTheBackupAtOpenComesAtOnce() {
    try {
      service.backUpBeforeLeaving();
      service.startSchedule(BackupReason.OPEN, Duration.ofMinutes(10));
      assertThat(awaitBackups(1, Duration.ofSeconds(10))).hasSize(1);
    } finally {
      service.close();
    }
  }

  @Test
  void aRecoveredFileIsBackedUpAtOnce() {
    try {
      service.startSchedule(BackupReason.RECOVERED, Duration.ofMinutes(10));
      assertThat(awaitBackups(1, Duration.ofSeconds(10)).get(0).reason())
          .isEqualTo(BackupReason.RECOVERED);
    } finally {
      service.close();
    }
  }

  @Test
  void aBackupMadeWhileTheOpenOneWaitsTakesItsPlace() throws InterruptedException {
    try {
      service.startSchedule(BackupReason.OPEN, Duration.ofMillis(800));
      service.beforeImport();
      Thread.sleep(2000);
      assertThat(service.list())
          .extracting(Backup::reason)
          .containsExactly(BackupReason.BEFORE_IMPORT);
    } finally {
      service.close();
    }
  }

  @Test
  void aCloseBeforeTheBackupAtOpenCancelsIt() throws InterruptedException {
    service.startSchedule(BackupReason.OPEN, Duration.ofSeconds(1));
    service.closing();
    Thread.sleep(1500);
    // Nothing changed: the close needs no backup, and the waiting one is not made either.
    assertThat(service.list()).isEmpty();
  }

  private List<Backup> awaitBackups(int count, Duration within) {
    long end = System.nanoTime() + within.toNanos();
    while (service.list().size() < count && System.nanoTime() < end) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return service.list();
  }

  @Test
  void closingBacksUpOnlyWhenSomethingChanged() {
    service.create(BackupReason.OPEN, "");
    service.closing();
    assertThat(service.list()).hasSize(1);
    edit();
    service.closing();
    assertThat(service.list()).hasSize(2);
    assertThat(service.list().get(0).reason()).isEqualTo(BackupReason.CLOSE);
  }

  @Test
  void aBackupOfAnotherDatabaseInTheSameFolderIsNotListed() throws IOException {
    service.create(BackupReason.MANUAL, "");
    Files.writeString(dir.resolve("backups/kiemtra-20261202-103200-000-dinh-ky.zip"), "rows=1");
    Files.writeString(dir.resolve("backups/k2-20261202-103200-000-dinh-ky.zip"), "rows=1");
    assertThat(service.list()).hasSize(1);
    assertThat(new String(Files.readAllBytes(service.list().get(0).file()), StandardCharsets.UTF_8))
        .isEqualTo("rows=3");
  }
}
