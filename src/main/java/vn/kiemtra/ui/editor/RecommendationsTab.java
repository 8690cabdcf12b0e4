package vn.kiemtra.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.finding.RecommendationStatus;
import vn.kiemtra.core.shared.Ids;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.DisplayConverter;
import vn.kiemtra.ui.common.Shortcuts;
import vn.kiemtra.ui.common.Texts;

/** Recommendations (add, edit, reorder, remove) and the unit's response. */
final class RecommendationsTab {
  private final Messages m = Texts.ui();
  private final EditorViewModel vm;
  private final Window owner;
  private final ListView<Row> list = new ListView<>();
  private final VBox form = new VBox(8);
  private boolean updating;

  /** A list entry whose recommendation is replaced in place while it is edited. */
  private static final class Row {
    Recommendation value;

    Row(Recommendation value) {
      this.value = value;
    }
  }

  RecommendationsTab(EditorViewModel vm, Window owner) {
    this.vm = vm;
    this.owner = owner;
  }

  Node build() {
    list.setId("recommendation-list");
    list.getItems().setAll(vm.inspection().get().recommendations().stream().map(Row::new).toList());
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (getIndex() + 1) + ". " + r.value.text());
              }
            });
    list.getSelectionModel()
        .selectedIndexProperty()
        .addListener((o, a, n) -> showForm(n.intValue()));
    Button add = button("rec-add", "recommendations.add", this::addNew);
    Shortcuts.tooltip(add, EditorShortcuts.ADD_RECOMMENDATION);
    Button up = button("rec-up", "general.up", () -> move(-1));
    Button down = button("rec-down", "general.down", () -> move(1));
    Button remove = button("rec-remove", "general.remove", this::removeSelected);
    javafx.scene.layout.FlowPane buttons =
        new javafx.scene.layout.FlowPane(8, 6, add, up, down, remove);
    buttons.disableProperty().bind(vm.readOnly());
    Label responseTitle = new Label(m.get("recommendations.response"));
    responseTitle.getStyleClass().add("section-title");
    TextArea response =
        Fields.area(
            "unit-response",
            vm.inspection().get().unitResponse(),
            4,
            v -> vm.edit(i -> i.toBuilder().unitResponse(Fields.orNull(v)).build()));
    response.editableProperty().bind(vm.readOnly().not());
    list.setPrefHeight(220);
    VBox root = new VBox(10, list, buttons, form, responseTitle, response);
    root.setPadding(new Insets(12));
    return new javafx.scene.control.ScrollPane(root) {
      {
        setFitToWidth(true);
      }
    };
  }

  private Button button(String id, String key, Runnable action) {
    Button b = new Button(m.get(key));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private void push() {
    List<Recommendation> items = new ArrayList<>();
    list.getItems().forEach(row -> items.add(row.value));
    vm.edit(i -> i.toBuilder().recommendations(items).build());
  }

  /**
   * Adds an empty recommendation and puts focus into its text, so typing goes there (a space does
   * not press the button again).
   */
  void addNew() {
    if (vm.readOnly().get()) {
      return;
    }
    list.getItems()
        .add(
            new Row(
                new Recommendation(
                    Ids.random(), "", null, null, List.of(), RecommendationStatus.OPEN)));
    list.getSelectionModel().selectLast();
    list.scrollTo(list.getItems().size() - 1);
    javafx.scene.Node text = form.lookup("#rec-text");
    if (text != null) {
      text.requestFocus();
    }
  }

  private void move(int delta) {
    int n = list.getSelectionModel().getSelectedIndex();
    int to = n + delta;
    if (n < 0 || to < 0 || to >= list.getItems().size()) {
      return;
    }
    Row r = list.getItems().remove(n);
    list.getItems().add(to, r);
    list.getSelectionModel().select(to);
    push();
  }

  private void removeSelected() {
    int n = list.getSelectionModel().getSelectedIndex();
    if (n >= 0 && Dialogs.confirm(owner, m.get("recommendations.confirmRemove"))) {
      list.getItems().remove(n);
      push();
    }
  }

  private void replace(int n, Recommendation r) {
    updating = true;
    try {
      list.getItems().get(n).value = r;
      list.refresh();
    } finally {
      updating = false;
    }
    if (!r.text().isBlank()) {
      push();
    }
  }

  private void showForm(int n) {
    form.getChildren().clear();
    if (n < 0 || n >= list.getItems().size()) {
      return;
    }
    Recommendation r = list.getItems().get(n).value;
    TextArea text =
        Fields.area(
            "rec-text",
            r.text(),
            3,
            v ->
                replace(
                    n,
                    new Recommendation(
                        r.id(),
                        v,
                        current(n).addressee(),
                        current(n).dueDate(),
                        current(n).relatedItems(),
                        current(n).status())));
    TextField addressee =
        Fields.text(
            "rec-addressee",
            r.addressee(),
            v -> replace(n, withAddressee(current(n), Fields.orNull(v))));
    DatePicker due = Texts.datePicker(r.dueDate());
    due.setId("rec-due");
    due.valueProperty()
        .addListener(
            (o, a, d) -> {
              Recommendation c = current(n);
              replace(
                  n,
                  new Recommendation(
                      c.id(), c.text(), c.addressee(), d, c.relatedItems(), c.status()));
            });
    TextField related =
        Fields.text(
            "rec-related",
            String.join(", ", r.relatedItems()),
            v -> {
              Recommendation c = current(n);
              List<String> items =
                  Arrays.stream(v.split("[,;\\s]+"))
                      .map(String::trim)
                      .filter(s -> !s.isEmpty())
                      .map(s -> s.toUpperCase(java.util.Locale.ROOT))
                      .toList();
              replace(
                  n,
                  new Recommendation(
                      c.id(), c.text(), c.addressee(), c.dueDate(), items, c.status()));
            });
    related.setPromptText("CD11, TC03");
    ComboBox<RecommendationStatus> status =
        new ComboBox<>(FXCollections.observableArrayList(RecommendationStatus.values()));
    status.setId("rec-status");
    status.setConverter(DisplayConverter.of(s -> s == null ? "" : m.get("recStatus." + s)));
    status.setValue(r.status());
    status
        .valueProperty()
        .addListener(
            (o, a, s) -> {
              Recommendation c = current(n);
              replace(
                  n,
                  new Recommendation(
                      c.id(), c.text(), c.addressee(), c.dueDate(), c.relatedItems(), s));
            });
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(6);
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    grid.getColumnConstraints().add(labels);
    grid.addRow(0, new Label(m.get("recommendations.text")), text);
    grid.addRow(1, new Label(m.get("recommendations.addressee")), addressee);
    grid.addRow(2, new Label(m.get("recommendations.due")), due);
    grid.addRow(3, new Label(m.get("recommendations.related")), related);
    grid.addRow(4, new Label(m.get("recommendations.status")), status);
    GridPane.setHgrow(text, Priority.ALWAYS);
    grid.disableProperty().bind(vm.readOnly());
    form.getChildren().add(grid);
  }

  private Recommendation current(int n) {
    return list.getItems().get(n).value;
  }

  private static Recommendation withAddressee(Recommendation c, String a) {
    return new Recommendation(c.id(), c.text(), a, c.dueDate(), c.relatedItems(), c.status());
  }
}
