package vn.kiemtra.ui.common;

import java.util.Optional;
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

  public static boolean confirm(Window owner, String question) {
    Messages e = Messages.of("editing");
    ButtonType yes = new ButtonType(e.get("dialog.yes"), ButtonBar.ButtonData.YES);
    ButtonType no = new ButtonType(e.get("dialog.no"), ButtonBar.ButtonData.NO);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
    alert.initOwner(owner);
    alert.setHeaderText(Texts.ui().get("dialog.confirm"));
    Optional<ButtonType> answer = alert.showAndWait();
    return answer.isPresent() && answer.get() == yes;
  }
}
