package vn.kiemtra.ui.sync;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.ui.common.Texts;

/**
 * Before a package from an unknown device is imported, a person compares the fingerprint it claims
 * with the one that device shows, and only then enrols it.
 */
public final class FingerprintConfirmation {
  private FingerprintConfirmation() {}

  /** Asks whether to enrol the device; answers true for "enrol and import", on the FX thread. */
  @FunctionalInterface
  public interface DeviceConfirmer {
    void ask(DeviceCard claimed, Consumer<Boolean> answer);
  }

  /** The question with the claimed device's name, id and fingerprint in large monospace. */
  static Node content(DeviceCard card, String questionKey) {
    Messages m = Texts.ui();
    Label question = new Label(m.get(questionKey, card.name()));
    question.setWrapText(true);
    question.setId("syncConfirmQuestion");
    Label name = new Label(card.name());
    name.setId("syncConfirmName");
    name.getStyleClass().add("fingerprint-name");
    Label id = new Label(card.id().toString());
    id.setId("syncConfirmId");
    id.getStyleClass().add("monospace");
    Label fingerprint = new Label(card.fingerprint());
    fingerprint.setId("syncConfirmFingerprint");
    fingerprint.getStyleClass().add("fingerprint");
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    grid.addRow(0, new Label(m.get("sync.device.name")), name);
    grid.addRow(1, new Label(m.get("sync.device.id")), id);
    grid.addRow(2, new Label(m.get("sync.device.fingerprint")), fingerprint);
    Label compare = new Label(m.get("sync.confirm.compare"));
    compare.setWrapText(true);
    compare.getStyleClass().add("guidance");
    VBox box = new VBox(14, question, grid, compare);
    box.setPrefWidth(640);
    return box;
  }

  /** The system dialog: "Đăng ký và nhập" or "Không nhập" (the default, for Enter and Esc). */
  static DeviceConfirmer dialog(Node owner) {
    return (card, answer) -> {
      Messages m = Texts.ui();
      ButtonType enrol = new ButtonType(m.get("sync.confirm.enrol"), ButtonBar.ButtonData.OK_DONE);
      ButtonType decline =
          new ButtonType(m.get("sync.confirm.decline"), ButtonBar.ButtonData.CANCEL_CLOSE);
      Dialog<ButtonType> dialog = new Dialog<>();
      dialog.setTitle(m.get("sync.confirm.title"));
      dialog.setHeaderText(m.get("sync.confirm.header"));
      dialog.getDialogPane().setContent(content(card, "sync.confirm.question"));
      dialog.getDialogPane().getButtonTypes().setAll(enrol, decline);
      Button enrolButton = (Button) dialog.getDialogPane().lookupButton(enrol);
      enrolButton.setId("syncConfirmEnrol");
      enrolButton.setDefaultButton(false);
      Button declineButton = (Button) dialog.getDialogPane().lookupButton(decline);
      declineButton.setId("syncConfirmDecline");
      declineButton.setDefaultButton(true);
      Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
      if (window != null) {
        dialog.initOwner(window);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
      }
      dialog.setResizable(true);
      dialog.setOnHidden(e -> answer.accept(dialog.getResult() == enrol));
      dialog.show();
    };
  }
}
