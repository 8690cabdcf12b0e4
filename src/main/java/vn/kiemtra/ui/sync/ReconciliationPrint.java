package vn.kiemtra.ui.sync;

import java.util.ArrayList;
import java.util.List;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Window;

/** The reconciliation on paper: its text lines in a monospace font, so the table stays aligned. */
public final class ReconciliationPrint {
  /** Width of the printed text in points: fits A4 and Letter with the default margins. */
  static final double WIDTH = 470;

  static final int LINES_PER_PAGE = 56;

  private ReconciliationPrint() {}

  /** How a print request ended. */
  public enum Outcome {
    PRINTED,
    CANCELLED,
    NO_PRINTER,
    FAILED
  }

  /** Prints the pages; the default asks for a printer in the system print dialog. */
  @FunctionalInterface
  public interface Printer {
    Outcome print(List<Node> pages);
  }

  /** The lines laid out as pages of printable nodes (long lines wrap). */
  static List<Node> pages(List<String> lines) {
    Font font = Font.font("DejaVu Sans Mono", 9);
    List<Node> pages = new ArrayList<>();
    for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
      VBox page = new VBox(1);
      page.getStyleClass().add("reconciliation-page");
      for (String line : lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))) {
        Text text = new Text(line.isEmpty() ? " " : line);
        text.setFont(font);
        text.setWrappingWidth(WIDTH);
        page.getChildren().add(text);
      }
      pages.add(page);
    }
    return pages;
  }

  /** javafx printing with the system print dialog. */
  static Printer system(Node owner) {
    return pages -> {
      PrinterJob job = PrinterJob.createPrinterJob();
      if (job == null) {
        return Outcome.NO_PRINTER;
      }
      Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
      if (!job.showPrintDialog(window)) {
        job.cancelJob();
        return Outcome.CANCELLED;
      }
      for (Node page : pages) {
        if (!job.printPage(page)) {
          job.cancelJob();
          return Outcome.FAILED;
        }
      }
      return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    };
  }
}
