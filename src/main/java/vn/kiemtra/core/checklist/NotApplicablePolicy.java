package vn.kiemtra.core.checklist;

/** What a "không áp dụng" answer does to the score; provinces differ, so templates choose. */
public enum NotApplicablePolicy {
  /** The criterion's points leave the maximum; the total is re-normalised to 100. */
  EXCLUDE_FROM_MAX,
  /** The criterion earns its full points. */
  FULL_SCORE
}
