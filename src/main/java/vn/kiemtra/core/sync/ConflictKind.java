package vn.kiemtra.core.sync;

/** Why a field could not be merged by itself. */
public enum ConflictKind {
  /** Both sides changed the field since their common history. */
  BOTH_CHANGED,
  /** One side deleted the row while the other changed it: the row stays deleted. */
  DELETED_CHANGED,
  /** The inspection is signed (locked) here: the incoming change was kept aside, not applied. */
  LOCKED
}
