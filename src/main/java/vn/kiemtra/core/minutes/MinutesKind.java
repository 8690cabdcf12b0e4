package vn.kiemtra.core.minutes;

/**
 * The documents a visit can produce: the minutes, after signing an amendment to them, and the
 * checklist annex printed on its own for minutes signed without it.
 */
public enum MinutesKind {
  /** Biên bản kiểm tra. */
  MINUTES,
  /** Biên bản bổ sung: a correction made after the minutes were signed. */
  AMENDMENT,
  /** Phụ lục: the checklist annex alone, a separate document citing the signed minutes. */
  ANNEX
}
