package vn.kiemtra.core.minutes;

/**
 * A laid-out document (minutes, and annex if chosen), ready to be shown, exported or printed.
 * Laying out is the expensive step; the outputs below reuse it.
 */
public interface RenderedMinutes {
  /** The content this was laid out from. */
  MinutesContent content();

  int pageCount();

  /** The PDF; identical bytes for identical content (fixed dates, ids and font subset tags). */
  byte[] pdf();

  /** A DOCX that Word opens for editing. */
  byte[] docx();

  /**
   * One page as a PNG image.
   *
   * @param pageIndex 0-based, across the minutes and the annex
   * @param scale 1.0 = 72 dpi
   */
  byte[] pageImage(int pageIndex, double scale);

  /** Sends the document to a printer. */
  void print(PrintRequest request);
}
