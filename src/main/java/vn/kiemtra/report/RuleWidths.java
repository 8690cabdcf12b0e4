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
  /** The faces of the embedded Times New Roman (Liberation Serif) the header uses. */
  enum Face {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf");

    private final String resource;
    private volatile Font font;

    Face(String file) {
      this.resource = "/com/mpobjects/jasperreports/fonts/liberation/" + file;
    }
  }

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private RuleWidths() {}

  /** Rule under the issuing body: bold 12 pt in the 205 pt left column; 20–120 pt. */
  static Integer issuer(String issuingBody) {
    return rule(issuingBody, 12f, 205, 20, 120);
  }

  /** Rule under the summary line: bold 14 pt across the 467 pt column; 30–200 pt. */
  static Integer summary(String summary) {
    return rule(summary, 14f, 467, 30, 200);
  }

  private static Integer rule(String text, float size, double column, int min, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    double longest = 0;
    for (String line : wrap(text, size, column)) {
      longest = Math.max(longest, width(line, size));
    }
    int rounded = (int) Math.round(longest * 0.4 / 10.0) * 10;
    return Math.max(min, Math.min(max, rounded));
  }

  /** Greedy word wrap, as the text layout of the template does it. */
  static List<String> wrap(String text, float size, double column) {
    return wrap(text, Face.BOLD, size, column);
  }

  static List<String> wrap(String text, Face face, float size, double column) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.trim().split("\\s+")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (line.length() > 0 && width(candidate, face, size) > column) {
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
    return width(text, Face.BOLD, size);
  }

  static double width(String text, Face face, float size) {
    return font(face).deriveFont(size).getStringBounds(text, FRC).getWidth();
  }

  private static Font font(Face face) {
    Font f = face.font;
    if (f == null) {
      try (InputStream in = RuleWidths.class.getResourceAsStream(face.resource)) {
        if (in == null) {
          throw new IllegalStateException("missing font resource " + face.resource);
        }
        f = Font.createFont(Font.TRUETYPE_FONT, in);
        face.font = f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(e);
      }
    }
    return f;
  }
}
