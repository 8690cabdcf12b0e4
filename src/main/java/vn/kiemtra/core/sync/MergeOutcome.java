package vn.kiemtra.core.sync;

import java.util.List;

/**
 * The result of merging an incoming row into the local one.
 *
 * @param result the row to store, or null when nothing is to be written
 * @param change what happened, for the reconciliation
 * @param conflicts fields that could not be merged (both values kept in the conflict)
 */
public record MergeOutcome(SyncRow result, Change change, List<FieldConflict> conflicts) {
  /** How the local row changed. */
  public enum Change {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  /** One unmerged field: the two values and the devices whose writes they are. */
  public record FieldConflict(
      ConflictKind kind,
      String field,
      String localValue,
      Dot localDot,
      String incomingValue,
      Dot incomingDot,
      String keptValue) {}
}
