package vn.kiemtra.core.minutes;

/**
 * Choices for one rendering of the minutes.
 *
 * @param includeAnnex append the checklist annex (results and scores, own page numbering)
 */
public record MinutesOptions(boolean includeAnnex) {
  public static MinutesOptions standard() {
    return new MinutesOptions(false);
  }

  public static MinutesOptions withAnnex() {
    return new MinutesOptions(true);
  }
}
