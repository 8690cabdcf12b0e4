package vn.kiemtra.core.inspection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.scoring.InspectionScore;
import vn.kiemtra.core.scoring.ScoreCalculator;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.ValidationException;
import vn.kiemtra.core.shared.ValidationException.Problem;

/**
 * Use cases on inspections: record, import, list, score, trash, and the editing sessions of open
 * inspections. Every committed change is announced through {@link InspectionChanges}.
 */
public final class InspectionService {
  private static final Messages MSG = Messages.of("messages");

  private final InspectionRepository repository;
  private final ChecklistService checklists;
  private final InspectionChanges changes;
  private final EditingSessions sessions = new EditingSessions(this);
  private final InspectionValidator validator = new InspectionValidator();
  private final ScoreCalculator calculator = new ScoreCalculator();

  public InspectionService(InspectionRepository repository, ChecklistService checklists) {
    this(repository, checklists, new InspectionChangeBus());
  }

  public InspectionService(
      InspectionRepository repository, ChecklistService checklists, InspectionChanges changes) {
    this.repository = repository;
    this.checklists = checklists;
    this.changes = changes;
  }

  /** Where committed changes of inspections are announced. */
  public InspectionChanges changes() {
    return changes;
  }

  /** The editing sessions of open inspections. */
  public EditingSessions sessions() {
    return sessions;
  }

  /**
   * Stores the unsaved edits of the inspection's open editing session, if one is open (before
   * signing, so the signed minutes hold what is on screen).
   */
  public void flushEdits(UUID id) {
    sessions.find(id).ifPresent(EditingSession::flush);
  }

  public Optional<StoredInspection> find(UUID id) {
    return repository.find(id);
  }

  /** The inspection, or a message naming the id that was not found. */
  public StoredInspection require(UUID id) {
    return repository
        .find(id)
        .orElseThrow(() -> new DomainException(MSG.get("inspection.notFound", id)));
  }

  public List<InspectionSummary> list() {
    return repository.list();
  }

  public List<InspectionSummary> trash() {
    return repository.listDeleted();
  }

  /**
   * Records the inspection as given: new, or a new revision of the stored one. Checks it against
   * its template first, and refuses to change signed minutes. Saving the same content again changes
   * nothing.
   */
  public SaveOutcome save(Inspection inspection) {
    ChecklistTemplate template = checklists.require(inspection.template());
    requirePublished(template);
    List<Problem> problems = validator.check(inspection, template);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    repository
        .find(inspection.id())
        .ifPresent(
            stored -> {
              Inspection old = stored.inspection();
              if (old.status().isLocked()
                  && !old.equals(inspection)
                  && !isOfficeNumbering(old, inspection)) {
                throw new DomainException(MSG.get("inspection.locked", old.title()));
              }
              if (!old.template().equals(inspection.template())) {
                throw new ValidationException(
                    "inspection.template",
                    MSG.get("inspection.templateChange", old.template(), inspection.template()));
              }
            });
    SaveOutcome outcome = repository.save(inspection);
    announce(inspection.id(), outcome, InspectionChanged.Kind.SAVED, null);
    return outcome;
  }

  /** An inspection never uses a draft: its criteria may still change. */
  private static void requirePublished(ChecklistTemplate template) {
    if (template.status() == vn.kiemtra.core.checklist.TemplateStatus.DRAFT) {
      throw new ValidationException(
          "inspection.template",
          vn.kiemtra.core.shared.Messages.of("templates")
              .get("service.draftTemplate", template.ref(), template.code(), template.version()));
    }
  }

  /**
   * Stores an edit made on {@code expectedVersion} of the stored inspection. The repository checks,
   * inside the save's transaction, that the version is still the stored one and that the inspection
   * is not signed; otherwise nothing is written and the outcome says why. Checks the edit against
   * its template first (cached, nothing is read).
   *
   * @param origin the editing session making the edit, named in the announcement
   */
  public SaveOutcome saveEdit(Inspection inspection, long expectedVersion, Object origin) {
    List<Problem> problems = validator.check(inspection, templateOf(inspection));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    SaveOutcome outcome = repository.save(inspection, expectedVersion);
    announce(inspection.id(), outcome, InspectionChanged.Kind.SAVED, origin);
    return outcome;
  }

  /**
   * Locks an inspection whose minutes are being signed: {@code save} stores {@code signedState}
   * together with the signed record in one transaction, only if the stored inspection is still at
   * {@code expectedVersion}, the one the minutes were made from. Refuses with the user's message
   * when it moved on or is already locked (nothing was written then); announces {@link
   * InspectionChanged.Kind#SIGNED} once the transaction committed.
   */
  public SaveOutcome lockSigned(Inspection signedState, long expectedVersion, LockingSave save) {
    if (signedState.status() != InspectionStatus.SIGNED) {
      throw new IllegalArgumentException("not a signed state");
    }
    SaveOutcome outcome = save.save(signedState, expectedVersion);
    if (outcome.kind() == SaveOutcome.Kind.STALE) {
      throw new DomainException(
          Messages.of("editing").get("session.changedWhileSigning", signedState.title()));
    }
    if (outcome.kind() == SaveOutcome.Kind.LOCKED) {
      throw new DomainException(MSG.get("inspection.locked", signedState.title()));
    }
    announce(signedState.id(), outcome, InspectionChanged.Kind.SIGNED, null);
    return outcome;
  }

  /** Announces a change that a use case outside this service made (an amendment, a merge). */
  public void announce(UUID id, InspectionChanged.Kind kind) {
    changes.publish(new InspectionChanged(id, 0, kind));
  }

  private void announce(UUID id, SaveOutcome outcome, InspectionChanged.Kind kind, Object origin) {
    if (outcome.kind() == SaveOutcome.Kind.CREATED || outcome.kind() == SaveOutcome.Kind.UPDATED) {
      changes.publish(new InspectionChanged(id, outcome.version(), kind, origin));
    }
  }

  /**
   * Decree 30 (Art. 15): the clerical office numbers paper minutes after they are signed. Giving a
   * signed inspection its first document number is the one change the lock allows.
   */
  static boolean isOfficeNumbering(Inspection signed, Inspection changed) {
    return signed.documentNumber() == null
        && changed.documentNumber() != null
        && changed.documentNumber() > 0
        && signed.toBuilder().documentNumber(changed.documentNumber()).build().equals(changed);
  }

  public ChecklistTemplate templateOf(Inspection inspection) {
    return checklists.require(inspection.template());
  }

  public InspectionScore score(Inspection inspection) {
    return calculator.score(templateOf(inspection), inspection.answers());
  }

  /**
   * The scores of these inspections (those stored and not in the trash), their answers read
   * together: what the inspection lists show, one query for many rows.
   */
  public Map<UUID, InspectionScore> scores(Collection<UUID> ids) {
    Map<UUID, InspectionScore> scores = new LinkedHashMap<>();
    repository
        .scoringSheets(ids)
        .forEach(
            (id, sheet) ->
                scores.put(
                    id, calculator.score(checklists.require(sheet.template()), sheet.answers())));
    return scores;
  }

  /** The score against a template already at hand; pure. */
  public InspectionScore score(Inspection inspection, ChecklistTemplate template) {
    return calculator.score(template, inspection.answers());
  }

  /** Moves an inspection to the trash; signed minutes stay. */
  public void delete(UUID id) {
    StoredInspection stored = require(id);
    if (stored.inspection().status().isLocked()) {
      throw new DomainException(MSG.get("inspection.deleteLocked"));
    }
    repository.delete(id);
    announce(id, InspectionChanged.Kind.TRASHED);
  }

  public void restore(UUID id) {
    repository.restore(id);
    announce(id, InspectionChanged.Kind.TRASHED);
  }
}
