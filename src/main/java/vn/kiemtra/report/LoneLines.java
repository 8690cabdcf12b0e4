package vn.kiemtra.report;

import java.util.List;
import java.util.Optional;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import vn.kiemtra.core.minutes.MinutesBlock;

/**
 * Finds, in filled minutes, the first place a clerk would send back: a page ending with a heading,
 * or a body paragraph split across two pages with a single line alone at the page foot (orphan) or
 * at the next page's top (widow); and says how to fix it. Every body text element carries its row
 * index as the property {@value #ROW}.
 */
final class LoneLines {
  static final String ROW = "kiemtra.row";

  /** Points between body baselines (14 pt at 1.15 in JasperReports). */
  private static final double LINE = 17.97;

  /** How to move a paragraph that left a line alone. */
  enum Fix {
    /** Move it whole to the next page. */
    MOVE_WHOLE,
    /** Put one empty line before it, so two of its lines go over to the next page. */
    ONE_LINE_DOWN,
    /** Start a new page before it: the first of the headings that ended a page. */
    BREAK_BEFORE
  }

  /** A paragraph split with a lone line, and the fix. */
  record Split(int row, Fix fix) {}

  private LoneLines() {}

  static Optional<Split> first(JasperPrint print, List<MinutesBlock> body) {
    List<JRPrintPage> pages = print.getPages();
    for (int p = 0; p + 1 < pages.size(); p++) {
      Optional<JRPrintText> foot = edge(pages.get(p), true);
      if (foot.isPresent() && isHeading(body, row(foot.get()))) {
        int first = row(foot.get());
        while (first > 0 && isHeading(body, first - 1)) {
          first--;
        }
        return Optional.of(new Split(first, Fix.BREAK_BEFORE));
      }
      Optional<JRPrintText> top = edge(pages.get(p + 1), false);
      if (foot.isEmpty() || top.isEmpty() || row(foot.get()) != row(top.get())) {
        continue;
      }
      int footLines = lines(foot.get());
      int topLines = lines(top.get());
      if (footLines <= 1 || (topLines <= 1 && footLines <= 2)) {
        return Optional.of(new Split(row(foot.get()), Fix.MOVE_WHOLE));
      }
      if (topLines <= 1) {
        return Optional.of(new Split(row(foot.get()), Fix.ONE_LINE_DOWN));
      }
    }
    return Optional.empty();
  }

  /** The body paragraph lowest (foot) or highest (top) on the page. */
  private static Optional<JRPrintText> edge(JRPrintPage page, boolean foot) {
    JRPrintElement best = null;
    for (JRPrintElement e : page.getElements()) {
      if (!(e instanceof JRPrintText) || e.getPropertiesMap().getProperty(ROW) == null) {
        continue;
      }
      if (best == null || (foot ? e.getY() > best.getY() : e.getY() < best.getY())) {
        best = e;
      }
    }
    return Optional.ofNullable((JRPrintText) best);
  }

  private static boolean isHeading(List<MinutesBlock> body, int row) {
    return row < body.size() && body.get(row).kind() != MinutesBlock.Kind.PARAGRAPH;
  }

  private static int row(JRPrintText text) {
    return Integer.parseInt(text.getPropertiesMap().getProperty(ROW));
  }

  /**
   * Lines in one piece of a paragraph, from the height of its text (the element itself stretches to
   * the page foot): the first line is {@value #FIRST_LINE} pt, each further one a line pitch.
   */
  static int lines(JRPrintText text) {
    return 1 + (int) Math.round(Math.max(0, text.getTextHeight() - FIRST_LINE) / LINE);
  }

  /** Height of a one-line 14 pt text in JasperReports (ascent and descent, no leading above). */
  private static final double FIRST_LINE = 16.1;
}
