package vn.kiemtra.ui.backup;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.kiemtra.core.backup.RecoveryReport;
import vn.kiemtra.core.backup.ReplayedChange;
import vn.kiemtra.core.shared.Messages;

/**
 * The one screen shown after the database was recovered on open: what happened, which backup was
 * used, how many changes were applied again, and exactly which could not be.
 */
public final class RecoveryNotice {
  private RecoveryNotice() {}

  /** The dialog, not yet shown (tests look inside it). */
  public static Dialog<ButtonType> dialog(
      Window owner, RecoveryReport report, Consumer<Path> showFolder) {
    Messages m = Messages.of("backup");
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(m.get("ui.recovery.title"));
    dialog.setHeaderText(
        report.complete()
            ? m.get("ui.recovery.headerComplete")
            : m.get("ui.recovery.headerIncomplete"));
    Label text = new Label(report.message());
    text.setId("recoveryMessage");
    text.setWrapText(true);
    text.setMaxWidth(620);
    VBox box = new VBox(10, text);
    if (!report.notRecovered().isEmpty()) {
      Label lostTitle = new Label(m.get("ui.recovery.lost"));
      lostTitle.getStyleClass().add("warning");
      ListView<String> lost = new ListView<>();
      lost.setId("recoveryLost");
      lost.setPrefHeight(Math.min(200, 28 * report.notRecovered().size() + 4));
      for (ReplayedChange c : report.notRecovered()) {
        lost.getItems().add(c.description() + ": " + c.failure());
      }
      box.getChildren().addAll(lostTitle, lost);
    }
    box.setPadding(new Insets(8, 0, 0, 0));
    dialog.getDialogPane().setContent(box);
    ButtonType folder = new ButtonType(m.get("ui.recovery.openFolder"), ButtonBar.ButtonData.LEFT);
    ButtonType ok = new ButtonType(m.get("ui.recovery.ok"), ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(folder, ok);
    dialog
        .getDialogPane()
        .lookupButton(folder)
        .addEventFilter(
            javafx.event.ActionEvent.ACTION,
            e -> {
              e.consume();
              Path moved = report.movedTo();
              showFolder.accept(
                  moved != null ? moved.getParent() : report.databaseFile().getParent());
            });
    return dialog;
  }
}
