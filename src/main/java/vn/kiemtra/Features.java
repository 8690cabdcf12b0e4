package vn.kiemtra;

import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.UiExecutor;
import vn.kiemtra.ui.main.MainView;
import vn.kiemtra.ui.minutes.MinutesView;

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
  }
}
