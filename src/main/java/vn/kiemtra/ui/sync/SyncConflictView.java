package vn.kiemtra.ui.sync;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.ConflictKind;
import vn.kiemtra.core.sync.ReconciliationText;
import vn.kiemtra.core.sync.SyncConflict;
import vn.kiemtra.core.sync.SyncRow;
import vn.kiemtra.core.sync.SyncService;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.Texts;

/**
 * "Xung đột chờ quyết định": the fields two devices changed differently (or that arrived for a
 * signed inspection), with both values side by side; a person keeps one, takes the other, or writes
 * a merged value.
 */
public final class SyncConflictView extends BorderPane {
  private final Messages m = Texts.ui();
  private final Messages sm = Messages.of("sync");
  private final SyncService sync;
  private final Executor executor;
  private final ReconciliationText text;

  private final CheckBox showResolved = new CheckBox();
  private final TableView<SyncConflict> table = new TableView<>();
  private final Label count = new Label();
  private final Label detailTitle = new Label();
  private final TextArea local = new TextArea();
  private final TextArea incoming = new TextArea();
  private final TextArea merged = new TextArea();
  private final Button keep = new Button();
  private final Button take = new Button();
  private final Button write = new Button();
  private final Label lockedNote = new Label();
  private final Label message = new Label();
  private boolean busy;

  public SyncConflictView(SyncService sync, Executor executor) {
    this.sync = sync;
    this.executor = executor;
    this.text = new ReconciliationText(sync);
    getStyleClass().add("sync-view");

    Label title = new Label(m.get("sync.conflicts.title"));
    title.getStyleClass().add("section-title");
    Label intro = new Label(m.get("sync.conflicts.intro"));
    intro.setWrapText(true);
    showResolved.setText(m.get("sync.conflicts.showResolved"));
    showResolved.setId("syncConflictsAll");
    showResolved.selectedProperty().addListener((o, a, b) -> refresh(null));
    Button reload = new Button(m.get("sync.conflicts.refresh"));
    reload.setId("syncConflictsRefresh");
    reload.setOnAction(e -> refresh(null));
    count.setId("syncConflictsCount");
    HBox bar = new HBox(16, showResolved, reload, count);
    bar.setAlignment(Pos.CENTER_LEFT);
    VBox top = new VBox(8, title, intro, bar);
    top.setPadding(new Insets(16, 16, 8, 16));
    setTop(top);

    table.setId("syncConflictTable");
    table.setPlaceholder(new Label(m.get("sync.conflicts.none")));
    table
        .getColumns()
        .add(column("sync.conflicts.kind", c -> sm.get("conflict.kind." + c.kind()), 140));
    table.getColumns().add(column("sync.conflicts.what", this::what, 240));
    table.getColumns().add(column("sync.conflicts.field", c -> sync.fieldLabel(c.field()), 130));
    table.getColumns().add(column("sync.conflicts.local", c -> shown(c, c.localValue()), 190));
    table
        .getColumns()
        .add(column("sync.conflicts.incoming", c -> shown(c, c.incomingValue()), 190));
    table.getColumns().add(column("sync.conflicts.current", c -> shown(c, c.currentValue()), 190));
    table.getColumns().add(column("sync.conflicts.state", this::state, 150));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b));

    SplitPane split = new SplitPane(table, detail());
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.42);
    setCenter(split);
    show(null);
    refresh(null);
  }

  private static String oneLine(String s) {
    String t = s.replace('\n', ' ');
    return t.length() > 120 ? t.substring(0, 119) + "…" : t;
  }

  private String shown(SyncConflict c, String value) {
    return oneLine(text.shown(c.field(), value));
  }

  private String what(SyncConflict c) {
    String label = sync.tableLabel(c.table());
    return c.context() == null || c.context().isBlank() ? label : label + " · " + c.context();
  }

  private String state(SyncConflict c) {
    return c.resolved()
        ? m.get("sync.conflicts.resolvedAt", SyncFiles.shown(c.resolvedAt()))
        : m.get("sync.conflicts.open");
  }

  private TableColumn<SyncConflict, String> column(
      String key, Function<SyncConflict, String> value, double width) {
    TableColumn<SyncConflict, String> c = new TableColumn<>(m.get(key));
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private VBox detail() {
    detailTitle.setId("syncConflictTitle");
    detailTitle.getStyleClass().add("section-title");
    detailTitle.setWrapText(true);
    for (TextArea area : new TextArea[] {local, incoming}) {
      area.setEditable(false);
      area.setWrapText(true);
      area.setPrefRowCount(4);
      area.getStyleClass().add("read-only");
    }
    local.setId("syncConflictLocal");
    incoming.setId("syncConflictIncoming");
    Texts.nfc(merged);
    merged.setId("syncConflictMerged");
    merged.setWrapText(true);
    merged.setPrefRowCount(4);

    GridPane sides = new GridPane();
    sides.setHgap(12);
    sides.setVgap(4);
    sides.add(new Label(m.get("sync.conflicts.localSide")), 0, 0);
    sides.add(new Label(m.get("sync.conflicts.incomingSide")), 1, 0);
    sides.add(local, 0, 1);
    sides.add(incoming, 1, 1);
    javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
    half.setPercentWidth(50);
    sides.getColumnConstraints().addAll(half, half);
    GridPane.setHgrow(local, Priority.ALWAYS);
    GridPane.setHgrow(incoming, Priority.ALWAYS);

    keep.setId("syncConflictKeep");
    keep.setOnAction(e -> keepLocal());
    take.setText(m.get("sync.conflicts.take"));
    take.setId("syncConflictTake");
    take.setOnAction(e -> resolveSelected(c -> c.incomingValue()));
    write.setText(m.get("sync.conflicts.write"));
    write.setId("syncConflictWrite");
    write.setOnAction(e -> resolveSelected(c -> Texts.value(merged)));
    HBox buttons = new HBox(10, keep, take, write);
    buttons.setAlignment(Pos.CENTER_LEFT);

    lockedNote.setId("syncConflictLockedNote");
    lockedNote.setWrapText(true);
    lockedNote.getStyleClass().add("guidance");
    lockedNote.managedProperty().bind(lockedNote.visibleProperty());
    message.setId("syncConflictMessage");
    message.setWrapText(true);

    VBox box =
        new VBox(
            8,
            detailTitle,
            sides,
            new Label(m.get("sync.conflicts.mergedLabel")),
            merged,
            lockedNote,
            buttons,
            message);
    box.setPadding(new Insets(10, 16, 16, 16));
    return box;
  }

  private SyncConflict selected() {
    return table.getSelectionModel().getSelectedItem();
  }

  private void show(SyncConflict c) {
    boolean none = c == null;
    boolean deletion = !none && SyncRow.DELETED.equals(c.field());
    boolean locked = !none && c.kind() == ConflictKind.LOCKED;
    boolean closed = none || c.resolved() || busy;
    detailTitle.setText(
        none
            ? m.get("sync.conflicts.select")
            : what(c)
                + " — "
                + sync.fieldLabel(c.field())
                + " ("
                + sm.get("conflict.kind." + c.kind())
                + ")");
    local.setText(none ? "" : text.shown(c.field(), c.localValue()));
    incoming.setText(none ? "" : text.shown(c.field(), c.incomingValue()));
    String prefill = none ? "" : c.resolved() ? c.resolvedValue() : c.currentValue();
    merged.setText(
        deletion && !none ? text.shown(c.field(), prefill) : Objects.toString(prefill, ""));
    merged.setEditable(!closed && !locked && !deletion);
    keep.setText(m.get(locked ? "sync.conflicts.keepSigned" : "sync.conflicts.keep"));
    keep.setDisable(closed);
    take.setDisable(closed || locked);
    write.setDisable(closed || locked || deletion);
    lockedNote.setVisible(locked || deletion);
    lockedNote.setText(
        locked
            ? m.get("sync.conflicts.lockedNote")
            : deletion ? m.get("sync.conflicts.deletedNote") : "");
  }

  private void keepLocal() {
    SyncConflict c = selected();
    if (c != null) {
      resolveSelected(x -> x.kind() == ConflictKind.LOCKED ? x.currentValue() : x.localValue());
    }
  }

  private void resolveSelected(Function<SyncConflict, String> choice) {
    SyncConflict c = selected();
    if (c == null || busy) {
      return;
    }
    String value = choice.apply(c);
    busy = true;
    show(c);
    message.getStyleClass().remove("error");
    message.setText(m.get("sync.conflicts.resolving"));
    SyncWork.run(
        executor,
        () -> {
          sync.resolve(c.id(), value);
          return value;
        },
        v -> {
          busy = false;
          refresh(
              m.get(
                  "sync.conflicts.resolved", sync.fieldLabel(c.field()), text.shown(c.field(), v)));
        },
        error -> {
          busy = false;
          show(selected());
          showError(error);
        });
  }

  private void showError(Throwable error) {
    message.setText(Dialogs.message(error));
    if (!message.getStyleClass().contains("error")) {
      message.getStyleClass().add("error");
    }
  }

  /** Reloads the list (in the background); {@code done} is shown once it is back. */
  public void refresh(String done) {
    boolean all = showResolved.isSelected();
    UUID keepSelected = selected() == null ? null : selected().id();
    SyncWork.run(
        executor,
        () -> sync.conflicts(all),
        list -> {
          table.getItems().setAll(list);
          count.setText(
              m.get(
                  "sync.conflicts.count",
                  Long.toString(list.stream().filter(c -> !c.resolved()).count())));
          select(list, keepSelected);
          if (done != null) {
            message.getStyleClass().remove("error");
            message.setText(done);
          }
        },
        this::showError);
  }

  private void select(List<SyncConflict> list, UUID id) {
    for (SyncConflict c : list) {
      if (c.id().equals(id)) {
        table.getSelectionModel().select(c);
        return;
      }
    }
    table.getSelectionModel().clearSelection();
    show(null);
  }
}
