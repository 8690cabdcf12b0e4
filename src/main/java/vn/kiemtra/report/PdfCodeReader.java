package vn.kiemtra.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the verification code in a PDF: first in the keywords the renderer writes into the document
 * information, then in the footer text of the first page (for a file whose metadata was stripped by
 * another program).
 */
final class PdfCodeReader {
  static final String KEYWORD_PREFIX = "kiemtra-verification-code:";
  private static final Pattern CODE = Pattern.compile("([0-9A-Z]{5}-[0-9A-Z]{5})");
  private static final Pattern FOOTER = Pattern.compile("xác thực:\\s*([0-9A-Z]{5}-[0-9A-Z]{5})");

  private PdfCodeReader() {}

  static Optional<String> read(byte[] pdf) {
    PdfReader reader;
    try {
      reader = new PdfReader(pdf);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    try {
      Map<String, String> info = reader.getInfo();
      String keywords = info == null ? null : info.get("Keywords");
      if (keywords != null && keywords.contains(KEYWORD_PREFIX)) {
        Matcher m = CODE.matcher(keywords.substring(keywords.indexOf(KEYWORD_PREFIX)));
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
      if (reader.getNumberOfPages() > 0) {
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        Matcher m = FOOTER.matcher(text == null ? "" : text);
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } finally {
      reader.close();
    }
  }
}
