package vn.kiemtra.ui.templates;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateChange;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.checklist.TemplateService;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.checklist.TemplateSummary;
import vn.kiemtra.core.checklist.TemplateWords;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.ValidationException;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.UiExecutor;

/**
 * The "Bộ tiêu chí" screen: every version with code, version, level, status, areas, criteria,
 * maximum and the inspections using it; import, export, a blank workbook, new checklist, new
 * version, publish (showing what changed), withdraw, delete a draft, and a new inspection from a
 * published version. The selected version opens in the editor beside the list.
 */
public final class TemplatesView extends BorderPane {
  private final Messages m = Messages.of("templates");
  private final Services services;
  private final TemplateService templates;
  private final UiExecutor executor;
  private final Consumer<UUID> openInspection;
  private final TableView<TemplateSummary> table = new TableView<>();
  private final StackPane editorHost = new StackPane();
  private final Label message = new Label();
  private TemplateDialogs dialogs;
  private TemplateEditor editor;

  public TemplatesView(Services services, UiExecutor executor, Consumer<UUID> openInspection) {
    this.services = services;
    this.templates = services.templates();
    this.executor = executor;
    this.openInspection = openInspection;
    this.dialogs = new FxTemplateDialogs(() -> getScene() == null ? null : getScene().getWindow());
    setId("templatesView");
    table.setId("templateList");
    table
        .getColumns()
        .setAll(
            column("ui.col.code", s -> s.template().code()),
            column("ui.col.version", s -> s.template().version()),
            column("ui.col.level", s -> s.template().level().name()),
            column("ui.col.status", s -> TemplateWords.status(s.template().status())),
            column("ui.col.areas", s -> String.valueOf(s.template().areas().size())),
            column("ui.col.criteria", s -> String.valueOf(s.template().criterionCount())),
            column("ui.col.max", s -> TemplateWords.points(s.template().maxScore())),
            column("ui.col.inspections", s -> String.valueOf(s.inspections())));
    int[] widths = {80, 62, 44, 100, 58, 58, 52, 60};
    for (int i = 0; i < widths.length; i++) {
      table.getColumns().get(i).setPrefWidth(widths[i]);
    }
    vn.kiemtra.ui.common.HeaderWidths.fit(table);
    table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> open(s));
    FlowPane tools =
        new FlowPane(
            6,
            6,
            button("ui.new", "templateNew", this::createNew),
            button("ui.import", "templateImport", this::importFile),
            button("ui.export", "templateExport", this::exportFile),
            button("ui.blank", "templateBlank", this::blankWorkbook),
            button("ui.newVersion", "templateNewVersion", this::newVersion),
            button("ui.publish", "templatePublish", this::publish),
            button("ui.withdraw", "templateWithdraw", this::withdraw),
            button("ui.deleteDraft", "templateDeleteDraft", this::deleteDraft),
            button("ui.startInspection", "templateStartInspection", this::startInspection));
    tools.setPadding(new Insets(8));
    message.setId("templatesMessage");
    message.setWrapText(true);
    VBox left = new VBox(6, table, message);
    VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
    left.setPadding(new Insets(0, 8, 8, 8));
    editorHost.getChildren().setAll(pickHint());
    SplitPane split = new SplitPane(left, editorHost);
    // The editor gets the room; where the user leaves the divider is kept.
    vn.kiemtra.ui.common.SplitterMemory.remember(split, "templates.split", 0.3);
    // A wider window widens the editor, not the list.
    SplitPane.setResizableWithParent(left, false);
    setTop(tools);
    setCenter(split);
    refresh(null);
  }

  /** Replaces the dialogs (tests answer them). */
  void setDialogs(TemplateDialogs dialogs) {
    this.dialogs = dialogs;
  }

  private TableColumn<TemplateSummary, String> column(
      String key, java.util.function.Function<TemplateSummary, String> value) {
    TableColumn<TemplateSummary, String> c = new TableColumn<>(m.get(key));
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    return c;
  }

  /** "Pick a checklist…", wrapped when the editor's side is narrow. */
  private Label pickHint() {
    Label hint = new Label(m.get("ui.pick"));
    hint.setWrapText(true);
    return hint;
  }

  private Button button(String key, String id, Runnable action) {
    Button b = new Button(m.get(key));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private Optional<ChecklistTemplate> selected() {
    return Optional.ofNullable(table.getSelectionModel().getSelectedItem())
        .map(TemplateSummary::template);
  }

  /** Reloads the list in the background and selects {@code select} (or keeps the selection). */
  private void refresh(TemplateRef select) {
    TemplateRef keep =
        select != null ? select : selected().map(ChecklistTemplate::ref).orElse(null);
    executor.run(
        templates::list,
        rows -> {
          table.getItems().setAll(rows);
          rows.stream()
              .filter(s -> s.template().ref().equals(keep))
              .findFirst()
              .ifPresent(s -> table.getSelectionModel().select(s));
        },
        this::fail);
  }

  private void open(TemplateSummary s) {
    if (editor != null) {
      editor.flush(() -> {});
    }
    if (s == null) {
      editor = null;
      editorHost.getChildren().setAll(pickHint());
      return;
    }
    editor = new TemplateEditor(templates, executor, s.template(), t -> {});
    editorHost.getChildren().setAll(editor.node());
  }

  private void createNew() {
    dialogs
        .askNew()
        .ifPresent(
            n ->
                executor.run(
                    () -> templates.createDraft(n.code(), n.version(), n.name(), n.level()),
                    t -> {
                      say(m.get("ui.created", t.ref()));
                      refresh(t.ref());
                    },
                    this::fail));
  }

  private void importFile() {
    dialogs
        .openFile()
        .ifPresent(
            file ->
                executor.run(
                    () -> templates.importFile(file),
                    done -> {
                      say(
                          m.get(
                              "cli.import." + done.outcome().name(),
                              done.template().code(),
                              done.template().version()));
                      refresh(done.template().ref());
                    },
                    e -> {
                      if (e instanceof ValidationException v) {
                        dialogs.showProblems(
                            m.get("cli.import.refused", file.getFileName(), v.problems().size()),
                            v.problems().stream().map(Object::toString).toList());
                      } else {
                        fail(e);
                      }
                    }));
  }

  private void exportFile() {
    selected()
        .ifPresent(
            t ->
                dialogs
                    .saveFile(t.code() + "-" + t.version() + ".xlsx")
                    .ifPresent(
                        file ->
                            executor.run(
                                () -> {
                                  templates.exportFile(t.ref(), file);
                                  return file;
                                },
                                f -> say(m.get("cli.exported", t.code(), t.version(), f)),
                                this::fail)));
  }

  private void blankWorkbook() {
    dialogs
        .saveFile(m.get("ui.blankName"))
        .ifPresent(
            file ->
                executor.run(
                    () -> {
                      templates.writeBlank(file);
                      return file;
                    },
                    f -> say(m.get("ui.blankWritten", f)),
                    this::fail));
  }

  private void newVersion() {
    selected()
        .ifPresent(
            t ->
                dialogs
                    .askVersion(t.version())
                    .ifPresent(
                        v ->
                            executor.run(
                                () -> templates.newVersion(t.ref(), v),
                                d -> {
                                  say(m.get("cli.newVersion", d.code(), t.version(), d.version()));
                                  refresh(d.ref());
                                },
                                this::fail)));
  }

  private void publish() {
    Optional<ChecklistTemplate> t = selected();
    if (t.isEmpty() || editor == null) {
      return;
    }
    TemplateRef ref = t.get().ref();
    editor.flush(
        () ->
            executor.run(
                () -> templates.changesSincePrevious(templates.require(ref)),
                changes -> {
                  List<String> lines = changes.stream().map(TemplateChange::text).toList();
                  if (dialogs.confirmPublish(m.get("ui.publish.question", ref), lines)) {
                    executor.run(
                        () -> templates.publish(ref),
                        p -> {
                          say(m.get("cli.published", ref.code(), ref.version()));
                          refresh(ref);
                        },
                        this::fail);
                  }
                },
                this::fail));
  }

  private void withdraw() {
    selected()
        .filter(t -> dialogs.confirm(m.get("ui.withdraw.question", t.ref())))
        .ifPresent(
            t ->
                executor.run(
                    () -> templates.withdraw(t.ref()),
                    w -> {
                      say(m.get("cli.withdrawn", t.code(), t.version()));
                      refresh(t.ref());
                    },
                    this::fail));
  }

  private void deleteDraft() {
    selected()
        .filter(t -> dialogs.confirm(m.get("ui.delete.question", t.ref())))
        .ifPresent(
            t ->
                executor.run(
                    () -> {
                      templates.deleteDraft(t.ref());
                      return t;
                    },
                    d -> {
                      say(m.get("ui.deleted", t.ref()));
                      refresh(null);
                    },
                    this::fail));
  }

  /** A new inspection from the selected published version, opened in the editor. */
  private void startInspection() {
    Optional<ChecklistTemplate> t = selected();
    if (t.isEmpty()) {
      return;
    }
    if (t.get().status() != TemplateStatus.PUBLISHED) {
      say(m.get("ui.startNotPublished", t.get().ref()));
      return;
    }
    TemplateRef ref = t.get().ref();
    executor.run(
        () -> services.starter().start(ref, null, vn.kiemtra.core.shared.Clock.localNow()).id(),
        id -> {
          refresh(ref);
          openInspection.accept(id);
        },
        this::fail);
  }

  private void say(String text) {
    message.setText(text);
  }

  private void fail(Throwable e) {
    say(Dialogs.message(e));
    Dialogs.error(getScene() == null ? null : getScene().getWindow(), e);
  }
}
