package vn.kiemtra.core.inspection;

/** Lifecycle of an inspection: planned, on site, minutes ready, minutes signed (locked). */
public enum InspectionStatus {
  PLANNED,
  IN_PROGRESS,
  READY_TO_SIGN,
  SIGNED;

  public boolean isLocked() {
    return this == SIGNED;
  }
}
