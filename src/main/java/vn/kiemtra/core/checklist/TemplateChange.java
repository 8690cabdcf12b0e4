package vn.kiemtra.core.checklist;

/**
 * One difference between two versions of a template.
 *
 * @param code the criterion or area code it concerns, or the template's code for its own fields
 * @param text one Vietnamese sentence a clerk can read
 */
public record TemplateChange(Kind kind, String code, String text) {
  /** What changed. */
  public enum Kind {
    TEMPLATE_CHANGED,
    AREA_ADDED,
    AREA_REMOVED,
    AREA_RENAMED,
    ADDED,
    REMOVED,
    REWORDED,
    RESCORED,
    MOVED,
    TYPE_CHANGED,
    RULES_CHANGED
  }
}
