package vn.kiemtra.core.answer;

/** The judged outcome of a criterion. */
public enum Result {
  PASS,
  PARTIAL,
  FAIL,
  NOT_APPLICABLE
}
