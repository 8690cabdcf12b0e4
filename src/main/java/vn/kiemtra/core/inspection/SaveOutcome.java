package vn.kiemtra.core.inspection;

/** What a save did: created a new inspection, recorded a new revision, or found nothing changed. */
public record SaveOutcome(Kind kind, int revision, int rowsChanged) {
  /** The three things a save can do. */
  public enum Kind {
    CREATED,
    UPDATED,
    UNCHANGED
  }
}
