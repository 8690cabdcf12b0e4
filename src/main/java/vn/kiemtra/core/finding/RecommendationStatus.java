package vn.kiemtra.core.finding;

/** Follow-up state of a recommendation. "Overdue" is derived from the due date, not stored. */
public enum RecommendationStatus {
  OPEN,
  IN_PROGRESS,
  DONE
}
