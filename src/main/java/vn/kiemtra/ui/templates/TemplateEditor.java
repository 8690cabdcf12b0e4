package vn.kiemtra.ui.templates;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateProblem;
import vn.kiemtra.core.checklist.TemplateService;
import vn.kiemtra.core.checklist.TemplateWords;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.core.text.VietnameseText;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.UiExecutor;

/**
 * The editor of one template: a tree of areas, criteria and sub-criteria with every field, add /
 * delete / move by buttons, keys (Insert, Delete, Alt+↑/↓) and mouse drag, the live maximum per
 * area and in total, the problems list (a click selects the row) and autosave of drafts. Published
 * and withdrawn versions open read-only.
 */
final class TemplateEditor {
  private static final Duration SAVE_DELAY = Duration.millis(400);
  private final Messages m = Messages.of("templates");
  private final TemplateService service;
  private final UiExecutor executor;
  private final ChecklistTemplate header;
  private final boolean editable;
  private final Consumer<ChecklistTemplate> saved;

  private final TreeItem<DraftRow> root = new TreeItem<>(new DraftRow(true));
  private final TreeView<DraftRow> tree = new TreeView<>(root);
  private final Label totals = new Label();
  private final Label status = new Label();
  private final ListView<TemplateProblem> problems = new ListView<>();
  private final List<TreeItem<DraftRow>> byPosition = new ArrayList<>();
  private final PauseTransition saveLater = new PauseTransition(SAVE_DELAY);
  private final SplitPane node;

  private final TextField code = new TextField();
  private final TextArea text = new TextArea();
  private final TextArea guidance = new TextArea();
  private final ComboBox<AnswerType> type = new ComboBox<>();
  private final TextField facts = new TextField();
  private final TextField points = new TextField();
  private final CheckBox na = new CheckBox();
  private final TextField target = new TextField();
  private final TextField threshold = new TextField();
  private final Label fieldError = new Label();
  private boolean loading;
  private TreeItem<DraftRow> dragging;

  TemplateEditor(
      TemplateService service,
      UiExecutor executor,
      ChecklistTemplate template,
      Consumer<ChecklistTemplate> saved) {
    this.service = service;
    this.executor = executor;
    this.header = template;
    this.editable = !template.status().isFrozen();
    this.saved = saved;
    for (ChecklistArea a : template.areas()) {
      root.getChildren().add(item(DraftRow.of(a)));
    }
    tree.setShowRoot(false);
    tree.setId("templateTree");
    tree.setCellFactory(t -> new DraftCell());
    tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b));
    tree.setOnKeyPressed(
        e -> {
          if (!editable) {
            return;
          }
          if (e.getCode() == KeyCode.INSERT) {
            addCriterion(e.isShiftDown());
          } else if (e.getCode() == KeyCode.DELETE) {
            delete();
          } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            move(-1);
          } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            move(1);
          } else {
            return;
          }
          e.consume();
        });
    problems.setId("templateProblems");
    problems.setCellFactory(
        l ->
            new javafx.scene.control.ListCell<>() {
              @Override
              protected void updateItem(TemplateProblem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : place(p) + ": " + p.message());
                setWrapText(true);
              }
            });
    problems
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, p) -> {
              if (p != null && p.position() >= 0 && p.position() < byPosition.size()) {
                tree.getSelectionModel().select(byPosition.get(p.position()));
                tree.scrollTo(tree.getSelectionModel().getSelectedIndex());
              }
            });
    totals.setId("templateTotals");
    status.setId("templateSaveStatus");
    saveLater.setOnFinished(e -> save());
    node = new SplitPane(left(), form());
    node.setDividerPositions(0.52);
    totals.setWrapText(true);
    totals.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    renumber();
    refreshProblems(service.problems(template));
    if (!root.getChildren().isEmpty()) {
      tree.getSelectionModel().select(root.getChildren().get(0));
    }
  }

  Node node() {
    return node;
  }

  /** The template as edited now. */
  ChecklistTemplate current() {
    return header.withAreas(root.getChildren().stream().map(i -> i.getValue().toArea()).toList());
  }

  private Node left() {
    Button addArea = button("ui.addArea", "templateAddArea", this::addArea);
    Button addCriterion =
        button("ui.addCriterion", "templateAddCriterion", () -> addCriterion(false));
    Button addSub = button("ui.addSub", "templateAddSub", () -> addCriterion(true));
    Button delete = button("ui.delete", "templateDelete", this::delete);
    Button up = button("ui.up", "templateUp", () -> move(-1));
    Button down = button("ui.down", "templateDown", () -> move(1));
    javafx.scene.layout.FlowPane tools =
        new javafx.scene.layout.FlowPane(6, 6, addArea, addCriterion, addSub, delete, up, down);
    tools.setDisable(!editable);
    Label problemsTitle = new Label(m.get("ui.problems"));
    problemsTitle.setWrapText(true);
    problemsTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    problems.setPrefHeight(140);
    VBox box = new VBox(6, tools, tree, totals, problemsTitle, problems, status);
    javafx.scene.layout.VBox.setVgrow(tree, javafx.scene.layout.Priority.ALWAYS);
    box.setPadding(new Insets(8));
    return box;
  }

  private Button button(String key, String id, Runnable action) {
    Button b = new Button(m.get(key));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private Node form() {
    type.getItems().setAll(AnswerType.values());
    type.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(AnswerType t) {
            return t == null ? "" : t.name() + " — " + TemplateWords.type(t);
          }

          @Override
          public AnswerType fromString(String s) {
            return null;
          }
        });
    text.setPrefRowCount(4);
    text.setWrapText(true);
    guidance.setPrefRowCount(2);
    guidance.setWrapText(true);
    code.setId("templateCode");
    text.setId("templateText");
    type.setId("templateType");
    points.setId("templatePoints");
    type.setMaxWidth(Double.MAX_VALUE);
    na.setText(m.get("ui.field.na"));
    na.setWrapText(true);
    // Labels above their fields: at 1024 px the form is a third of the window, and every field
    // keeps the form's whole width.
    VBox g =
        new VBox(
            8,
            field("ui.field.code", code),
            field("ui.field.text", text),
            field("ui.field.guidance", guidance),
            field("ui.field.type", type),
            field("ui.field.facts", facts),
            field("ui.field.points", points),
            na,
            field("ui.field.target", target),
            field("ui.field.threshold", threshold),
            fieldError);
    g.setPadding(new Insets(8));
    fieldError.getStyleClass().add("error");
    fieldError.setWrapText(true);
    for (TextField f : List.of(code, facts, points, target, threshold)) {
      f.textProperty().addListener((o, a, b) -> edited());
    }
    text.textProperty().addListener((o, a, b) -> edited());
    guidance.textProperty().addListener((o, a, b) -> edited());
    type.valueProperty().addListener((o, a, b) -> edited());
    na.selectedProperty().addListener((o, a, b) -> edited());
    g.setDisable(!editable);
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(g);
    scroll.setFitToWidth(true);
    return scroll;
  }

  private Node field(String key, javafx.scene.control.Control input) {
    Label label = new Label(m.get(key));
    label.setLabelFor(input);
    label.setWrapText(true);
    return new VBox(2, label, input);
  }

  private TreeItem<DraftRow> item(DraftRow row) {
    TreeItem<DraftRow> item = new TreeItem<>(row);
    item.setExpanded(true);
    row.children.forEach(c -> item.getChildren().add(item(c)));
    return item;
  }

  private void show(TreeItem<DraftRow> item) {
    loading = true;
    try {
      DraftRow r = item == null ? null : item.getValue();
      boolean criterion = r != null && !r.area;
      code.setText(r == null ? "" : r.code);
      text.setText(r == null ? "" : r.text);
      guidance.setText(r == null || r.guidance == null ? "" : r.guidance);
      type.setValue(criterion ? r.type : null);
      facts.setText(
          criterion ? String.join(" ", r.facts.stream().sorted().map(Enum::name).toList()) : "");
      points.setText(criterion ? TemplateWords.points(r.points) : "");
      na.setSelected(criterion && r.naAllowed);
      target.setText(criterion ? TemplateWords.points(r.target) : "");
      threshold.setText(criterion ? TemplateWords.points(r.threshold) : "");
      for (Node n : List.of(guidance, type, facts, points, na, target, threshold)) {
        n.setDisable(!criterion);
      }
      points.setDisable(!criterion || !item.getChildren().isEmpty());
      fieldError.setText("");
    } finally {
      loading = false;
    }
  }

  /** Copies the form into the selected row; a field that does not parse is named, not stored. */
  private void edited() {
    if (loading || !editable) {
      return;
    }
    TreeItem<DraftRow> item = tree.getSelectionModel().getSelectedItem();
    if (item == null) {
      return;
    }
    DraftRow r = item.getValue();
    r.code = VietnameseText.nfc(code.getText().strip());
    r.text = VietnameseText.nfc(text.getText().strip());
    String error = "";
    if (!r.area) {
      r.guidance = VietnameseText.nfc(guidance.getText().strip());
      r.type = type.getValue() == null ? AnswerType.DKD : type.getValue();
      r.naAllowed = na.isSelected();
      r.facts.clear();
      for (String w : facts.getText().trim().split("[\\s,;]+")) {
        if (!w.isEmpty()) {
          try {
            r.facts.add(AnswerType.valueOf(w.toUpperCase(java.util.Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            error = m.get("xlsx.badFact", w);
          }
        }
      }
      try {
        if (item.getChildren().isEmpty()) {
          r.points = number(points.getText(), BigDecimal.ZERO);
        }
        r.target = number(target.getText(), null);
        r.threshold = number(threshold.getText(), null);
      } catch (NumberFormatException e) {
        error = e.getMessage();
      }
    }
    fieldError.setText(error);
    tree.refresh();
    updateTotals();
    if (error.isEmpty()) {
      saveLater.playFromStart();
    }
  }

  private static BigDecimal number(String s, BigDecimal empty) {
    String t = s == null ? "" : s.strip();
    return t.isEmpty() ? empty : VietnameseNumbers.parseDecimal(t);
  }

  private void addArea() {
    DraftRow r = new DraftRow(true);
    r.code = "LV" + (root.getChildren().size() + 1);
    r.text = m.get("ui.newArea");
    TreeItem<DraftRow> item = item(r);
    root.getChildren().add(item);
    changed(item);
  }

  /** A criterion after the selected one (or in the selected area), or a sub-criterion of it. */
  private void addCriterion(boolean sub) {
    TreeItem<DraftRow> selected = tree.getSelectionModel().getSelectedItem();
    if (selected == null) {
      if (root.getChildren().isEmpty()) {
        addArea();
      }
      selected = root.getChildren().get(root.getChildren().size() - 1);
    }
    TreeItem<DraftRow> parent;
    int at;
    if (selected.getValue().area || sub) {
      parent = selected;
      at = selected.getChildren().size();
    } else {
      parent = selected.getParent();
      at = parent.getChildren().indexOf(selected) + 1;
    }
    DraftRow r = new DraftRow(false);
    String prefix = parent.getValue().area ? parent.getValue().code : parent.getValue().code + ".";
    r.code = freeCode(prefix, parent.getValue().area);
    r.text = m.get("ui.newCriterion");
    r.points = BigDecimal.ONE;
    TreeItem<DraftRow> item = item(r);
    parent.getChildren().add(at, item);
    parent.setExpanded(true);
    changed(item);
  }

  private String freeCode(String prefix, boolean topLevel) {
    java.util.Set<String> used = new java.util.HashSet<>();
    collect(root, used);
    for (int n = 1; ; n++) {
      String c = prefix + (topLevel ? VietnameseNumbers.twoDigits(n) : String.valueOf(n));
      if (!used.contains(c)) {
        return c;
      }
    }
  }

  private static void collect(TreeItem<DraftRow> item, java.util.Set<String> out) {
    for (TreeItem<DraftRow> c : item.getChildren()) {
      out.add(c.getValue().code);
      collect(c, out);
    }
  }

  private void delete() {
    TreeItem<DraftRow> selected = tree.getSelectionModel().getSelectedItem();
    if (selected == null) {
      return;
    }
    TreeItem<DraftRow> parent = selected.getParent();
    int index = parent.getChildren().indexOf(selected);
    parent.getChildren().remove(selected);
    TreeItem<DraftRow> next =
        parent.getChildren().isEmpty()
            ? (parent == root ? null : parent)
            : parent.getChildren().get(Math.min(index, parent.getChildren().size() - 1));
    changed(next);
  }

  private void move(int by) {
    TreeItem<DraftRow> selected = tree.getSelectionModel().getSelectedItem();
    if (selected == null) {
      return;
    }
    var siblings = selected.getParent().getChildren();
    int i = siblings.indexOf(selected);
    int j = i + by;
    if (j < 0 || j >= siblings.size()) {
      return;
    }
    siblings.remove(i);
    siblings.add(j, selected);
    changed(selected);
  }

  /** Rebuilds the rows' children from the tree, then selects, totals and saves. */
  private void changed(TreeItem<DraftRow> select) {
    syncChildren(root);
    renumber();
    if (select != null) {
      tree.getSelectionModel().select(select);
    }
    updateTotals();
    saveLater.playFromStart();
  }

  private static void syncChildren(TreeItem<DraftRow> item) {
    item.getValue().children.clear();
    for (TreeItem<DraftRow> c : item.getChildren()) {
      item.getValue().children.add(c.getValue());
      syncChildren(c);
    }
  }

  private void renumber() {
    byPosition.clear();
    root.getChildren().forEach(this::number);
    updateTotals();
  }

  private void number(TreeItem<DraftRow> item) {
    byPosition.add(item);
    item.getChildren().forEach(this::number);
  }

  private void updateTotals() {
    List<String> parts = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (TreeItem<DraftRow> a : root.getChildren()) {
      BigDecimal max = a.getValue().maximum();
      total = total.add(max);
      parts.add(a.getValue().code + " " + TemplateWords.points(max));
    }
    totals.setText(m.get("ui.totals", String.join(" · ", parts), TemplateWords.points(total)));
  }

  private void save() {
    if (!editable) {
      return;
    }
    ChecklistTemplate edited = current();
    status.setText(m.get("ui.saving"));
    executor.run(
        () -> service.saveDraft(edited),
        result -> {
          refreshProblems(result.problems());
          status.setText(
              result.saved()
                  ? m.get(
                      "ui.savedAt",
                      vn.kiemtra.core.shared.Clock.localNow()
                          .toLocalTime()
                          .format(DateTimeFormatter.ofPattern("HH:mm:ss")))
                  : m.get("ui.notSaved"));
          if (result.saved()) {
            saved.accept(edited);
          }
        },
        e -> {
          status.setText(Dialogs.message(e));
          Dialogs.error(node.getScene() == null ? null : node.getScene().getWindow(), e);
        });
  }

  /** Saves at once what is waiting (before publishing or closing). */
  void flush(Runnable then) {
    if (!editable || saveLater.getStatus() != javafx.animation.Animation.Status.RUNNING) {
      then.run();
      return;
    }
    saveLater.stop();
    ChecklistTemplate edited = current();
    executor.run(
        () -> service.saveDraft(edited),
        result -> {
          refreshProblems(result.problems());
          then.run();
        },
        e -> Dialogs.error(null, e));
  }

  private void refreshProblems(List<TemplateProblem> list) {
    problems.getItems().setAll(list);
  }

  private String place(TemplateProblem p) {
    if (p.position() < 0 || p.position() >= byPosition.size()) {
      return m.get("ui.place.template");
    }
    return byPosition.get(p.position()).getValue().code;
  }

  /**
   * Whether a row dragged onto another may land there: an area before another area; a criterion
   * into an area (at its end) or before another criterion or sub-criterion, as its sibling. A row
   * never lands on itself or inside itself, and a criterion with sub-criteria cannot become one.
   */
  static boolean canDrop(TreeItem<DraftRow> dragged, TreeItem<DraftRow> target) {
    if (dragged == null || target == null || dragged == target) {
      return false;
    }
    for (TreeItem<DraftRow> up = target; up != null; up = up.getParent()) {
      if (up == dragged) {
        return false;
      }
    }
    if (dragged.getValue().area) {
      return target.getValue().area;
    }
    if (target.getValue().area) {
      return true;
    }
    boolean becomesSub = !target.getParent().getValue().area;
    return !becomesSub || dragged.getChildren().isEmpty();
  }

  /** Moves {@code dragged} where {@link #canDrop} allows, then renumbers, totals and saves. */
  void drop(TreeItem<DraftRow> dragged, TreeItem<DraftRow> target) {
    if (!editable || !canDrop(dragged, target)) {
      return;
    }
    dragged.getParent().getChildren().remove(dragged);
    if (target.getValue().area && !dragged.getValue().area) {
      target.getChildren().add(dragged);
      target.setExpanded(true);
    } else {
      var siblings = target.getParent().getChildren();
      siblings.add(siblings.indexOf(target), dragged);
    }
    changed(dragged);
  }

  private static final javafx.css.PseudoClass DROP_TARGET =
      javafx.css.PseudoClass.getPseudoClass("drop-target");

  /**
   * Shows code, text and points of a row, areas in bold; a row is dragged with the mouse onto the
   * row it should come before (or onto an area, to end it). The drag is JavaFX's own press-drag-
   * release gesture, so it needs no system clipboard.
   */
  private final class DraftCell extends javafx.scene.control.TreeCell<DraftRow> {
    DraftCell() {
      setOnDragDetected(
          e -> {
            if (editable && getTreeItem() != null) {
              dragging = getTreeItem();
              startFullDrag();
              e.consume();
            }
          });
      setOnMouseDragEntered(
          e -> pseudoClassStateChanged(DROP_TARGET, canDrop(dragging, getTreeItem())));
      setOnMouseDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
      setOnMouseDragReleased(
          e -> {
            pseudoClassStateChanged(DROP_TARGET, false);
            TreeItem<DraftRow> moved = dragging;
            dragging = null;
            drop(moved, getTreeItem());
            e.consume();
          });
    }

    @Override
    protected void updateItem(DraftRow r, boolean empty) {
      super.updateItem(r, empty);
      if (empty || r == null) {
        setText(null);
        getStyleClass().remove("template-area");
        return;
      }
      setText(r.code + "  " + r.text + "  (" + TemplateWords.points(r.maximum()) + ")");
      if (r.area && !getStyleClass().contains("template-area")) {
        getStyleClass().add("template-area");
      } else if (!r.area) {
        getStyleClass().remove("template-area");
      }
    }
  }
}
