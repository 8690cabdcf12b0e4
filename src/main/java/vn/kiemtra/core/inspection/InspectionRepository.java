package vn.kiemtra.core.inspection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored inspections. A save compares with what is stored and touches only the rows that changed:
 * each changed row gets a new revision; removed children become tombstones.
 */
public interface InspectionRepository {
  Optional<StoredInspection> find(UUID id);

  /** Inspections not in the trash, newest first. */
  List<InspectionSummary> list();

  /** Inspections in the trash. */
  List<InspectionSummary> listDeleted();

  /**
   * The checklist and answers of each of these inspections not in the trash (an id not stored, or
   * in the trash, is left out): what a list needs to show their scores, without loading each whole
   * inspection. This default loads them one by one; a database reads them in a few queries.
   */
  default Map<UUID, ScoringSheet> scoringSheets(Collection<UUID> ids) {
    Map<UUID, ScoringSheet> sheets = new LinkedHashMap<>();
    for (UUID id : ids) {
      find(id)
          .map(StoredInspection::inspection)
          .ifPresent(i -> sheets.put(id, new ScoringSheet(i.template(), i.answers())));
    }
    return sheets;
  }

  /** Stores the inspection in one transaction, made on the given device. */
  SaveOutcome save(Inspection inspection);

  /**
   * Stores an edit in one transaction if, inside that transaction, the stored aggregate still has
   * {@code expectedVersion} and is not signed; otherwise writes nothing and returns {@link
   * SaveOutcome.Kind#STALE} or {@link SaveOutcome.Kind#LOCKED}. The check reads the version and the
   * status only, never the whole aggregate.
   */
  SaveOutcome save(Inspection inspection, long expectedVersion);

  /** Moves the inspection to the trash (a tombstone). */
  void delete(UUID id);

  /** Takes the inspection back out of the trash. */
  void restore(UUID id);
}
