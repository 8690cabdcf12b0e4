package vn.kiemtra.core.inspection;

import java.time.LocalDate;

/**
 * The years an inspection's dates may fall in. Anything outside is a typing or file error (year
 * 0000 would otherwise be stored as year 0001), so it is refused rather than stored.
 */
public final class DateLimits {
  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2100;

  private DateLimits() {}

  /** True when the date is absent or falls in {@value #FIRST_YEAR}–{@value #LAST_YEAR}. */
  public static boolean sane(LocalDate date) {
    return date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR);
  }
}
