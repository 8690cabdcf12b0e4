package vn.kiemtra.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What an office's Word needs in the DOCX: Decree 30 section margins, A4, a PAGE field. */
final class WordCheck {
  private WordCheck() {}

  static String part(byte[] docx, String name) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      StringBuilder all = new StringBuilder();
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().matches(name)) {
          all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Margins 20/20/30/15 mm and A4 in the section settings, PAGE in a header, no frames. */
  static boolean sectionMarginsAndPageField(byte[] docx) {
    String document = part(docx, "word/document.xml");
    String headers = part(docx, "word/header\\d*\\.xml");
    return document.contains("w:top=\"1134\"")
        && document.contains("w:bottom=\"1134\"")
        && document.contains("w:left=\"1701\"")
        && document.contains("w:right=\"851\"")
        && document.contains("w:w=\"11906\"")
        && document.contains("Times New Roman")
        && !document.contains("<w:framePr")
        && !document.contains("wp:anchor")
        && headers.contains(" PAGE ");
  }
}
