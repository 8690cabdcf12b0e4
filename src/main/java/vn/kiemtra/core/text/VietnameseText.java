package vn.kiemtra.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Unicode hygiene for Vietnamese text: NFC normalisation at every boundary, trimming of user input
 * and derived upper case for headers.
 */
public final class VietnameseText {

  /** The Vietnamese locale used for case mapping, collation and number rules. */
  public static final Locale VI = Locale.forLanguageTag("vi-VN");

  /** U+00D0 LATIN CAPITAL LETTER ETH, sometimes typed instead of "Đ". */
  private static final char ETH = '\u00D0';

  /** U+0110 LATIN CAPITAL LETTER D WITH STROKE, the Vietnamese "Đ". */
  private static final char D_STROKE = '\u0110';

  private VietnameseText() {}

  /**
   * Returns the text in Unicode NFC with the confusable U+00D0 "Ð" mapped to U+0110 "Đ". The
   * lower-case eth U+00F0 is left alone because it has no Vietnamese look-alike. Never trims.
   *
   * @param s any text, may be {@code null}
   * @return the normalised text, or {@code null} when {@code s} is {@code null}
   */
  public static String nfc(String s) {
    if (s == null) {
      return null;
    }
    String normalised =
        Normalizer.isNormalized(s, Normalizer.Form.NFC)
            ? s
            : Normalizer.normalize(s, Normalizer.Form.NFC);
    return normalised.indexOf(ETH) < 0 ? normalised : normalised.replace(ETH, D_STROKE);
  }

  /**
   * Cleans a value typed or imported by a user: {@link #nfc(String)}, then strips leading and
   * trailing white space (including no-break spaces and a byte-order mark, which arrive with text
   * pasted from Word or web pages).
   *
   * @param s any text, may be {@code null}
   * @return the cleaned text, or {@code null} when {@code s} is {@code null} or blank
   */
  public static String clean(String s) {
    String normalised = nfc(s);
    if (normalised == null) {
      return null;
    }
    int start = 0;
    int end = normalised.length();
    while (start < end && isSpace(normalised.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(normalised.charAt(end - 1))) {
      end--;
    }
    return start == end ? null : normalised.substring(start, end);
  }

  /**
   * Upper-cases with the Vietnamese locale, for headers such as the issuing body or "BIÊN BẢN"; the
   * result is NFC even when the input is decomposed.
   *
   * @param s any text, may be {@code null}
   * @return the upper-case NFC text, or {@code null} when {@code s} is {@code null}
   */
  public static String upper(String s) {
    return s == null ? null : nfc(nfc(s).toUpperCase(VI));
  }

  /**
   * Tells whether the text is already in the form {@link #nfc(String)} produces: Unicode NFC and
   * free of U+00D0. {@code null} counts as normalised.
   *
   * @param s any text, may be {@code null}
   * @return {@code true} when {@code nfc(s)} would return an equal string
   */
  public static boolean isNfc(String s) {
    return s == null || (Normalizer.isNormalized(s, Normalizer.Form.NFC) && s.indexOf(ETH) < 0);
  }

  /** White space as users produce it: Java white space, no-break spaces and U+FEFF. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** Splits NFC text into words at runs of {@link #isSpace(char)} characters. */
  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(s.substring(start, i));
      }
    }
    return words;
  }
}
