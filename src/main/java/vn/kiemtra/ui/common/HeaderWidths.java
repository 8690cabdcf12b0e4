package vn.kiemtra.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column of a table at least as wide as its header's words, measured in the font the
 * screen really uses (so it follows the system font size): a narrow column showed "Phiê…" for
 * "Phiên bản".
 */
public final class HeaderWidths {
  private HeaderWidths() {}

  /**
   * Once the table has its skin, sets each column's minimum width to what its header needs. The
   * table itself can still be narrower than its columns: it scrolls sideways rather than run under
   * whatever is beside it.
   */
  public static void fit(TableView<?> table) {
    table.setMinWidth(0);
    table
        .skinProperty()
        .addListener(
            (o, was, skin) -> {
              if (skin != null) {
                Platform.runLater(() -> widen(table));
              }
            });
    if (table.getSkin() != null) {
      widen(table);
    }
  }

  private static void widen(TableView<?> table) {
    table.applyCss();
    for (Node node : table.lookupAll(".column-header")) {
      if (node instanceof TableColumnHeader header
          && header.getTableColumn() != null
          && header.lookup(".label") instanceof Label label) {
        double needed =
            label.prefWidth(-1)
                + header.snappedLeftInset()
                + header.snappedRightInset()
                + label.snappedLeftInset()
                + label.snappedRightInset()
                + 4;
        var column = header.getTableColumn();
        column.setMinWidth(Math.max(column.getMinWidth(), needed));
      }
    }
  }
}
