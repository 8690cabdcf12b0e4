package vn.kiemtra.core.checklist;

/** The kind of unit a template is meant for (cấp): sở, xã/phường, or another. */
public enum TemplateLevel {
  /** Sở, ban, ngành. */
  SO,
  /** Xã, phường, đặc khu. */
  XA,
  /** Any other level. */
  KHAC
}
