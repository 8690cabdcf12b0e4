package vn.kiemtra.core.minutes;

/** The two documents a visit can produce: the minutes and, after signing, an amendment to them. */
public enum MinutesKind {
  /** Biên bản kiểm tra. */
  MINUTES,
  /** Biên bản bổ sung: a correction made after the minutes were signed. */
  AMENDMENT
}
