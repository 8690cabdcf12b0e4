package vn.kiemtra.core.checklist;

/** A template is edited as a draft and frozen once published. */
public enum TemplateStatus {
  DRAFT,
  PUBLISHED
}
