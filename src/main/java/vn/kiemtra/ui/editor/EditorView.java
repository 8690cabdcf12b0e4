package vn.kiemtra.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.inspection.EditingSession;
import vn.kiemtra.core.inspection.ReadinessCheck;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.ErrorDialog;
import vn.kiemtra.ui.common.Shortcuts;
import vn.kiemtra.ui.common.ShownInTab;
import vn.kiemtra.ui.common.Texts;
import vn.kiemtra.ui.common.UiExecutor;

/**
 * One open inspection: general, checklist, findings, recommendations, the check before signing, and
 * tabs contributed by features (minutes). Loads in the background; every edit is autosaved.
 */
public final class EditorView {
  /** Tabs that features add to every editor, built from the inspection id. */
  public static final class Extensions {
    private final List<Object[]> tabs = new ArrayList<>();

    public void add(String title, Function<UUID, Node> content) {
      tabs.add(new Object[] {title, content});
    }
  }

  private final Messages m = Texts.ui();
  private final EditorViewModel vm;
  private final UiExecutor executor;
  private final Window owner;
  private final Extensions extensions;
  private final Consumer<Path> showDocument;
  private final BorderPane root = new BorderPane();
  private final TabPane tabs = new TabPane();
  private final StringProperty title = new SimpleStringProperty();
  private final Messages e = Messages.of("editing");
  private ChecklistTab checklist;
  private FindingsTab findings;
  private GeneralTab general;
  private RecommendationsTab recommendations;
  private ReadinessTab readiness;
  private List<String> unitNames = List.of();
  private Tab generalTab;
  private Tab checklistTab;
  private Tab findingsTab;
  private Tab recommendationsTab;
  private Tab readinessTab;
  private boolean closed;

  public EditorView(
      Services services,
      UiExecutor executor,
      UUID id,
      Window owner,
      Extensions extensions,
      Consumer<Path> showDocument) {
    this(new EditorViewModel(services, id), executor, owner, extensions, showDocument);
    vn.kiemtra.ui.common.LateSpinner loading = new vn.kiemtra.ui.common.LateSpinner();
    root.setCenter(loading);
    executor.run(
        () -> new Object[] {vm.load(), services.units().list()},
        loaded -> {
          loading.stop();
          show(
              (EditorViewModel.Loaded) loaded[0],
              ((List<?>) loaded[1])
                  .stream().map(u -> ((vn.kiemtra.core.inspection.UnitRef) u).name()).toList());
        },
        e -> {
          loading.stop();
          root.setCenter(new Label(Dialogs.message(e)));
          Dialogs.error(owner, e);
        });
  }

  private EditorView(
      EditorViewModel vm,
      UiExecutor executor,
      Window owner,
      Extensions extensions,
      Consumer<Path> showDocument) {
    this.vm = vm;
    this.executor = executor;
    this.owner = owner;
    this.extensions = extensions;
    this.showDocument = showDocument;
  }

  /**
   * An editor of {@code state} already read, on a {@linkplain EditorViewModel#detached detached}
   * model (no edits, nothing stored), with no tab built yet: {@link #showTab} builds them one at a
   * time. For {@link EditorWarmUp}.
   */
  static EditorView detached(
      Services services,
      UiExecutor executor,
      Window owner,
      EditingSession.Snapshot state,
      List<String> unitNames) {
    EditorView view =
        new EditorView(
            EditorViewModel.detached(services, state),
            executor,
            owner,
            new Extensions(),
            file -> {});
    view.show(new EditorViewModel.Loaded(state), unitNames);
    return view;
  }

  public Node node() {
    return root;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title;
  }

  public EditorViewModel model() {
    return vm;
  }

  private void show(EditorViewModel.Loaded loaded, List<String> units) {
    vm.show(loaded);
    title.set(shortTitle());
    vm.inspection().addListener((o, a, b) -> title.set(shortTitle()));
    unitNames = units;
    generalTab = tab("editor-tab-general", "editor.general");
    checklistTab = tab("editor-tab-checklist", "editor.checklist");
    findingsTab = tab("editor-tab-findings", "editor.findings");
    recommendationsTab = tab("editor-tab-recommendations", "editor.recommendations");
    readinessTab = tab("editor-tab-readiness", "editor.readiness");
    buildOwnTabs();
    tabs.getTabs().setAll(generalTab, checklistTab, findingsTab, recommendationsTab, readinessTab);
    tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> build(b));
    for (Object[] extension : extensions.tabs) {
      @SuppressWarnings("unchecked")
      Function<UUID, Node> content = (Function<UUID, Node>) extension[1];
      Tab t = new Tab((String) extension[0], content.apply(vm.id()));
      t.setClosable(false);
      tabs.getTabs().add(t);
    }
    // Leaving the editor's own tabs (for the minutes preview): store the pending edit now, so the
    // preview, which follows the stored state, shows it.
    tabs.getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, a, b) -> {
              if (b.intValue() >= OWN_TABS) {
                // The preview is laid out once the pending edit is stored, so it shows it.
                if (tabs.getTabs().get(b.intValue()).getContent() instanceof ShownInTab shown) {
                  vm.flushInBackground().thenRun(() -> Platform.runLater(shown::shown));
                } else {
                  vm.flushInBackground();
                }
              }
            });
    vm.setOnReloaded(s -> rebuildKeepingFocus());
    root.setCenter(tabs);
    root.setBottom(statusBar());
    bindKeys();
    if (vm.isDetached()) {
      return;
    }
    // Ready to type: focus goes into the title, so the editor's keys work at once. The title is
    // in the scene only once the new tabs have their skin, at the next pulse; an editor shown
    // quickly (its classes loaded) would otherwise look for it before that and leave focus where
    // it was.
    afterNextLayout(this::focusTitle);
  }

  private void focusTitle() {
    Node first = root.lookup("#field-title");
    if (first != null && root.getScene() != null && root.isVisible()) {
      first.requestFocus();
    }
  }

  /** Every action of the editor has a key; one handler per key, on the editor. */
  private void bindKeys() {
    keys.put(EditorShortcuts.NEXT_UNANSWERED, this::nextUnanswered);
    keys.put(EditorShortcuts.ADD_MEMBER, this::addTeamMember);
    keys.put(EditorShortcuts.ADD_PARTICIPANT, this::addUnitParticipant);
    keys.put(EditorShortcuts.ADD_BASIS, this::addBasis);
    keys.put(EditorShortcuts.ADD_RECOMMENDATION, this::addRecommendation);
    keys.put(EditorShortcuts.DRAFT_FINDINGS, this::draftFindings);
    keys.put(EditorShortcuts.ATTACH_EVIDENCE, this::attachEvidence);
    keys.put(EditorShortcuts.MARK_READY, this::markReady);
    for (int i = 0; i < tabs.getTabs().size() && i < 9; i++) {
      int index = i;
      Shortcuts.tooltip(tabs.getTabs().get(i), EditorShortcuts.tab(i));
      keys.put(EditorShortcuts.tab(i), () -> tabs.getSelectionModel().select(index));
    }
    root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::handleKey);
  }

  /**
   * Runs the editor's action for a key press and consumes it; the window passes on presses made
   * while focus is outside the editor (a tab header) so the keys work whenever it is shown.
   *
   * @return whether the key was the editor's
   */
  public boolean handleKey(javafx.scene.input.KeyEvent e) {
    if (e.isConsumed()) {
      return false;
    }
    for (var key : keys.entrySet()) {
      if (key.getKey().match(e)) {
        e.consume();
        key.getValue().run();
        return true;
      }
    }
    return false;
  }

  private boolean loaded() {
    return checklist != null;
  }

  /** F3: the next criterion without an assessment, focus on its result buttons (keys 1–4). */
  public void nextUnanswered() {
    if (!loaded()) {
      return;
    }
    tabs.getSelectionModel().select(checklistTab);
    checklist.nextUnanswered();
    // The tab's content is shown on the next pulse; focus once more after it is.
    Platform.runLater(checklist::focusResult);
  }

  /** Adds a team member; focus goes into the new row's name. */
  public void addTeamMember() {
    if (loaded() && !vm.readOnly().get()) {
      tabs.getSelectionModel().select(generalTab);
      general.addMember();
    }
  }

  /** Adds a person of the unit (the representative if there is none yet). */
  public void addUnitParticipant() {
    if (loaded() && !vm.readOnly().get()) {
      tabs.getSelectionModel().select(generalTab);
      general.addParticipant();
    }
  }

  /** Puts focus into the field where a basis document is typed. */
  public void addBasis() {
    if (loaded() && !vm.readOnly().get()) {
      tabs.getSelectionModel().select(generalTab);
      general.focusBasis();
    }
  }

  /** Adds a recommendation; focus goes into its text. */
  public void addRecommendation() {
    if (loaded() && !vm.readOnly().get()) {
      tabs.getSelectionModel().select(recommendationsTab);
      recommendations.addNew();
    }
  }

  /** Writes the findings draft from the results (asks before replacing text). */
  public void draftFindings() {
    if (loaded()) {
      tabs.getSelectionModel().select(findingsTab);
      findings.draftFromResults();
    }
  }

  /** Opens the file chooser for the evidence of the criterion on screen. */
  public void attachEvidence() {
    if (loaded()) {
      tabs.getSelectionModel().select(checklistTab);
      checklist.chooseEvidence();
    }
  }

  /** Marks the inspection ready to sign, when nothing is missing. */
  public void markReady() {
    if (loaded()) {
      tabs.getSelectionModel().select(readinessTab);
      readiness.markReady();
    }
  }

  private static final int OWN_TABS = 5;
  private final java.util.Map<javafx.scene.input.KeyCombination, Runnable> keys =
      new java.util.LinkedHashMap<>();

  /** The editor's own tabs whose content is not built yet, with what builds it. */
  private final java.util.Map<Tab, Runnable> unbuilt = new java.util.LinkedHashMap<>();

  /**
   * Builds the tab on screen at once and the others one per pulse afterwards, so opening an
   * inspection waits for one tab only; a tab selected before its turn is built as it is selected.
   */
  private void buildOwnTabs() {
    checklist = new ChecklistTab(vm, executor, owner, showDocument);
    findings = new FindingsTab(vm, owner);
    general = new GeneralTab(vm);
    recommendations = new RecommendationsTab(vm, owner);
    readiness = new ReadinessTab(vm, this::jump);
    unbuilt.clear();
    unbuilt.put(
        generalTab,
        () -> {
          Node generalContent = general.build(unitNames);
          lockWhenSigned(generalContent);
          generalTab.setContent(generalContent);
        });
    unbuilt.put(checklistTab, () -> checklistTab.setContent(checklist.build()));
    unbuilt.put(findingsTab, () -> findingsTab.setContent(findings.build()));
    unbuilt.put(recommendationsTab, () -> recommendationsTab.setContent(recommendations.build()));
    unbuilt.put(readinessTab, () -> readinessTab.setContent(readiness.build()));
    if (vm.isDetached()) {
      return; // built tab by tab by the warm-up (showTab)
    }
    Tab shown = tabs.getSelectionModel().getSelectedItem();
    build(shown != null && unbuilt.containsKey(shown) ? shown : generalTab);
    afterNextLayout(this::buildRestLater);
  }

  /** Builds the tab at {@code index} if it is not yet, and selects it; for {@link EditorWarmUp}. */
  void showTab(int index) {
    Tab tab = tabs.getTabs().get(index);
    build(tab);
    tabs.getSelectionModel().select(tab);
  }

  /** Runs {@code then} once the scene has laid out what is on screen now (at once without one). */
  private void afterNextLayout(Runnable then) {
    vn.kiemtra.ui.common.NextLayout.then(root.getScene(), then);
  }

  private void build(Tab tab) {
    Runnable builder = unbuilt.remove(tab);
    if (builder != null) {
      builder.run();
    }
  }

  private void buildRestLater() {
    Platform.runLater(
        () -> {
          // A closed editor builds nothing more.
          if (!closed && !unbuilt.isEmpty()) {
            build(unbuilt.keySet().iterator().next());
            buildRestLater();
          }
        });
  }

  /**
   * Shows a change made elsewhere: the editor's own tabs are built again from the session's state,
   * which already holds every unsaved edit (so the field being typed in keeps its text); focus,
   * caret and the selected criterion are put back.
   */
  private void rebuildKeepingFocus() {
    Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
    String focusedId = null;
    int caret = -1;
    for (Node n = focused; n != null; n = n.getParent()) {
      if (n.getId() != null) {
        focusedId = n.getId();
        break;
      }
    }
    if (focused instanceof javafx.scene.control.TextInputControl input) {
      caret = input.getCaretPosition();
    }
    String criterion = checklist == null ? null : checklist.selectedCode();
    buildOwnTabs();
    if (criterion != null) {
      build(checklistTab);
      checklist.select(criterion);
    }
    if (focusedId != null) {
      String id = focusedId;
      int at = caret;
      restoreFocus(id, at);
      // The scene moves focus away from a removed node on the next pulse; put it back after that.
      Platform.runLater(() -> restoreFocus(id, at));
    }
  }

  private void restoreFocus(String id, int caret) {
    Node target = root.lookup("#" + id);
    if (target == null) {
      return;
    }
    target.requestFocus();
    if (caret >= 0 && target instanceof javafx.scene.control.TextInputControl input) {
      input.deselect();
      input.positionCaret(Math.min(caret, input.getLength()));
    }
  }

  /** Inputs of a tab become read-only once the minutes are signed; nothing typed is ignored. */
  private void lockWhenSigned(Node node) {
    if (node instanceof javafx.scene.control.ScrollPane scroll) {
      lockWhenSigned(scroll.getContent());
    } else if (node instanceof javafx.scene.control.TextInputControl input) {
      input.editableProperty().bind(vm.readOnly().not());
    } else if (node instanceof javafx.scene.control.ButtonBase
        || node instanceof javafx.scene.control.ComboBoxBase<?>
        || node instanceof javafx.scene.control.ListView<?>) {
      node.disableProperty().bind(vm.readOnly());
    } else if (node instanceof javafx.scene.Parent parent) {
      parent.getChildrenUnmodifiable().forEach(this::lockWhenSigned);
    }
  }

  /** The save status: red with "Thử lại" and "Chi tiết" while the last save failed. */
  private Node statusBar() {
    Label status = new Label();
    status.setId("save-status");
    status.textProperty().bind(vm.saveStatus());
    vm.saveFailed()
        .addListener(
            (o, a, failed) -> {
              status.getStyleClass().remove("save-failed");
              if (failed) {
                status.getStyleClass().add("save-failed");
              }
            });
    Button retry = new Button(e.get("editor.retry"));
    retry.setId("save-retry");
    retry.setOnAction(ev -> vm.retry());
    Button details = new Button(e.get("editor.details"));
    details.setId("save-details");
    details.setOnAction(
        ev -> {
          if (vm.failure().get() != null) {
            ErrorDialog.show(owner, vm.failure().get());
          }
        });
    var noFailure = vm.failure().isNull();
    retry.visibleProperty().bind(noFailure.not());
    retry.managedProperty().bind(retry.visibleProperty());
    details.visibleProperty().bind(noFailure.not());
    details.managedProperty().bind(details.visibleProperty());
    HBox bar = new HBox(10, status, retry, details);
    bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 10, 4, 10));
    return bar;
  }

  private String shortTitle() {
    var in = vm.inspection().get();
    String unit = in.unit() == null || in.unit().name().isBlank() ? "" : " — " + in.unit().name();
    String text = in.title() + unit;
    return text.length() > 48 ? text.substring(0, 47) + "…" : text;
  }

  private Tab tab(String id, String key) {
    Tab t = new Tab(m.get(key));
    t.setId(id);
    t.setClosable(false);
    return t;
  }

  ChecklistTab checklist() {
    return checklist;
  }

  /** Shows the field a missing item is about. */
  private void jump(ReadinessCheck.Gap gap) {
    switch (gap.kind()) {
      case UNASSESSED_CRITERION -> {
        tabs.getSelectionModel().select(1);
        checklist.select(gap.subject());
        Platform.runLater(checklist::focusResult);
      }
      case OVERALL_ASSESSMENT -> {
        tabs.getSelectionModel().select(2);
        findings.overallField().requestFocus();
      }
      default -> {
        tabs.getSelectionModel().select(0);
        String id =
            switch (gap.kind()) {
              case TITLE -> "#field-title";
              case PLACE -> "#field-place";
              case UNIT -> "#field-unit";
              case REPRESENTATIVE -> "#participant-add";
              default -> "#team-add";
            };
        Node target = root.lookup(id);
        if (target != null) {
          target.requestFocus();
        }
      }
    }
  }

  /**
   * Asks to close: stores what is pending in the background, then runs {@code close} on the FX
   * thread; if an edit cannot be stored, asks first whether to close and lose it.
   */
  public void requestClose(Runnable close) {
    if (!vm.hasUnsavedEdits()) {
      close.run();
      return;
    }
    vm.flushInBackground()
        .thenAccept(
            stored ->
                Platform.runLater(
                    () -> {
                      if (stored || confirmDiscard()) {
                        close.run();
                      }
                    }));
  }

  private boolean confirmDiscard() {
    String reason =
        vm.failure().get() == null ? vm.saveStatus().get() : vm.failure().get().message();
    ButtonType stay = new ButtonType(e.get("editor.closeUnsaved.stay"), ButtonData.CANCEL_CLOSE);
    ButtonType discard = new ButtonType(e.get("editor.closeUnsaved.discard"), ButtonData.OK_DONE);
    Alert alert =
        new Alert(
            Alert.AlertType.WARNING,
            e.get("editor.closeUnsaved.text", vm.inspection().get().title(), reason),
            stay,
            discard);
    alert.initOwner(owner);
    alert.setTitle(e.get("editor.closeUnsaved.title"));
    alert.setHeaderText(e.get("editor.closeUnsaved.title"));
    // Staying is the safe choice: Enter does not throw the edits away.
    ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
    ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
    alert.getDialogPane().setId("close-unsaved");
    return alert.showAndWait().filter(b -> b == discard).isPresent();
  }

  /** Stops following changes; what is pending is stored on the autosave thread. */
  public void close() {
    closed = true;
    vm.close();
  }
}
