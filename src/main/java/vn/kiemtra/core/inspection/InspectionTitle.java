package vn.kiemtra.core.inspection;

import vn.kiemtra.core.text.VietnameseText;

/**
 * The subject and the place of an inspection's title as the minutes print them ("Biên bản kiểm tra
 * … tại {place}"). A title that already ends with "tại …" keeps its own place, so the minutes never
 * read "tại Sở Nội vụ tại Sở Nội vụ"; otherwise the place is the inspected unit's name.
 *
 * @param subject the title without a trailing "tại …"
 * @param place where, from the title or the unit; empty when neither names one
 */
public record InspectionTitle(String subject, String place) {
  private static final String AT = " tại ";

  /** Splits the title; {@code unitName} is the place when the title names none. */
  public static InspectionTitle of(String title, String unitName) {
    String t = clean(title);
    String unit = clean(unitName);
    int at = t.toLowerCase(VietnameseText.VI).lastIndexOf(AT);
    if (at > 0 && !t.substring(at + AT.length()).isBlank()) {
      return new InspectionTitle(t.substring(0, at).strip(), t.substring(at + AT.length()).strip());
    }
    return new InspectionTitle(t, unit);
  }

  private static String clean(String s) {
    String c = VietnameseText.clean(s);
    return c == null ? "" : c;
  }
}
