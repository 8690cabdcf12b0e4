package vn.kiemtra.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.kiemtra.core.shared.Messages;

/**
 * The window's error dialog: the Vietnamese message, the error's short code, and "Sao chép chi
 * tiết", which copies code, message and stack trace for support without closing the dialog.
 */
public final class ErrorDialog {
  private ErrorDialog() {}

  /** Logs the error under a new code and shows it. */
  public static ErrorReport show(Window owner, Throwable error) {
    ErrorReport report = ErrorReport.of(error);
    show(owner, report);
    return report;
  }

  /** Shows a report already logged (e.g. a failed autosave's "Chi tiết"). */
  public static void show(Window owner, ErrorReport report) {
    Messages e = Messages.of("editing");
    ButtonType copy = new ButtonType(e.get("error.copy"), ButtonBar.ButtonData.LEFT);
    ButtonType close = new ButtonType(e.get("error.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, close);
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.setTitle(Texts.ui().get("dialog.error"));
    alert.setHeaderText(Texts.ui().get("dialog.error"));
    Label message = new Label(report.message());
    message.setWrapText(true);
    message.setId("error-message");
    Label code = new Label(e.get("error.code", report.code()));
    code.setId("error-code");
    alert.getDialogPane().setContent(new VBox(10, message, code));
    Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
    copyButton.setId("error-copy");
    copyButton.addEventFilter(
        ActionEvent.ACTION,
        ev -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(report.details());
          Clipboard.getSystemClipboard().setContent(content);
          copyButton.setText(e.get("error.copied"));
          ev.consume();
        });
    alert.show();
  }
}
