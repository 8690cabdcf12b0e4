package vn.kiemtra.core.inspection;

import java.util.List;
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

/** Use cases on inspections: record, import, list, score, trash. */
public final class InspectionService {
  private static final Messages MSG = Messages.of("messages");

  private final InspectionRepository repository;
  private final ChecklistService checklists;
  private final InspectionValidator validator = new InspectionValidator();
  private final ScoreCalculator calculator = new ScoreCalculator();

  public InspectionService(InspectionRepository repository, ChecklistService checklists) {
    this.repository = repository;
    this.checklists = checklists;
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
    return repository.save(inspection);
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

  /** Moves an inspection to the trash; signed minutes stay. */
  public void delete(UUID id) {
    StoredInspection stored = require(id);
    if (stored.inspection().status().isLocked()) {
      throw new DomainException(MSG.get("inspection.deleteLocked"));
    }
    repository.delete(id);
  }

  public void restore(UUID id) {
    repository.restore(id);
  }
}
