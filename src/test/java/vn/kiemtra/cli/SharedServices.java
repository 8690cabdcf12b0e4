package vn.kiemtra.cli;

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
import vn.kiemtra.core.sync.SyncService;

/**
 * One open database handed to many commands: each command's close leaves it open, so hundreds of
 * commands run against the same real file without reopening it each time.
 */
final class SharedServices implements Services {
  private final Services open;

  SharedServices(Services open) {
    this.open = open;
  }

  @Override
  public ChecklistService checklists() {
    return open.checklists();
  }

  @Override
  public vn.kiemtra.core.checklist.TemplateService templates() {
    return open.templates();
  }

  @Override
  public InspectionService inspections() {
    return open.inspections();
  }

  @Override
  public EvidenceRepository evidence() {
    return open.evidence();
  }

  @Override
  public SettingsRepository settings() {
    return open.settings();
  }

  @Override
  public UnitRepository units() {
    return open.units();
  }

  @Override
  public InspectionDocumentFormat documentFormat() {
    return open.documentFormat();
  }

  @Override
  public MinutesService minutes() {
    return open.minutes();
  }

  @Override
  public SyncService sync() {
    return open.sync();
  }

  @Override
  public vn.kiemtra.core.backup.BackupService backups() {
    return open.backups();
  }

  @Override
  public java.util.Optional<vn.kiemtra.core.backup.RecoveryReport> recovery() {
    return open.recovery();
  }

  @Override
  public UUID deviceId() {
    return open.deviceId();
  }

  @Override
  public Path databaseFile() {
    return open.databaseFile();
  }

  @Override
  public void close() {
    // The test closes the database once, at the end.
  }
}
