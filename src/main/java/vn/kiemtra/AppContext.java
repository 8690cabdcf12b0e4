package vn.kiemtra;

import java.nio.file.Path;
import java.util.UUID;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.evidence.EvidenceRepository;
import vn.kiemtra.core.inspection.InspectionDocumentFormat;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.inspection.UnitRepository;
import vn.kiemtra.core.minutes.MinutesService;
import vn.kiemtra.core.settings.SettingsRepository;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.sync.SyncService;
import vn.kiemtra.exchange.ChecklistJson;
import vn.kiemtra.exchange.InspectionJson;
import vn.kiemtra.persistence.Database;
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
  private final Database database;
  private final ChecklistService checklists;
  private final InspectionService inspections;
  private final EvidenceRepository evidence;
  private final SettingsRepository settings;
  private final UnitRepository units;
  private final InspectionDocumentFormat documentFormat = new InspectionJson();
  private final MinutesService minutes;
  private final SyncService sync;

  private AppContext(Database database) {
    this.database = database;
    this.checklists =
        new ChecklistService(new JooqChecklistRepository(database), new ChecklistJson());
    this.inspections = new InspectionService(new JooqInspectionRepository(database), checklists);
    this.evidence = new JooqEvidenceRepository(database);
    this.settings = new JooqSettingsRepository(database);
    this.units = new JooqUnitRepository(database);
    this.minutes =
        new MinutesService(
            inspections,
            new JooqMinutesRepository(database),
            new JasperMinutesRenderer(),
            Clock.system());
    this.sync =
        new SyncService(
            new JooqSyncStore(database),
            new ZipSyncPackages(),
            Clock.system(),
            inspections.changes());
  }

  /** Opens the database file, migrates it and loads the default checklist on first run. */
  public static AppContext open(Path databaseFile) {
    Database db = Database.open(databaseFile);
    try {
      AppContext context = new AppContext(db);
      context.checklists.ensureDefaultTemplate();
      return context;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  public Database database() {
    return database;
  }

  @Override
  public ChecklistService checklists() {
    return checklists;
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
  public UUID deviceId() {
    return database.deviceId();
  }

  @Override
  public Path databaseFile() {
    return database.file();
  }

  @Override
  public void close() {
    database.close();
  }
}
