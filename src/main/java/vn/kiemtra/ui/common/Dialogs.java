package vn.kiemtra.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.kiemtra.core.shared.DomainException;

/** Error messages and confirmations, always in the user's language and without stack traces. */
public final class Dialogs {
  private Dialogs() {}

  public static void error(Window owner, Throwable error) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message(error), ButtonType.OK);
    alert.initOwner(owner);
    alert.setHeaderText(Texts.ui().get("dialog.error"));
    alert.show();
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
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
    alert.initOwner(owner);
    alert.setHeaderText(Texts.ui().get("dialog.confirm"));
    Optional<ButtonType> answer = alert.showAndWait();
    return answer.isPresent() && answer.get() == ButtonType.YES;
  }
}
