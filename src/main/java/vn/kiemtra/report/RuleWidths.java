package vn.kiemtra.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lengths of the short rules under the issuing body and under the summary line: Decree 30 wants
 * them 1/3 to 1/2 as long as the text above. The text is measured with the embedded font and
 * wrapped as the template wraps it; the template holds a rule for every 10 pt, and the one nearest
 * to 40 % of the longest line is printed.
 */
final class RuleWidths {
  private static final String BOLD_FONT =
      "/com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Bold.ttf";
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static volatile Font bold;

  private RuleWidths() {}

  /** Rule under the issuing body: bold 12 pt in the 205 pt left column; 20–120 pt. */
  static int issuer(String issuingBody) {
    return rule(issuingBody, 12f, 205, 20, 120);
  }

  /** Rule under the summary line: bold 14 pt across the 467 pt column; 30–200 pt. */
  static int summary(String summary) {
    return rule(summary, 14f, 467, 30, 200);
  }

  private static int rule(String text, float size, double column, int min, int max) {
    if (text == null || text.isBlank()) {
      return min;
    }
    double longest = 0;
    for (String line : wrap(text, size, column)) {
      longest = Math.max(longest, width(line, size));
    }
    int rounded = (int) Math.round(longest * 0.4 / 10.0) * 10;
    return Math.max(min, Math.min(max, rounded));
  }

  /**
   * The issuing body broken into lines of balanced length, as a typist would set it ("ĐOÀN KIỂM TRA
   * CÔNG TÁC" / "CẢI CÁCH HÀNH CHÍNH"), instead of a full first line and a short second one.
   */
  static String balancedIssuer(String text) {
    if (text == null || text.isBlank()) {
      return text;
    }
    float size = 12f;
    double column = 205 - 4;
    if (width(text, size) <= column) {
      return text;
    }
    String[] words = text.trim().split("\\s+");
    String best = null;
    double bestWidth = Double.MAX_VALUE;
    for (int i = 1; i < words.length; i++) {
      String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
      String second = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
      double widest = Math.max(width(first, size), width(second, size));
      if (widest <= column && widest < bestWidth) {
        bestWidth = widest;
        best = first + "\n" + second;
      }
    }
    return best == null ? text : best;
  }

  /** Greedy word wrap, as the text layout of the template does it. */
  static List<String> wrap(String text, float size, double column) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.trim().split("\\s+")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (line.length() > 0 && width(candidate, size) > column) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  static double width(String text, float size) {
    return font().deriveFont(size).getStringBounds(text, FRC).getWidth();
  }

  private static Font font() {
    Font f = bold;
    if (f == null) {
      try (InputStream in = RuleWidths.class.getResourceAsStream(BOLD_FONT)) {
        if (in == null) {
          throw new IllegalStateException("missing font resource " + BOLD_FONT);
        }
        f = Font.createFont(Font.TRUETYPE_FONT, in);
        bold = f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(e);
      }
    }
    return f;
  }
}
