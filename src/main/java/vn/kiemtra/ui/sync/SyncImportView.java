package vn.kiemtra.ui.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kiemtra.core.shared.CancelledException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.ImportReport;
import vn.kiemtra.core.sync.ReconciliationText;
import vn.kiemtra.core.sync.SyncConflict;
import vn.kiemtra.core.sync.SyncService;
import vn.kiemtra.core.sync.TableTally;
import vn.kiemtra.core.sync.UnknownDeviceException;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.Texts;

/**
 * "Nhập dữ liệu từ máy kiểm tra": imports the chosen package files one by one in the background
 * (progress, cancel), asks to compare the fingerprint of a device not enrolled yet, and shows the
 * reconciliation of each file (per table counts, files, gaps, new conflicts) with print and save.
 */
public final class SyncImportView extends BorderPane {
  private final Messages m = Texts.ui();
  private final Messages sm = Messages.of("sync");
  private final SyncService sync;
  private final Executor executor;
  private final ReconciliationText reconciliation;
  private SyncFiles.FilePicker picker = SyncFiles.system(this);
  private FingerprintConfirmation.DeviceConfirmer confirmer = FingerprintConfirmation.dialog(this);
  private ReconciliationPrint.Printer printer = ReconciliationPrint.system(this);
  private Runnable showConflicts = () -> {};

  private final Button choose = new Button();
  private final ProgressRow workRow = new ProgressRow("syncImport", this::cancel);
  private final ProgressBar progress = workRow.progress;
  private final Label status = workRow.status;
  private final Button cancel = workRow.cancel;
  private final VBox results = new VBox(18);
  private final Deque<Path> queue = new ArrayDeque<>();
  private SyncWork.ProgressTask<ImportReport> running;
  private int imported;
  private int failed;

  public SyncImportView(SyncService sync, Executor executor) {
    this.sync = sync;
    this.executor = executor;
    this.reconciliation = new ReconciliationText(sync);
    getStyleClass().add("sync-view");

    Label title = new Label(m.get("sync.import.title"));
    title.getStyleClass().add("section-title");
    Label intro = new Label(m.get("sync.import.intro"));
    intro.setWrapText(true);
    choose.setText(m.get("sync.import.choose"));
    choose.setId("syncImportChoose");
    choose.setDefaultButton(true);
    choose.setOnAction(e -> chooseAndImport());

    HBox work = workRow.node();

    VBox top = new VBox(10, title, intro, choose, work);
    top.setPadding(new Insets(16, 16, 8, 16));
    setTop(top);
    results.setId("syncImportResults");
    results.setPadding(new Insets(8, 16, 16, 16));
    ScrollPane scroll = new ScrollPane(results);
    scroll.setFitToWidth(true);
    setCenter(scroll);
  }

  public void setFilePicker(SyncFiles.FilePicker picker) {
    this.picker = picker;
  }

  public void setDeviceConfirmer(FingerprintConfirmation.DeviceConfirmer confirmer) {
    this.confirmer = confirmer;
  }

  public void setPrinter(ReconciliationPrint.Printer printer) {
    this.printer = printer;
  }

  /** What "Xem xung đột" does: the window opens the conflict screen. */
  public void setOnShowConflicts(Runnable action) {
    this.showConflicts = action;
  }

  private void chooseAndImport() {
    List<Path> files = picker.pick(SyncFiles.Purpose.OPEN_PACKAGES, "");
    if (!files.isEmpty()) {
      importFiles(files);
    }
  }

  /** Imports the files in order, each after the previous one finished. */
  public void importFiles(List<Path> files) {
    results.getChildren().clear();
    queue.clear();
    queue.addAll(files);
    imported = 0;
    failed = 0;
    choose.setDisable(true);
    next();
  }

  private void next() {
    Path file = queue.poll();
    if (file == null) {
      choose.setDisable(false);
      cancel.setDisable(true);
      progress.progressProperty().unbind();
      progress.setProgress(imported > 0 && failed == 0 ? 1 : progress.getProgress());
      status.setText(
          m.get("sync.import.finished", Integer.toString(imported), Integer.toString(failed)));
      return;
    }
    runImport(file);
  }

  private void runImport(Path file) {
    SyncWork.ProgressTask<ImportReport> task =
        new SyncWork.ProgressTask<>(p -> sync.importPackage(file, p));
    running = task;
    cancel.setDisable(false);
    progress.progressProperty().bind(task.progressProperty());
    status.setText(m.get("sync.import.reading", file.getFileName()));
    task.messageProperty()
        .addListener(
            (o, a, b) -> {
              if (running == task && b != null && !b.isEmpty()) {
                status.setText(file.getFileName() + ": " + b);
              }
            });
    task.setOnSucceeded(
        e -> {
          running = null;
          progress.progressProperty().unbind();
          progress.setProgress(1);
          imported++;
          results.getChildren().add(report(task.getValue()));
          next();
        });
    task.setOnFailed(
        e -> {
          running = null;
          progress.progressProperty().unbind();
          progress.setProgress(0);
          cancel.setDisable(true);
          Throwable error = task.getException();
          if (error instanceof UnknownDeviceException unknown && !task.cancelRequested()) {
            askToEnrol(file, unknown.claimed());
          } else if (error instanceof CancelledException || task.cancelRequested()) {
            failed++;
            results.getChildren().add(failure(file, m.get("sync.import.cancelledFile")));
            queue.clear();
            next();
          } else {
            failed++;
            results.getChildren().add(failure(file, Dialogs.message(error)));
            next();
          }
        });
    executor.execute(task);
  }

  private void askToEnrol(Path file, DeviceCard claimed) {
    status.setText(m.get("sync.import.askEnrol", claimed.name()));
    confirmer.ask(
        claimed,
        yes -> {
          if (!yes) {
            failed++;
            results.getChildren().add(failure(file, m.get("sync.import.declined", claimed.name())));
            next();
            return;
          }
          status.setText(m.get("sync.import.enrolling", claimed.name()));
          SyncWork.run(
              executor,
              () -> {
                sync.enrol(claimed);
                return claimed;
              },
              done -> runImport(file),
              error -> {
                failed++;
                results.getChildren().add(failure(file, Dialogs.message(error)));
                next();
              });
        });
  }

  private void cancel() {
    if (running != null) {
      running.requestCancel();
      cancel.setDisable(true);
      status.setText(m.get("sync.cancelling"));
    }
  }

  private VBox failure(Path file, String message) {
    Label name = new Label(file.getFileName().toString());
    name.getStyleClass().add("section-title");
    Label error = new Label(message);
    error.setId("syncImportError");
    error.getStyleClass().add("error");
    error.setWrapText(true);
    VBox box = new VBox(6, name, error);
    box.getStyleClass().add("sync-report");
    return box;
  }

  private VBox report(ImportReport r) {
    List<String> lines = reconciliation.lines(r);
    Label name = new Label(r.file().getFileName().toString());
    name.getStyleClass().add("section-title");
    VBox box = new VBox(8, name);
    box.getStyleClass().add("sync-report");
    // lines 2 and 3: the sending device with its fingerprint, the package number and kind
    for (String line : lines.subList(2, Math.min(4, lines.size()))) {
      box.getChildren().add(wrapped(line, null));
    }
    if (r.alreadyImported()) {
      box.getChildren().add(wrapped(sm.get("report.already"), "syncImportAlready"));
    } else {
      box.getChildren().add(tallyTable(r));
      box.getChildren()
          .add(
              wrapped(
                  sm.get(
                      "report.files",
                      VietnameseNumbers.format(r.filesReceived()),
                      reconciliation.size(r.fileBytes()),
                      VietnameseNumbers.format(r.filesVerified())),
                  "syncImportFiles"));
      box.getChildren().add(wrapped(String.join("\n", reconciliation.gaps(r)), "syncImportGaps"));
      box.getChildren().add(conflicts(r));
    }
    Label done = new Label();
    done.setId("syncImportReportStatus");
    done.setWrapText(true);
    Button print = new Button(m.get("sync.import.print"));
    print.setId("syncImportPrint");
    print.setOnAction(e -> print(lines, done));
    Button save = new Button(m.get("sync.import.save"));
    save.setId("syncImportSave");
    save.setOnAction(e -> save(r, lines, done));
    HBox actions = new HBox(10, print, save, done);
    actions.setAlignment(Pos.CENTER_LEFT);
    box.getChildren().add(actions);
    return box;
  }

  private Label wrapped(String text, String id) {
    Label label = new Label(text);
    label.setWrapText(true);
    if (id != null) {
      label.setId(id);
    }
    return label;
  }

  private VBox conflicts(ImportReport r) {
    VBox box = new VBox(4);
    if (r.newConflicts().isEmpty()) {
      box.getChildren().add(wrapped(sm.get("report.noConflicts"), "syncImportConflicts"));
      return box;
    }
    Label head =
        wrapped(sm.get("report.conflicts", r.newConflicts().size()), "syncImportConflicts");
    head.getStyleClass().add("warning");
    box.getChildren().add(head);
    for (SyncConflict c : r.newConflicts()) {
      box.getChildren()
          .add(
              wrapped(
                  sm.get(
                      "report.conflictLine",
                      sync.tableLabel(c.table()),
                      sync.fieldLabel(c.field()),
                      reconciliation.shown(c.field(), c.localValue()),
                      reconciliation.shown(c.field(), c.incomingValue())),
                  null));
    }
    Button show = new Button(m.get("sync.import.showConflicts"));
    show.setId("syncImportShowConflicts");
    show.setOnAction(e -> showConflicts.run());
    box.getChildren().add(show);
    return box;
  }

  private TableView<TableTally> tallyTable(ImportReport r) {
    TableView<TableTally> table = new TableView<>();
    table.setId("syncImportTable");
    table.getColumns().add(column(sm.get("report.header.table"), this::tableName, 260));
    table.getColumns().add(number(sm.get("report.header.added"), TableTally::added));
    table.getColumns().add(number(sm.get("report.header.updated"), TableTally::updated));
    table.getColumns().add(number(sm.get("report.header.unchanged"), TableTally::unchanged));
    table.getColumns().add(number(sm.get("report.header.conflicts"), TableTally::conflicts));
    List<TableTally> rows = new ArrayList<>(r.tables());
    rows.add(
        new TableTally(
            null,
            r.added(),
            r.updated(),
            r.unchanged(),
            r.tables().stream().mapToInt(TableTally::conflicts).sum()));
    table.getItems().setAll(rows);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setFixedCellSize(30);
    // every row visible: the header is about 30 px with room for the marks above capitals
    table.setPrefHeight(30 * rows.size() + 36);
    table.setMinHeight(table.getPrefHeight());
    table.setMaxHeight(table.getPrefHeight());
    table.setPrefWidth(760);
    table.setMaxWidth(760);
    return table;
  }

  private String tableName(TableTally t) {
    return t.table() == null ? sm.get("report.total") : sync.tableLabel(t.table());
  }

  private static TableColumn<TableTally, String> column(
      String title, Function<TableTally, String> value, double width) {
    TableColumn<TableTally, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    c.setStyle("-fx-alignment: CENTER-LEFT;");
    c.setSortable(false);
    return c;
  }

  private static TableColumn<TableTally, Number> number(
      String title, java.util.function.ToIntFunction<TableTally> value) {
    TableColumn<TableTally, Number> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.applyAsInt(d.getValue())));
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    c.setPrefWidth(110);
    c.setSortable(false);
    return c;
  }

  private void print(List<String> lines, Label done) {
    ReconciliationPrint.Outcome outcome = printer.print(ReconciliationPrint.pages(lines));
    done.setText(m.get("sync.print." + outcome.name()));
  }

  private void save(ImportReport r, List<String> lines, Label done) {
    String stem = r.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
    List<Path> chosen =
        picker.pick(SyncFiles.Purpose.SAVE_RECONCILIATION, "doi-chieu-" + stem + ".txt");
    if (chosen.isEmpty()) {
      return;
    }
    Path target = chosen.get(0);
    SyncWork.run(
        executor,
        () -> Files.write(target, lines, StandardCharsets.UTF_8),
        path -> done.setText(m.get("sync.import.saved", path)),
        error -> done.setText(Dialogs.message(error)));
  }
}
