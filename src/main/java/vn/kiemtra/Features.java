package vn.kiemtra;

import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.UiExecutor;
import vn.kiemtra.ui.main.MainView;
import vn.kiemtra.ui.minutes.MinutesView;
import vn.kiemtra.ui.sync.SyncConflictView;
import vn.kiemtra.ui.sync.SyncDevicesView;
import vn.kiemtra.ui.sync.SyncExportView;
import vn.kiemtra.ui.sync.SyncImportView;

/** Plugs the features' screens (minutes, sync) into the main window's menus and editor tabs. */
final class Features {
  private Features() {}

  static void install(MainView main, Services services, UiExecutor executor) {
    Messages m = Messages.of("ui");
    main.addEditorTab(
        m.get("editor.minutes"), id -> new MinutesView(services, id, executor.background()));
    main.addMenuAction(
        "menu-minutes",
        m.get("menu.minutes.open"),
        () ->
            main.selectedInspection()
                .ifPresentOrElse(
                    id ->
                        main.openTab(
                            m.get("editor.minutes"),
                            new MinutesView(services, id, executor.background())),
                    () ->
                        Dialogs.error(
                            null,
                            new vn.kiemtra.core.shared.DomainException(
                                m.get("menu.minutes.noneOpen")))));
    installSync(main, services, executor);
    main.addMenuAction(
        "menu-file",
        Messages.of("templates").get("ui.menu"),
        () ->
            main.openTab(
                Messages.of("templates").get("ui.title"),
                new vn.kiemtra.ui.templates.TemplatesView(
                    services, executor, main::openInspection)));
  }

  /**
   * Opens the import screen; with files (a double-clicked package handed over by a launch) it
   * imports them at once.
   */
  static void openImport(
      MainView main,
      Services services,
      UiExecutor executor,
      java.util.List<java.nio.file.Path> files) {
    Messages m = Messages.of("ui");
    SyncImportView view = new SyncImportView(services.sync(), executor.background());
    view.setOnShowConflicts(
        () ->
            main.openTab(
                m.get("sync.tab.conflicts"),
                new SyncConflictView(services.sync(), executor.background())));
    main.openTab(m.get("sync.tab.import"), view);
    if (!files.isEmpty()) {
      view.importFiles(files);
    }
  }

  private static void installSync(MainView main, Services services, UiExecutor executor) {
    Messages m = Messages.of("ui");
    java.util.concurrent.Executor background = executor.background();
    Runnable conflicts =
        () ->
            main.openTab(
                m.get("sync.tab.conflicts"), new SyncConflictView(services.sync(), background));
    main.addMenuAction(
        "menu-sync",
        m.get("sync.menu.export"),
        () ->
            main.openTab(
                m.get("sync.tab.export"), new SyncExportView(services.sync(), background)));
    main.addMenuAction(
        "menu-sync",
        m.get("sync.menu.import"),
        () -> openImport(main, services, executor, java.util.List.of()));
    main.addMenuAction("menu-sync", m.get("sync.menu.conflicts"), conflicts);
    main.addMenuAction(
        "menu-sync",
        m.get("sync.menu.devices"),
        () ->
            main.openTab(
                m.get("sync.tab.devices"), new SyncDevicesView(services.sync(), background)));
  }
}
