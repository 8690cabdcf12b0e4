package vn.kiemtra.core;

import java.util.UUID;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.evidence.EvidenceRepository;
import vn.kiemtra.core.inspection.InspectionDocumentFormat;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.inspection.UnitRepository;
import vn.kiemtra.core.minutes.MinutesService;
import vn.kiemtra.core.settings.SettingsRepository;

/**
 * What the front ends (window and commands) may use of one open database. Implemented by the
 * composition root; the front ends never see persistence, report or sync adapters.
 */
public interface Services extends AutoCloseable {
  ChecklistService checklists();

  InspectionService inspections();

  /** The office's own checklists: import, export, drafts, publish, withdraw, versions. */
  vn.kiemtra.core.checklist.TemplateService templates();

  /** New inspections from a published template: what is offered, and the start. */
  default vn.kiemtra.core.start.InspectionStarter starter() {
    return new vn.kiemtra.core.start.InspectionStarter(inspections(), templates(), settings());
  }

  EvidenceRepository evidence();

  SettingsRepository settings();

  UnitRepository units();

  InspectionDocumentFormat documentFormat();

  /** The minutes of inspections: render, sign and lock, verify, amend. */
  MinutesService minutes();

  /** Sync packages between laptops and the office: export, import, devices, conflicts. */
  vn.kiemtra.core.sync.SyncService sync();

  /** Backups, the edit journal and restore by hand. */
  vn.kiemtra.core.backup.BackupService backups();

  /** What recovery did when the database file did not open, if it had to. */
  java.util.Optional<vn.kiemtra.core.backup.RecoveryReport> recovery();

  /** This installation's device id. */
  UUID deviceId();

  /** Where the database file is, for messages. */
  java.nio.file.Path databaseFile();

  @Override
  void close();
}
