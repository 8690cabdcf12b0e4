package vn.kiemtra.core.inspection;

/**
 * What a save did: created a new inspection, recorded a new revision, found nothing changed, or
 * (for an edit saved against a version) refused because the stored inspection moved on or is
 * locked.
 *
 * @param version the aggregate version after the save ({@link StoredInspection#version()}); for
 *     {@link Kind#STALE} and {@link Kind#LOCKED} the version found stored
 */
public record SaveOutcome(Kind kind, int revision, int rowsChanged, long version) {
  /** The things a save can do. */
  public enum Kind {
    CREATED,
    UPDATED,
    UNCHANGED,
    /** Not written: the stored inspection changed since the version the edit was based on. */
    STALE,
    /** Not written: the inspection is signed. */
    LOCKED
  }

  public SaveOutcome(Kind kind, int revision, int rowsChanged) {
    this(kind, revision, rowsChanged, revision);
  }

  /** Whether the inspection was written (or already held this content). */
  public boolean stored() {
    return kind != Kind.STALE && kind != Kind.LOCKED;
  }
}
