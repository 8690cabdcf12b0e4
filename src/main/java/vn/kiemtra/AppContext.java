package vn.kiemtra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.backup.Backup;
import vn.kiemtra.core.backup.BackupListener;
import vn.kiemtra.core.backup.BackupService;
import vn.kiemtra.core.backup.DatabaseRecovery;
import vn.kiemtra.core.backup.EditJournal;
import vn.kiemtra.core.backup.JournalReplay;
import vn.kiemtra.core.backup.JournalingEvidenceRepository;
import vn.kiemtra.core.backup.JournalingInspectionRepository;
import vn.kiemtra.core.backup.JournalingSignedMinutesRepository;
import vn.kiemtra.core.backup.RecoveryReport;
import vn.kiemtra.core.backup.UnreadableDatabaseException;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.checklist.TemplateService;
import vn.kiemtra.core.evidence.EvidenceRepository;
import vn.kiemtra.core.inspection.InspectionDocumentFormat;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.core.inspection.UnitRepository;
import vn.kiemtra.core.minutes.MinutesRenderer;
import vn.kiemtra.core.minutes.MinutesService;
import vn.kiemtra.core.minutes.SignedMinutesRepository;
import vn.kiemtra.core.settings.SettingsRepository;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.sync.SyncService;
import vn.kiemtra.exchange.ChecklistJson;
import vn.kiemtra.exchange.ChecklistWorkbook;
import vn.kiemtra.exchange.InspectionJson;
import vn.kiemtra.persistence.Database;
import vn.kiemtra.persistence.H2BackupFiles;
import vn.kiemtra.persistence.JooqChecklistRepository;
import vn.kiemtra.persistence.JooqEvidenceRepository;
import vn.kiemtra.persistence.JooqInspectionRepository;
import vn.kiemtra.persistence.JooqMinutesRepository;
import vn.kiemtra.persistence.JooqSettingsRepository;
import vn.kiemtra.persistence.JooqSyncStore;
import vn.kiemtra.persistence.JooqUnitRepository;
import vn.kiemtra.report.JasperMinutesRenderer;
import vn.kiemtra.syncio.ZipSyncPackages;

/**
 * The object graph of one open database, built with constructors. Shared by the two composition
 * roots ({@link KiemtraApp} for the window, {@link KiemtraCli} for commands).
 */
public final class AppContext implements Services {
  private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

  /** A backup while edits happen, at most this often (plus one soon after other changes). */
  static final Duration BACKUP_INTERVAL = Duration.ofMinutes(5);

  private final Database database;
  private final ChecklistService checklists;
  private final TemplateService templates;
  private final InspectionService inspections;
  private final EvidenceRepository evidence;
  private final SettingsRepository settings;
  private final UnitRepository units;
  private final InspectionDocumentFormat documentFormat = new InspectionJson();
  private final MinutesService minutes;
  private final SignedMinutesRepository signedMinutes;
  private final SyncService sync;
  private final BackupService backups;
  private RecoveryReport recovery;
  private Path openMarker;
  private boolean closed;

  private AppContext(Database database, EditJournal journal) {
    this.database = database;
    this.backups =
        new BackupService(database, new H2BackupFiles(), journal, Clock.system(), BACKUP_INTERVAL);
    backups.addListener(
        new BackupListener() {
          @Override
          public void backupMade(Backup backup) {
            LOG.info("backup {} ({} bytes)", backup.file(), backup.sizeBytes());
          }

          @Override
          public void warning(String message, Throwable cause) {
            LOG.warn(message, cause);
          }
        });
    JooqChecklistRepository checklistRows = new JooqChecklistRepository(database);
    this.checklists = new ChecklistService(checklistRows, new ChecklistJson());
    this.templates =
        new TemplateService(
            checklistRows, checklists, List.of(new ChecklistWorkbook(), new ChecklistJson()));
    JournalingInspectionRepository journaled =
        new JournalingInspectionRepository(
            new JooqInspectionRepository(database),
            journal,
            documentFormat,
            checklists::require,
            backups);
    this.inspections = new InspectionService(journaled, checklists);
    this.evidence =
        new JournalingEvidenceRepository(new JooqEvidenceRepository(database), journal, backups);
    this.settings = new JooqSettingsRepository(database);
    this.units = new JooqUnitRepository(database);
    this.signedMinutes =
        new JournalingSignedMinutesRepository(new JooqMinutesRepository(database), journaled);
    this.minutes =
        new MinutesService(
            inspections,
            signedMinutes,
            new DeferredRenderer(JasperMinutesRenderer::new),
            Clock.system());
    ZipSyncPackages packages = new ZipSyncPackages();
    packages.removeStaleStaging();
    this.sync =
        new SyncService(
            new JooqSyncStore(database), packages, Clock.system(), inspections.changes());
    sync.onImport(backups::beforeImport, backups::afterImport);
    database.afterCommit(backups::committed);
  }

  /**
   * Opens the database file, migrates it and loads the default checklist on first run. A file that
   * does not open (or is missing while its backups exist) is recovered: moved aside, the newest
   * good backup restored and the journal's later changes applied; {@link #recovery()} says what
   * happened.
   */
  public static AppContext open(Path databaseFile) {
    Path file = Database.fileOf(databaseFile);
    Path journalFile = journalFile(file);
    DatabaseRecovery.Pending pending = null;
    Database db;
    try {
      if (DatabaseRecovery.missingButRecoverable(file, journalFile)) {
        throw new UnreadableDatabaseException(file, "missing", null);
      }
      db = Database.open(databaseFile);
      if (DatabaseRecovery.olderThanNewestBackup(file, db.revisionsAtOpen())) {
        db.close();
        throw new UnreadableDatabaseException(file, "older than its newest backup", null, true);
      }
    } catch (UnreadableDatabaseException e) {
      LOG.error("database file {} does not open; recovering", file, e);
      pending =
          new DatabaseRecovery(new H2BackupFiles(), Clock.system()).prepare(file, journalFile, e);
      db = Database.open(databaseFile);
    }
    EditJournal journal = null;
    try {
      journal = EditJournal.open(journalFile);
      AppContext context = new AppContext(db, journal);
      context.backups.list().stream()
          .mapToLong(Backup::journalSequence)
          .max()
          .ifPresent(journal::advanceTo);
      context.checklists.ensureDefaultTemplate();
      Path marker = openMarker(file);
      boolean unclean = Files.exists(marker);
      JournalReplay replay =
          new JournalReplay(
              context.inspections, context.evidence, context.documentFormat, context.signedMinutes);
      if (pending != null) {
        context.recovery = pending.complete(journal, replay);
      } else {
        // Every open, not only after an unclean shutdown: a file H2 once fell back on can open
        // in an older state after a clean close too. The journal after the newest backup is short.
        context.recovery =
            DatabaseRecovery.repairInPlace(
                    file,
                    unclean,
                    journal,
                    replay,
                    id -> context.inspections.find(id).map(StoredInspection::version))
                .orElse(null);
      }
      // Signed records an older version left without their lock (stopped between its two writes).
      try {
        context.minutes.settleInterruptedSignings();
      } catch (RuntimeException e) {
        LOG.warn("interrupted signings not settled (tried again at the next open)", e);
      }
      if (unclean || pending != null || context.recovery != null) {
        context.backups.backUpBeforeLeaving();
      }
      if (context.recovery != null) {
        LOG.warn("recovery: {}", context.recovery.message());
        // The journal keeps the applied changes until a backup holds them: the window makes that
        // backup first thing on its backup thread, a command on its clean close.
      }
      writeMarker(marker);
      context.openMarker = marker;
      return context;
    } catch (RuntimeException e) {
      if (journal != null) {
        journal.close();
      }
      db.close();
      throw e;
    }
  }

  /**
   * Present while the file is open, removed on a clean close: found at open, it says the last
   * session ended without closing (a kill, a power cut), so the journal is checked against the
   * file.
   */
  static Path openMarker(Path databaseFile) {
    Path journal = journalFile(databaseFile);
    return journal.resolveSibling(journal.getFileName() + ".open");
  }

  private static void writeMarker(Path marker) {
    try {
      Files.writeString(marker, Long.toString(ProcessHandle.current().pid()));
    } catch (java.io.IOException e) {
      LOG.warn("cannot write {}", marker, e);
    }
  }

  /**
   * The edit journal beside the database file ({@code kiemtra.mv.db} → {@code kiemtra.journal}).
   */
  static Path journalFile(Path databaseFile) {
    String name = databaseFile.getFileName().toString();
    String base = name.endsWith(".mv.db") ? name.substring(0, name.length() - 6) : name;
    return databaseFile.resolveSibling(base + ".journal");
  }

  public Database database() {
    return database;
  }

  @Override
  public ChecklistService checklists() {
    return checklists;
  }

  @Override
  public TemplateService templates() {
    return templates;
  }

  @Override
  public InspectionService inspections() {
    return inspections;
  }

  @Override
  public EvidenceRepository evidence() {
    return evidence;
  }

  @Override
  public SettingsRepository settings() {
    return settings;
  }

  @Override
  public UnitRepository units() {
    return units;
  }

  @Override
  public InspectionDocumentFormat documentFormat() {
    return documentFormat;
  }

  @Override
  public MinutesService minutes() {
    return minutes;
  }

  @Override
  public SyncService sync() {
    return sync;
  }

  @Override
  public BackupService backups() {
    return backups;
  }

  @Override
  public Optional<RecoveryReport> recovery() {
    return Optional.ofNullable(recovery);
  }

  @Override
  public UUID deviceId() {
    return database.deviceId();
  }

  @Override
  public Path databaseFile() {
    return database.file();
  }

  /**
   * Loads JasperReports at the first render or verification, not when the window or a command that
   * prints nothing starts.
   */
  private static final class DeferredRenderer implements MinutesRenderer {
    private final java.util.function.Supplier<MinutesRenderer> factory;
    private MinutesRenderer renderer;

    DeferredRenderer(java.util.function.Supplier<MinutesRenderer> factory) {
      this.factory = factory;
    }

    private synchronized MinutesRenderer renderer() {
      if (renderer == null) {
        renderer = factory.get();
      }
      return renderer;
    }

    @Override
    public vn.kiemtra.core.minutes.RenderedMinutes render(
        vn.kiemtra.core.minutes.MinutesContent content) {
      return renderer().render(content);
    }

    @Override
    public Optional<String> verificationCodeIn(byte[] pdf) {
      return renderer().verificationCodeIn(pdf);
    }
  }

  /**
   * Closes cleanly: a last backup when something changed since the newest one. Once: a second close
   * (the system ending the process while a command closes, {@link ClosedOnExit}) waits for the
   * first and does nothing.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      backups.closing();
    } finally {
      backups.close();
      database.close();
      if (openMarker != null) {
        try {
          Files.deleteIfExists(openMarker);
        } catch (java.io.IOException e) {
          LOG.warn("cannot remove {}", openMarker, e);
        }
      }
    }
  }
}
