package vn.kiemtra.core.backup;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionDocumentFormat;
import vn.kiemtra.core.inspection.InspectionRepository;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.inspection.ScoringSheet;
import vn.kiemtra.core.inspection.StoredInspection;

/**
 * Stored inspections whose every change is also appended to the edit journal once the database
 * committed it, before the save returns (and so before the window says "Đã lưu"). A journal that
 * cannot be written (a full disk) never fails the save: the safety net reports it instead.
 */
public final class JournalingInspectionRepository implements InspectionRepository {
  private final InspectionRepository stored;
  private final EditJournal journal;
  private final InspectionDocumentFormat format;
  private final Function<TemplateRef, ChecklistTemplate> templates;
  private final SafetyNet net;

  public JournalingInspectionRepository(
      InspectionRepository stored,
      EditJournal journal,
      InspectionDocumentFormat format,
      Function<TemplateRef, ChecklistTemplate> templates,
      SafetyNet net) {
    this.stored = stored;
    this.journal = journal;
    this.format = format;
    this.templates = templates;
    this.net = net;
  }

  @Override
  public Optional<StoredInspection> find(UUID id) {
    return stored.find(id);
  }

  @Override
  public List<InspectionSummary> list() {
    return stored.list();
  }

  @Override
  public Map<UUID, ScoringSheet> scoringSheets(Collection<UUID> ids) {
    return stored.scoringSheets(ids);
  }

  @Override
  public List<InspectionSummary> listDeleted() {
    return stored.listDeleted();
  }

  @Override
  public SaveOutcome save(Inspection inspection) {
    return journaled(inspection, () -> stored.save(inspection), version -> {});
  }

  @Override
  public SaveOutcome save(Inspection inspection, long expectedVersion) {
    return journaled(inspection, () -> stored.save(inspection, expectedVersion), version -> {});
  }

  /**
   * Runs a write that stores {@code inspection} and records it once committed. The document is
   * written out before the commit, so that the time between the commit and the journal's forced
   * write is as short as it can be.
   *
   * @param alsoStored records what else the write stored (the signed minutes), given the version
   *     the inspection reached, before the inspection's entry: that entry completes the change
   */
  SaveOutcome journaled(
      Inspection inspection,
      java.util.function.Supplier<SaveOutcome> write,
      java.util.function.LongConsumer alsoStored) {
    java.util.function.Supplier<byte[]> body = writtenOut(inspection);
    SaveOutcome outcome = JournalScope.call(write);
    if (outcome.kind() == SaveOutcome.Kind.CREATED || outcome.kind() == SaveOutcome.Kind.UPDATED) {
      alsoStored.accept(outcome.version());
      record(
          JournalEntry.Kind.INSPECTION_SAVED,
          inspection.id(),
          Map.of(
              "title",
              inspection.title() == null ? "" : inspection.title(),
              "version",
              Long.toString(outcome.version())),
          body);
      if (inspection.status() == InspectionStatus.SIGNED) {
        ReplayScope.afterReplay(() -> net.minutesSigned(inspection.id(), inspection.title()));
      }
    }
    return outcome;
  }

  @Override
  public void delete(UUID id) {
    JournalScope.run(() -> stored.delete(id));
    record(JournalEntry.Kind.INSPECTION_DELETED, id, Map.of(), () -> new byte[0]);
  }

  @Override
  public void restore(UUID id) {
    JournalScope.run(() -> stored.restore(id));
    record(JournalEntry.Kind.INSPECTION_RESTORED, id, Map.of(), () -> new byte[0]);
  }

  /** The document, or its failure kept for the journal to report: it never fails the save. */
  private java.util.function.Supplier<byte[]> writtenOut(Inspection inspection) {
    try {
      byte[] bytes = document(inspection);
      return () -> bytes;
    } catch (RuntimeException e) {
      return () -> {
        throw e;
      };
    }
  }

  private byte[] document(Inspection inspection) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    format.write(inspection, templates.apply(inspection.template()), out);
    return out.toByteArray();
  }

  /** Appends one entry; a journal that cannot be written is reported, never fails the save. */
  void record(
      JournalEntry.Kind kind,
      UUID subject,
      Map<String, String> header,
      java.util.function.Supplier<byte[]> body) {
    try {
      journal.append(kind, subject, header, body.get());
      net.journalWritten();
    } catch (RuntimeException e) {
      net.journalFailed(e);
    }
  }
}
