package vn.kiemtra.ui.main;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.ShownInTab;
import vn.kiemtra.ui.common.Texts;
import vn.kiemtra.ui.common.UiExecutor;
import vn.kiemtra.ui.editor.EditorView;
import vn.kiemtra.ui.list.InspectionListView;
import vn.kiemtra.ui.settings.SettingsView;

/**
 * The main window's content: menu bar, a tab with the inspection list, one tab per open inspection,
 * and a status line. Features (minutes, sync) add menu actions and editor tabs.
 */
public final class MainView {
  private final Messages m = Texts.ui();
  private final BorderPane root = new BorderPane();
  private final TabPane tabs = new TabPane();
  private final Label status = new Label();
  private final HBox statusBar = new HBox(16, status);
  private final MenuBar menuBar = new MenuBar();
  private final Menu fileMenu = new Menu(m.get("menu.file"));
  private final Menu minutesMenu = new Menu(m.get("menu.minutes"));
  private final Menu syncMenu = new Menu(m.get("menu.sync"));
  private final Stage stage;
  private final UiExecutor executor;
  private final EditorView.Extensions editorExtensions = new EditorView.Extensions();
  private final Map<Tab, EditorView> editors = new LinkedHashMap<>();
  private final java.util.function.Consumer<java.nio.file.Path> showDocument;
  private Services services;
  private InspectionListView list;
  private WindowWarmUp warmUp;
  private final vn.kiemtra.ui.common.LateSpinner openingSpinner =
      new vn.kiemtra.ui.common.LateSpinner();

  public MainView(
      Stage stage,
      UiExecutor executor,
      java.util.function.Consumer<java.nio.file.Path> showDocument) {
    this.stage = stage;
    this.executor = executor;
    this.showDocument = showDocument;
    menuBar.getMenus().addAll(fileMenu, minutesMenu, syncMenu);
    menuBar.getMenus().add(1, EditorMenu.build(this::selectedEditor));
    fileMenu.setId("menu-file");
    minutesMenu.setId("menu-minutes");
    syncMenu.setId("menu-sync");
    Label opening = new Label(m.get("main.opening"));
    VBox waiting = new VBox(12, openingSpinner, opening);
    waiting.setAlignment(javafx.geometry.Pos.CENTER);
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, t) -> {
              if (t != null && t.getContent() instanceof ShownInTab shown) {
                shown.shown();
              }
            });
    root.setTop(menuBar);
    root.setCenter(new StackPane(waiting));
    statusBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    statusBar.setPadding(new Insets(4, 10, 4, 10));
    statusBar.getStyleClass().add("status-bar");
    root.setBottom(statusBar);
    status.setId("main-status");
    // The open inspection's keys work while its tab is shown, wherever the focus is.
    root.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> selectedEditor().ifPresent(editor -> editor.handleKey(e)));
  }

  public Node node() {
    return root;
  }

  /** Called on the FX thread once the database is open. */
  public void attach(Services opened) {
    this.services = opened;
    list = new InspectionListView(opened, executor, this::openInspection, stage);
    warmUp = new WindowWarmUp(root, list.node(), list, opened, executor, stage);
    list.whenLoaded(warmUp::listShown);
    // A new inspection or a plan is stored and then opened: the warm-up must not compete with it.
    list.whenOpeningSoon(warmUp::giveUp);
    Tab listTab = new Tab(m.get("tab.list"), list.node());
    listTab.setClosable(false);
    listTab.setId("tab-list");
    tabs.getTabs().setAll(listTab);
    openingSpinner.stop();
    root.setCenter(tabs);
    MenuItem newItem = new MenuItem(m.get("menu.new"));
    newItem.setAccelerator(InspectionListView.NEW);
    newItem.setOnAction(e -> list.createNew());
    MenuItem closeTab = new MenuItem(m.get("menu.closeTab"));
    closeTab.setId("menu-close-tab");
    closeTab.setAccelerator(CLOSE_TAB);
    closeTab.setOnAction(e -> closeSelectedTab());
    MenuItem settings = new MenuItem(m.get("menu.settings"));
    settings.setId("menu-settings");
    settings.setOnAction(e -> new SettingsView(opened, executor).show(stage));
    MenuItem quit = new MenuItem(m.get("menu.quit"));
    quit.setId("menu-quit");
    // Closing goes through the close request, so pending edits are stored or the user is asked.
    quit.setOnAction(
        e -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    fileMenu.getItems().setAll(newItem, closeTab, settings, quit);
    status.setText(m.get("main.database", opened.databaseFile()));
  }

  public void showOpenFailure(Throwable error) {
    Label failed = new Label(Dialogs.message(error));
    failed.setWrapText(true);
    failed.setId("open-failure");
    failed.setPadding(new Insets(24));
    openingSpinner.stop();
    root.setCenter(failed);
    Dialogs.error(stage, error);
  }

  public void openInspection(UUID id) {
    if (warmUp != null) {
      warmUp.giveUp();
    }
    for (Tab t : tabs.getTabs()) {
      if (id.toString().equals(t.getUserData())) {
        tabs.getSelectionModel().select(t);
        return;
      }
    }
    EditorView editor =
        new EditorView(services, executor, id, stage, editorExtensions, showDocument);
    Tab tab = new Tab(m.get("tab.loading"), editor.node());
    tab.setUserData(id.toString());
    editor.titleProperty().addListener((o, a, b) -> tab.setText(b));
    editors.put(tab, editor);
    tab.setOnCloseRequest(
        e -> {
          // Closing waits for the pending save in the background, and asks if it fails.
          e.consume();
          editor.requestClose(() -> closeEditorTab(tab));
        });
    tabs.getTabs().add(tab);
    tabs.getSelectionModel().select(tab);
  }

  /** Adds an action to the "Biên bản" or "Đồng bộ" menu, or to "Tệp" above "Thoát". */
  public MenuItem addMenuAction(String menuId, String label, Runnable action) {
    MenuItem item = new MenuItem(label);
    item.setOnAction(e -> action.run());
    if ("menu-file".equals(menuId)) {
      fileMenu.getItems().add(Math.max(0, fileMenu.getItems().size() - 1), item);
    } else {
      ("menu-sync".equals(menuId) ? syncMenu : minutesMenu).getItems().add(item);
    }
    return item;
  }

  /** Adds a feature's indicator to the status bar, after the database path. */
  public void addStatus(Node node) {
    statusBar.getChildren().add(node);
  }

  /**
   * Closes every open inspection (saving what is pending) and reloads the list: the data under them
   * is about to change wholesale (a restore).
   */
  public void closeInspectionTabs() {
    closeEditors();
    for (Tab t : List.copyOf(tabs.getTabs())) {
      if (t.getUserData() != null) {
        tabs.getTabs().remove(t);
      }
    }
  }

  /** Reloads the inspection list. */
  public void refreshList() {
    if (list != null) {
      list.refresh();
    }
  }

  /** Opens a feature's screen in its own tab. */
  public void openTab(String title, Node content) {
    if (warmUp != null) {
      warmUp.interrupted();
    }
    Tab tab = new Tab(title, content);
    tabs.getTabs().add(tab);
    tabs.getSelectionModel().select(tab);
  }

  /** Adds a tab built from the inspection id to every editor opened from now on. */
  public void addEditorTab(String title, Function<UUID, Node> content) {
    editorExtensions.add(title, content);
  }

  /** The editor of the selected tab, if an inspection's tab is selected. */
  public java.util.Optional<EditorView> selectedEditor() {
    return java.util.Optional.ofNullable(editors.get(tabs.getSelectionModel().getSelectedItem()));
  }

  /** The inspection of the selected editor tab, if any. */
  public java.util.Optional<UUID> selectedInspection() {
    Tab t = tabs.getSelectionModel().getSelectedItem();
    if (t == null || t.getUserData() == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(UUID.fromString(t.getUserData().toString()));
  }

  private void closeEditorTab(Tab tab) {
    EditorView editor = editors.remove(tab);
    if (editor != null) {
      editor.close();
    }
    tabs.getTabs().remove(tab);
    if (list != null) {
      list.refresh();
    }
  }

  /**
   * Closes the open editors one after the other, each storing what is pending in the background and
   * asking if that fails; runs {@code then} once all are closed (window closing). An editor whose
   * user chose to stay keeps the window open.
   */
  public void requestCloseEditors(Runnable then) {
    if (editors.isEmpty()) {
      then.run();
      return;
    }
    Tab tab = editors.keySet().iterator().next();
    tabs.getSelectionModel().select(tab);
    editors
        .get(tab)
        .requestClose(
            () -> {
              closeEditorTab(tab);
              requestCloseEditors(then);
            });
  }

  /** Ctrl+W: closes the tab on screen (an inspection's after storing what is pending). */
  public static final javafx.scene.input.KeyCombination CLOSE_TAB =
      new javafx.scene.input.KeyCodeCombination(
          javafx.scene.input.KeyCode.W, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

  /**
   * Closes the selected tab as its close button would: its close request first (an editor consumes
   * it and closes itself once its pending edit is stored), then the tab. The list does not close.
   */
  public void closeSelectedTab() {
    Tab tab = tabs.getSelectionModel().getSelectedItem();
    if (tab == null || !tab.isClosable()) {
      return;
    }
    javafx.event.Event request = new javafx.event.Event(tab, tab, Tab.TAB_CLOSE_REQUEST_EVENT);
    javafx.event.Event.fireEvent(tab, request);
    if (request.isConsumed()) {
      return;
    }
    tabs.getTabs().remove(tab);
    javafx.event.Event.fireEvent(tab, new javafx.event.Event(tab, tab, Tab.CLOSED_EVENT));
  }

  /** Stops the open editors without asking (the application is stopping). */
  /** The window closes: every editor is closed and the list stops following changes. */
  public void close() {
    closeEditors();
    if (list != null) {
      list.close();
    }
  }

  public void closeEditors() {
    if (warmUp != null) {
      warmUp.giveUp();
    }
    for (Tab tab : List.copyOf(editors.keySet())) {
      closeEditorTab(tab);
    }
  }

  /**
   * The preparation of the first Ctrl+N and first opened inspection while the window is idle; null
   * before the database is open.
   */
  public WindowWarmUp warmUp() {
    return warmUp;
  }

  public Label status() {
    return status;
  }
}
