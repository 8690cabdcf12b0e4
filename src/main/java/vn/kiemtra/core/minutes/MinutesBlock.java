package vn.kiemtra.core.minutes;

/**
 * One paragraph of the body, in reading order. Every block flows onto the next page when it does
 * not fit, so no text is ever clipped.
 *
 * @param kind how the paragraph is set
 * @param lead a run printed in bold before the text (e.g. "Thời gian:"), or null
 * @param text the paragraph text, NFC
 */
public record MinutesBlock(Kind kind, String lead, String text) {
  /** The ways a paragraph is set. */
  public enum Kind {
    /** A section heading in capitals, bold: "I. THÀNH PHẦN". */
    SECTION,
    /** A numbered heading, bold: "1. Đoàn kiểm tra:". */
    HEADING,
    /** A lettered sub-heading, italic: "a) Kết quả đạt được:". */
    SUBHEADING,
    /** Justified body text with a first-line indent. */
    PARAGRAPH
  }

  public static MinutesBlock section(String text) {
    return new MinutesBlock(Kind.SECTION, null, text);
  }

  public static MinutesBlock heading(String text) {
    return new MinutesBlock(Kind.HEADING, null, text);
  }

  public static MinutesBlock subheading(String text) {
    return new MinutesBlock(Kind.SUBHEADING, null, text);
  }

  public static MinutesBlock paragraph(String text) {
    return new MinutesBlock(Kind.PARAGRAPH, null, text);
  }

  public static MinutesBlock paragraph(String lead, String text) {
    return new MinutesBlock(Kind.PARAGRAPH, lead, text);
  }
}
