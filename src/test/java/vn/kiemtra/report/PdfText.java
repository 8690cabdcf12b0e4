package vn.kiemtra.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text of a PDF with PDFBox, whole and per page, in content order. */
final class PdfText {
  private PdfText() {}

  static String all(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The running text: every page without its page number line and its footer line, so a paragraph
   * that flows onto the next page reads as one.
   */
  static String running(List<String> pages, String footer) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < pages.size(); p++) {
      List<String> lines = new ArrayList<>(pages.get(p).strip().lines().toList());
      if (p > 0 && !lines.isEmpty() && lines.get(0).strip().equals(Integer.toString(p + 1))) {
        lines.remove(0);
      }
      lines.removeIf(l -> l.strip().equals(footer));
      out.append(String.join("\n", lines)).append('\n');
    }
    return out.toString();
  }

  static List<String> pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
