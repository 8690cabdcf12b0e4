package vn.kiemtra.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemtra.core.minutes.ContentFingerprint;

/**
 * Makes the exported PDF depend on its content only, so identical minutes give byte-identical files
 * and a re-rendered PDF can be compared with the stored signed one. OpenPDF writes three varying
 * things: the creation date, a random file identifier and random font-subset tags. Each is
 * rewritten in place with a value of the same length (so the cross-reference offsets stay valid):
 * the creation date is blanked out, the identifier becomes the content hash, and each subset tag is
 * derived from the font's name. Needs an uncompressed object layout (no object streams).
 */
final class DeterministicPdf {
  private static final Pattern CREATION_DATE = Pattern.compile("/CreationDate\\s*\\(D:[^)]*\\)");
  private static final Pattern FILE_ID =
      Pattern.compile("/ID \\[<([0-9a-fA-F]+)><([0-9a-fA-F]+)>\\]");
  private static final Pattern SUBSET_TAG =
      Pattern.compile("/(?:FontName|BaseFont)\\s*/([A-Z]{6})\\+([A-Za-z0-9-]+)");

  private DeterministicPdf() {}

  static byte[] fix(byte[] pdf, String contentHash) {
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    s = blank(CREATION_DATE, s);
    s = fileId(s, contentHash);
    s = subsetTags(s);
    byte[] out = s.getBytes(StandardCharsets.ISO_8859_1);
    if (out.length != pdf.length) {
      throw new IllegalStateException("PDF length changed while fixing metadata");
    }
    return out;
  }

  private static String blank(Pattern p, String s) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, " ".repeat(m.group().length()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String fileId(String s, String contentHash) {
    Matcher m = FILE_ID.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String id = hexOfLength(contentHash, m.group(1).length());
      m.appendReplacement(
          out, "/ID [<" + id + "><" + hexOfLength(contentHash, m.group(2).length()) + ">]");
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String hexOfLength(String hash, int length) {
    StringBuilder hex = new StringBuilder();
    while (hex.length() < length) {
      hex.append(hash);
    }
    return hex.substring(0, length);
  }

  private static String subsetTags(String s) {
    Map<String, String> tags = new LinkedHashMap<>();
    Matcher m = SUBSET_TAG.matcher(s);
    while (m.find()) {
      tags.computeIfAbsent(m.group(1), t -> tagFor(m.group(2), tags.size()));
    }
    for (Map.Entry<String, String> e : tags.entrySet()) {
      s = s.replace("/" + e.getKey() + "+", "/" + e.getValue() + "+");
    }
    return s;
  }

  /** Six capital letters from the hash of the font name and its position. */
  private static String tagFor(String fontName, int index) {
    String hash =
        ContentFingerprint.sha256Hex((fontName + "#" + index).getBytes(StandardCharsets.UTF_8));
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('A' + Integer.parseInt(hash.substring(2 * i, 2 * i + 2), 16) % 26));
    }
    return tag.toString();
  }
}
