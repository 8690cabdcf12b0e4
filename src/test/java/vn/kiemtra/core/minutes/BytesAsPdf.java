package vn.kiemtra.core.minutes;

/**
 * Test minutes whose "PDF" is the given bytes (a text naming what it was made from), for rules that
 * never open a real PDF; DOCX, page images and printing are not offered.
 */
public final class BytesAsPdf implements RenderedMinutes {
  private final MinutesContent content;
  private final byte[] pdf;

  public BytesAsPdf(MinutesContent content, byte[] pdf) {
    this.content = content;
    this.pdf = pdf.clone();
  }

  @Override
  public MinutesContent content() {
    return content;
  }

  @Override
  public int pageCount() {
    return 1;
  }

  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  @Override
  public byte[] docx() {
    throw new UnsupportedOperationException("no DOCX in this test");
  }

  @Override
  public byte[] pageImage(int pageIndex, double scale) {
    throw new UnsupportedOperationException("no page images in this test");
  }

  @Override
  public void print(PrintRequest request) {
    throw new UnsupportedOperationException("no printing in this test");
  }
}
