package vn.kiemtra.report;

import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.util.JRStringUtil;
import vn.kiemtra.core.minutes.NameParts;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Sets a header text (governing body, issuing body, summary line, signer's title, place and date)
 * into lines that break only between the parts of {@link NameParts}, measured with the embedded
 * font, so the template never has to wrap it. When it cannot fit in the lines allowed, the Decree
 * 30 short form of the governing body is used ("UBND TỈNH …"), then the font steps down by 1 pt; a
 * word is never split.
 */
final class HeaderFit {
  /** One fitted text: its lines joined by line breaks and the font size to print them in. */
  record Fitted(String text, float size, boolean shortened) {
    /** JasperReports styled text: the lines, with the size when it differs from the template's. */
    String styled(float templateSize) {
      String escaped = JRStringUtil.xmlEncode(text);
      return size == templateSize
          ? escaped
          : "<style size=\"" + (int) size + "\">" + escaped + "</style>";
    }
  }

  /** Room left so the template's own measurement never wraps a fitted line again. */
  private static final double SLACK = 3;

  private HeaderFit() {}

  /** The governing body: at most two lines, else "UBND …", else 1 pt smaller. */
  static Fitted governingBody(String text, double width) {
    if (text == null) {
      return null;
    }
    Fitted f = fit(text, RuleWidths.Face.REGULAR, 12f, width, 2);
    if (f != null) {
      return f;
    }
    String shortForm = shortForm(text);
    f = fit(shortForm, RuleWidths.Face.REGULAR, 12f, width, 2);
    if (f != null) {
      return new Fitted(f.text(), f.size(), true);
    }
    f = fit(shortForm, RuleWidths.Face.REGULAR, 11f, width, 3);
    return f != null ? f : forced(shortForm, RuleWidths.Face.REGULAR, 11f, width);
  }

  /** A text that may take up to {@code lines} lines at {@code size}, else 1 pt smaller. */
  static Fitted text(String text, RuleWidths.Face face, float size, double width, int lines) {
    if (text == null) {
      return null;
    }
    List<String> fitted = new ArrayList<>();
    float used = size;
    for (String paragraph : text.split("\n")) {
      Fitted f = fit(paragraph, face, size, width, lines);
      if (f == null) {
        f = fit(paragraph, face, size - 1, width, lines + 1);
      }
      if (f == null) {
        f = forced(paragraph, face, size - 1, width);
      }
      used = Math.min(used, f.size());
      fitted.add(f.text());
    }
    if (used < size) {
      // one size for the whole block: refit every paragraph at the smaller size
      List<String> again = new ArrayList<>();
      for (String paragraph : text.split("\n")) {
        Fitted f = fit(paragraph, face, used, width, lines + 1);
        again.add(f == null ? forced(paragraph, face, used, width).text() : f.text());
      }
      return new Fitted(String.join("\n", again), used, false);
    }
    return new Fitted(String.join("\n", fitted), size, false);
  }

  /**
   * The parts set in the fewest lines (at most {@code maxLines}) that fit, balanced so the longest
   * line is as short as it can be; null when they cannot fit.
   */
  static Fitted fit(String text, RuleWidths.Face face, float size, double width, int maxLines) {
    List<String> parts = NameParts.of(text);
    if (parts.isEmpty()) {
      return new Fitted("", size, false);
    }
    double room = width - SLACK;
    for (int lines = 1; lines <= Math.min(maxLines, parts.size()); lines++) {
      List<String> best = best(parts, 0, lines, face, size, room);
      if (best != null) {
        return new Fitted(String.join("\n", best), size, false);
      }
    }
    return null;
  }

  /** Greedy lines when nothing else fits: still breaks only between parts where it can. */
  private static Fitted forced(String text, RuleWidths.Face face, float size, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String part : NameParts.of(text)) {
      String candidate = line.length() == 0 ? part : line + " " + part;
      if (line.length() > 0 && RuleWidths.width(candidate, face, size) > width - SLACK) {
        lines.add(line.toString());
        line = new StringBuilder(part);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return new Fitted(String.join("\n", lines), size, false);
  }

  /** The split of parts[from..] into exactly {@code lines} lines with the shortest longest line. */
  private static List<String> best(
      List<String> parts, int from, int lines, RuleWidths.Face face, float size, double room) {
    if (lines == 1) {
      String line = String.join(" ", parts.subList(from, parts.size()));
      return RuleWidths.width(line, face, size) <= room ? List.of(line) : null;
    }
    List<String> best = null;
    double bestWidth = Double.MAX_VALUE;
    for (int end = from + 1; end <= parts.size() - (lines - 1); end++) {
      String first = String.join(" ", parts.subList(from, end));
      double w = RuleWidths.width(first, face, size);
      if (w > room) {
        break;
      }
      List<String> rest = best(parts, end, lines - 1, face, size, room);
      if (rest == null) {
        continue;
      }
      double widest = w;
      for (String r : rest) {
        widest = Math.max(widest, RuleWidths.width(r, face, size));
      }
      if (widest < bestWidth) {
        bestWidth = widest;
        best = new ArrayList<>();
        best.add(first);
        best.addAll(rest);
      }
    }
    return best;
  }

  /** Decree 30 short form of a governing body: "ỦY BAN NHÂN DÂN" → "UBND". */
  static String shortForm(String text) {
    String upper = VietnameseText.upper(text);
    return upper
        .replace("ỦY BAN NHÂN DÂN", "UBND")
        .replace("UỶ BAN NHÂN DÂN", "UBND")
        .replace("HỘI ĐỒNG NHÂN DÂN", "HĐND");
  }
}
