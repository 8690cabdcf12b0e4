package vn.kiemtra;

import javafx.application.Platform;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.backup.BackupStatus;
import vn.kiemtra.ui.backup.BackupView;
import vn.kiemtra.ui.backup.RecoveryNotice;
import vn.kiemtra.ui.common.UiExecutor;
import vn.kiemtra.ui.main.MainView;

/**
 * Plugs backups into the window: "Tệp → Sao lưu…" and "Khôi phục từ bản sao lưu…", the status bar's
 * last-backup time or warning, the recovery screen when the file had to be recovered, and the
 * schedule (a backup at open, then every few minutes while edits happen).
 */
final class BackupFeature {
  private BackupFeature() {}

  static void install(
      MainView main,
      Services services,
      UiExecutor executor,
      java.util.function.Consumer<java.nio.file.Path> showDocument,
      javafx.stage.Window owner) {
    Messages m = Messages.of("backup");
    BackupStatus status = new BackupStatus();
    main.addStatus(status);
    services.backups().addListener(status);
    main.addMenuAction(
            "menu-file", m.get("ui.menu.backup"), () -> open(main, services, executor, false))
        .setId("menu-backup");
    main.addMenuAction(
            "menu-file", m.get("ui.menu.restore"), () -> open(main, services, executor, true))
        .setId("menu-restore");
    services
        .recovery()
        .ifPresent(
            report ->
                Platform.runLater(() -> RecoveryNotice.dialog(owner, report, showDocument).show()));
    services
        .backups()
        .startSchedule(
            services.recovery().isPresent()
                ? vn.kiemtra.core.backup.BackupReason.RECOVERED
                : vn.kiemtra.core.backup.BackupReason.OPEN);
  }

  private static void open(MainView main, Services services, UiExecutor executor, boolean restore) {
    BackupView view =
        new BackupView(services.backups(), executor, main::closeInspectionTabs, main::refreshList);
    main.openTab(Messages.of("backup").get("ui.tab"), view);
    if (restore) {
      Platform.runLater(view::focusList);
    }
  }
}
