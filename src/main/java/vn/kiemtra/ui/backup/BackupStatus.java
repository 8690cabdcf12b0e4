package vn.kiemtra.ui.backup;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import vn.kiemtra.core.backup.Backup;
import vn.kiemtra.core.backup.BackupListener;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;

/**
 * The status bar's word on safety: when the last backup was made, or in red what stops backups or
 * the journal (a full disk), with what to do. Told from the backup thread; shown on the FX thread.
 */
public final class BackupStatus extends Label implements BackupListener {
  private final Messages m = Messages.of("backup");

  public BackupStatus() {
    setId("backupStatus");
  }

  @Override
  public void backupMade(Backup backup) {
    String text = m.get("ui.status.made", Nd30Dates.timeAndDate(backup.createdAt()));
    Platform.runLater(
        () -> {
          getStyleClass().remove("error");
          setText(text);
          setTooltip(new Tooltip(backup.file().toString()));
        });
  }

  @Override
  public void warning(String message, Throwable cause) {
    Platform.runLater(
        () -> {
          if (!getStyleClass().contains("error")) {
            getStyleClass().add("error");
          }
          setText(message);
          setTooltip(new Tooltip(message));
        });
  }
}
