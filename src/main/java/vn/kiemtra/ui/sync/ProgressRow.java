package vn.kiemtra.ui.sync;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import vn.kiemtra.core.shared.Messages;

/** The progress bar, Cancel button and status line of a long sync task, ids from a prefix. */
final class ProgressRow {
  final ProgressBar progress = new ProgressBar(0);
  final Label status = new Label();
  final Button cancel = new Button();
  private final HBox node;

  ProgressRow(String idPrefix, Runnable onCancel) {
    progress.setId(idPrefix + "Progress");
    progress.setPrefWidth(360);
    status.setId(idPrefix + "Status");
    status.setWrapText(true);
    status.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(status, Priority.ALWAYS);
    cancel.setText(Messages.of("ui").get("sync.cancel"));
    cancel.setId(idPrefix + "Cancel");
    cancel.setDisable(true);
    cancel.setOnAction(e -> onCancel.run());
    node = new HBox(10, progress, cancel, status);
    node.setAlignment(Pos.CENTER_LEFT);
  }

  HBox node() {
    return node;
  }
}
