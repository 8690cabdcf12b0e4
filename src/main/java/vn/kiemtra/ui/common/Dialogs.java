package vn.kiemtra.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/** Error messages and confirmations, always in the user's language and without stack traces. */
public final class Dialogs {
  private Dialogs() {}

  /** Shows the error with its short code and "Sao chép chi tiết" (see {@link ErrorDialog}). */
  public static void error(Window owner, Throwable error) {
    ErrorDialog.show(owner, error);
  }

  /** Writes an error shown elsewhere (a status line) to the log under a new code. */
  public static ErrorReport log(Throwable error) {
    return ErrorReport.of(error);
  }

  /** The Vietnamese message of a domain error, else a generic line naming the failure. */
  public static String message(Throwable error) {
    Throwable t = error;
    while (t != null) {
      if (t instanceof DomainException) {
        return t.getMessage();
      }
      t = t.getCause();
    }
    return Texts.ui().get("dialog.unexpected", String.valueOf(error));
  }

  /** Asks a yes/no question; "Không" is the default, so Enter never does the risky thing. */
  public static boolean confirm(Window owner, String question) {
    Messages e = Messages.of("editing");
    return confirm(
        owner, Texts.ui().get("dialog.confirm"), question, e.get("dialog.yes"), e.get("dialog.no"));
  }

  /**
   * Asks before an action that replaces or removes something: title, question and both buttons in
   * the user's language; the safe button ({@code keep}) is the default for Enter and Esc.
   *
   * @return whether the user chose {@code act}
   */
  public static boolean confirm(
      Window owner, String title, String question, String act, String keep) {
    return confirmation(owner, title, question, act, keep)
        .showAndWait()
        .map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
        .orElse(false);
  }

  /** The dialog {@link #confirm} shows, for tests that look at it. */
  public static Alert confirmation(
      Window owner, String title, String question, String act, String keep) {
    ButtonType yes = new ButtonType(act, ButtonBar.ButtonData.OK_DONE);
    ButtonType no = new ButtonType(keep, ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.setTitle(title);
    alert.setHeaderText(title);
    alert.getDialogPane().setId("confirm-dialog");
    alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
    javafx.scene.control.Button safe =
        (javafx.scene.control.Button) alert.getDialogPane().lookupButton(no);
    safe.setDefaultButton(true);
    safe.setId("confirm-keep");
    alert.getDialogPane().lookupButton(yes).setId("confirm-act");
    return alert;
  }
}
