package vn.kiemtra.core.checklist;

/**
 * Where a template is in its life: edited as a draft, frozen once published, and withdrawn when no
 * new inspection may start from it (inspections that use it keep it).
 */
public enum TemplateStatus {
  DRAFT,
  PUBLISHED,
  WITHDRAWN;

  /** Whether the content is frozen (published or withdrawn). */
  public boolean isFrozen() {
    return this != DRAFT;
  }
}
