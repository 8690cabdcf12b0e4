package vn.kiemtra.ui.list;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionPlanner;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.DisplayConverter;
import vn.kiemtra.ui.common.FxUiExecutor;
import vn.kiemtra.ui.common.Shortcuts;
import vn.kiemtra.ui.common.Texts;
import vn.kiemtra.ui.common.UiExecutor;

/** The inspection list: search, filters, sorting, open, new, next year's plan, trash with undo. */
public final class InspectionListView {
  private final Messages m = Texts.ui();
  private final Services services;
  private final UiExecutor executor;
  private final Consumer<UUID> open;
  private final Window owner;
  private final InspectionListViewModel model = new InspectionListViewModel();
  private final TableView<InspectionSummary> table = new TableView<>();
  private final Label message = new Label();
  private final Button undo = new Button();
  private final BorderPane root = new BorderPane();
  private UUID lastDeleted;
  private static final java.util.concurrent.ExecutorService SCORER =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "kiemtra-list-scores");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
          });
  private final Messages w = Messages.of("window");
  private final Map<UUID, String> scores = new HashMap<>();
  private vn.kiemtra.core.inspection.InspectionChanges.Subscription subscription;
  private Runnable whenLoaded;
  private Runnable openingSoon = () -> {};
  private boolean loaded;

  /** Ctrl+N: a new inspection (also in the "Tệp" menu). */
  public static final KeyCombination NEW =
      new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

  private static final KeyCombination NEXT_YEAR =
      new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  private static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination CLEAR_FILTERS =
      new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  public InspectionListView(
      Services services, UiExecutor executor, Consumer<UUID> open, Window owner) {
    this.services = services;
    this.executor = executor;
    this.open = open;
    this.owner = owner;
    build();
    refresh();
    followChanges();
  }

  public Node node() {
    return root;
  }

  public InspectionListViewModel model() {
    return model;
  }

  private void build() {
    TextField search = Texts.nfc(new TextField());
    search.setId("list-search");
    search.setPromptText(m.get("list.search"));
    model.search().bind(search.textProperty());
    HBox.setHgrow(search, Priority.ALWAYS);

    ComboBox<InspectionStatus> status =
        new ComboBox<>(FXCollections.observableArrayList(InspectionStatus.values()));
    status.getItems().add(0, null);
    status.setId("list-status");
    status.setPromptText(m.get("list.allStatuses"));
    status.setConverter(
        DisplayConverter.of(s -> s == null ? m.get("list.allStatuses") : m.get("status." + s)));
    model.status().bind(status.valueProperty());

    ComboBox<Integer> year = new ComboBox<>(model.years());
    year.setId("list-year");
    year.setPromptText(m.get("list.allYears"));
    model.year().bind(year.valueProperty());

    ComboBox<String> unit = new ComboBox<>(model.units());
    unit.setId("list-unit");
    unit.setPromptText(m.get("list.allUnits"));
    unit.setPrefWidth(220);
    model.unit().bind(unit.valueProperty());

    Button clear = new Button(m.get("list.clearFilters"));
    clear.setOnAction(
        e -> {
          search.clear();
          status.setValue(null);
          year.setValue(null);
          unit.setValue(null);
        });
    search.setMinWidth(200);
    HBox filters = new HBox(8, search, status, year, unit, clear);
    filters.setPadding(new Insets(8));

    TableColumn<InspectionSummary, LocalDateTime> date = new TableColumn<>(m.get("list.col.date"));
    date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().startedAt()));
    date.setCellFactory(
        c ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(LocalDateTime v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Nd30Dates.paddedShortDate(v.toLocalDate()));
              }
            });
    date.setPrefWidth(110);
    date.setMinWidth(95);
    TableColumn<InspectionSummary, String> title = new TableColumn<>(m.get("list.col.title"));
    title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
    title.setPrefWidth(380);
    TableColumn<InspectionSummary, String> unitCol = new TableColumn<>(m.get("list.col.unit"));
    unitCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unitName()));
    unitCol.setPrefWidth(280);
    TableColumn<InspectionSummary, String> statusCol = new TableColumn<>(m.get("list.col.status"));
    statusCol.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(m.get("status." + c.getValue().status())));
    statusCol.setPrefWidth(140);
    TableColumn<InspectionSummary, String> template = new TableColumn<>(m.get("list.col.template"));
    template.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(c.getValue().template().toString()));
    template.setPrefWidth(120);
    // "CCHC-SO 2023" whole at 1024 px: the title column gives way first.
    template.setMinWidth(125);
    TableColumn<InspectionSummary, String> scoreCol = new TableColumn<>(w.get("list.col.score"));
    scoreCol.setId("list-col-score");
    scoreCol.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(scores.getOrDefault(c.getValue().id(), "")));
    scoreCol.setPrefWidth(110);
    table
        .getColumns()
        .addAll(java.util.List.of(date, title, unitCol, statusCol, scoreCol, template));
    // The columns share the table's width, so none is cut off on a small screen.
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    SortedList<InspectionSummary> sorted = new SortedList<>(model.shown());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.setId("list-table");
    table.setPlaceholder(new Label(m.get("list.empty")));
    table.setRowFactory(
        t -> {
          TableRow<InspectionSummary> row = new TableRow<>();
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                  open.accept(row.getItem().id());
                }
              });
          return row;
        });
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            openSelected();
          } else if (e.getCode() == KeyCode.DELETE) {
            deleteSelected();
          }
        });

    Button newButton = new Button(m.get("list.new"));
    newButton.setId("list-new");
    newButton.setOnAction(e -> createNew());
    Shortcuts.tooltip(newButton, NEW);
    Button openButton = new Button(m.get("list.open"));
    openButton.setId("list-open");
    openButton.setOnAction(e -> openSelected());
    Button nextYear = new Button(m.get("list.nextYear"));
    nextYear.setId("list-next-year");
    nextYear.setOnAction(e -> copyAsNextYearPlan());
    Button delete = new Button(m.get("list.delete"));
    delete.setId("list-delete");
    delete.setOnAction(e -> deleteSelected());
    undo.setText(m.get("list.undo"));
    undo.setId("list-undo");
    undo.setVisible(false);
    undo.setOnAction(e -> undoDelete());
    message.setId("list-message");
    Shortcuts.tooltip(openButton, new KeyCodeCombination(KeyCode.ENTER));
    Shortcuts.bind(root, nextYear, NEXT_YEAR);
    Shortcuts.tooltip(delete, new KeyCodeCombination(KeyCode.DELETE));
    Shortcuts.bind(table, undo, UNDO);
    Shortcuts.bind(root, clear, CLEAR_FILTERS);
    search.setTooltip(
        new javafx.scene.control.Tooltip(
            Shortcuts.withKey(
                m.get("list.search"),
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN))));
    message.setWrapText(true);
    FlowPane actions = new FlowPane(8, 6, newButton, openButton, nextYear, delete, message, undo);
    actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    actions.setPadding(new Insets(8));
    root.setTop(filters);
    root.setCenter(table);
    root.setBottom(actions);
    root.sceneProperty()
        .addListener(
            (o, a, scene) -> {
              if (scene != null) {
                scene
                    .getAccelerators()
                    .put(
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        search::requestFocus);
              }
            });
  }

  /** Reloads the rows, then the scores (which can wait: the rows never wait for them). */
  public void refresh() {
    executor.run(
        () -> services.inspections().list(),
        rows -> {
          model.setRows(rows);
          java.util.List<UUID> unscored =
              rows.stream().map(InspectionSummary::id).filter(i -> !scores.containsKey(i)).toList();
          if (loaded) {
            loadScores(unscored);
          } else {
            // The first scores wait until the rows are laid out: on two cores, reading hundreds
            // of them beside that first layout delays the list the user is waiting for.
            vn.kiemtra.ui.common.NextLayout.then(table.getScene(), () -> loadScores(unscored));
            loaded = true;
            if (whenLoaded != null) {
              whenLoaded.run();
            }
          }
        },
        e -> Dialogs.error(owner, e));
  }

  /**
   * Runs {@code action} once, on the FX thread, when the rows are first shown (none on an empty
   * database), or at once if they already are.
   */
  public void whenLoaded(Runnable action) {
    if (loaded) {
      action.run();
    } else {
      whenLoaded = action;
    }
  }

  /**
   * Runs {@code action} on the FX thread as soon as an inspection is being stored to be opened (a
   * new one chosen, next year's plan), before it is stored.
   */
  public void whenOpeningSoon(Runnable action) {
    openingSoon = action;
  }

  /** The inspection the list shows first (the selected one if any): the likeliest to be opened. */
  public java.util.Optional<UUID> likeliestToOpen() {
    InspectionSummary s = table.getSelectionModel().getSelectedItem();
    if (s == null && !table.getItems().isEmpty()) {
      s = table.getItems().get(0);
    }
    return java.util.Optional.ofNullable(s).map(InspectionSummary::id);
  }

  /**
   * Steps that build and style the new-inspection choice for {@code offer} without showing it, so
   * the first Ctrl+N does not load its classes (the window's warm-up); each step is short.
   */
  public java.util.List<Runnable> newInspectionWarmUp(
      vn.kiemtra.core.start.InspectionStarter.Offer offer) {
    if (offer.published().isEmpty()) {
      return java.util.List.of();
    }
    NewInspectionDialog[] dialog = new NewInspectionDialog[1];
    return java.util.List.of(
        () -> dialog[0] = new NewInspectionDialog(owner, offer), () -> dialog[0].styleUnshown());
  }

  /**
   * Scores are read on their own low-priority thread, one job at a time: they never hold up the
   * background threads that open what the user asked for.
   */
  private void loadScores(java.util.List<UUID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    FxUiExecutor.submit(
        SCORER,
        () -> {
          Map<UUID, String> found = new HashMap<>();
          services
              .inspections()
              .scores(ids)
              .forEach((id, score) -> found.put(id, scoreText(score)));
          return found;
        },
        found -> {
          scores.putAll(found);
          table.refresh();
        },
        e -> Dialogs.log(e));
  }

  private static String scoreText(vn.kiemtra.core.scoring.InspectionScore score) {
    return score.answered() == 0
        ? ""
        : VietnameseNumbers.formatDecimal(score.achieved(), 2)
            + "/"
            + VietnameseNumbers.formatDecimal(score.applicableMax(), 2);
  }

  /**
   * Keeps the list current with changes committed anywhere (an open editor's autosave, signing, a
   * sync import): the rows are read again once the changes settle, and the changed scores.
   */
  private void followChanges() {
    javafx.animation.PauseTransition settle =
        new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    java.util.Set<UUID> changed = new java.util.HashSet<>();
    settle.setOnFinished(
        e -> {
          java.util.List<UUID> ids = java.util.List.copyOf(changed);
          changed.clear();
          executor.run(
              () -> services.inspections().list(),
              rows -> {
                model.setRows(rows);
                loadScores(ids);
              },
              err -> Dialogs.log(err));
        });
    subscription =
        services
            .inspections()
            .changes()
            .subscribeAll(
                change ->
                    javafx.application.Platform.runLater(
                        () -> {
                          changed.add(change.inspectionId());
                          settle.playFromStart();
                        }));
  }

  /** Stops following changes (the window is closing). */
  public void close() {
    if (subscription != null) {
      subscription.cancel();
    }
  }

  private void openSelected() {
    InspectionSummary s = table.getSelectionModel().getSelectedItem();
    if (s != null) {
      open.accept(s.id());
    }
  }

  /**
   * A new inspection: asks for the published checklist (the newest of the level used last is
   * preselected), stores the inspection with the header defaults from the settings and opens it.
   */
  public void createNew() {
    executor.run(
        () -> services.starter().offer(),
        offer -> {
          if (offer.published().isEmpty()) {
            Dialogs.error(
                owner,
                new vn.kiemtra.core.shared.DomainException(
                    m.get("newInspection.nothingPublished")));
            return;
          }
          new NewInspectionDialog(owner, offer).ask().ifPresent(this::start);
        },
        e -> Dialogs.error(owner, e));
  }

  private void start(vn.kiemtra.core.checklist.TemplateRef ref) {
    openingSoon.run();
    executor.run(
        () -> services.starter().start(ref, null, vn.kiemtra.core.shared.Clock.localNow()).id(),
        id -> {
          // The editor's load is queued first: the list is read after it.
          open.accept(id);
          refresh();
        },
        e -> Dialogs.error(owner, e));
  }

  private void copyAsNextYearPlan() {
    InspectionSummary s = table.getSelectionModel().getSelectedItem();
    if (s == null) {
      return;
    }
    openingSoon.run();
    executor.run(
        () -> {
          Inspection previous = services.inspections().require(s.id()).inspection();
          Inspection plan = new InspectionPlanner().nextYearPlan(previous, previous.template());
          services.inspections().save(plan);
          return plan.id();
        },
        id -> {
          refresh();
          message.setText(m.get("list.planCreated"));
          open.accept(id);
        },
        e -> Dialogs.error(owner, e));
  }

  private void deleteSelected() {
    InspectionSummary s = table.getSelectionModel().getSelectedItem();
    if (s == null || !Dialogs.confirm(owner, m.get("list.confirmDelete", s.title()))) {
      return;
    }
    executor.run(
        () -> {
          services.inspections().delete(s.id());
          return s.id();
        },
        id -> {
          lastDeleted = id;
          message.setText(m.get("list.deleted", s.title()));
          undo.setVisible(true);
          refresh();
        },
        e -> Dialogs.error(owner, e));
  }

  private void undoDelete() {
    UUID id = lastDeleted;
    if (id == null) {
      return;
    }
    executor.run(
        () -> {
          services.inspections().restore(id);
          return id;
        },
        restored -> {
          lastDeleted = null;
          undo.setVisible(false);
          message.setText(m.get("list.restored"));
          refresh();
        },
        e -> Dialogs.error(owner, e));
  }
}
