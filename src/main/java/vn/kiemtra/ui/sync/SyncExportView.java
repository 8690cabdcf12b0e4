package vn.kiemtra.ui.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kiemtra.core.shared.CancelledException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.EnrolledDevice;
import vn.kiemtra.core.sync.ExportResult;
import vn.kiemtra.core.sync.ReconciliationText;
import vn.kiemtra.core.sync.SyncService;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.Texts;

/**
 * "Xuất dữ liệu gửi văn phòng": this device's name and fingerprint, the options (everything, or an
 * office package for one enrolled laptop), the target file, and the export in the background with
 * progress and cancel.
 */
public final class SyncExportView extends VBox {
  private final Messages m = Texts.ui();
  private final Messages sm = Messages.of("sync");
  private final SyncService sync;
  private final Executor executor;
  private SyncFiles.FilePicker picker = SyncFiles.system(this);

  private final Label deviceName = new Label();
  private final Label fingerprint = new Label();
  private final CheckBox full = new CheckBox();
  private final ComboBox<EnrolledDevice> forDevice = new ComboBox<>();
  private final Button export = new Button();
  private final ProgressRow workRow = new ProgressRow("syncExport", this::cancel);
  private final ProgressBar progress = workRow.progress;
  private final Label status = workRow.status;
  private final Button cancel = workRow.cancel;
  private final Label result = new Label();
  private SyncWork.ProgressTask<ExportResult> running;
  private String thisName = "";

  public SyncExportView(SyncService sync, Executor executor) {
    this.sync = sync;
    this.executor = executor;
    getStyleClass().add("sync-view");
    setSpacing(10);
    setPadding(new Insets(16));

    Label title = new Label(m.get("sync.export.title"));
    title.getStyleClass().add("section-title");
    Label intro = new Label(m.get("sync.export.intro"));
    intro.setWrapText(true);

    deviceName.setId("syncExportDevice");
    fingerprint.setId("syncExportFingerprint");
    fingerprint.getStyleClass().add("fingerprint");
    GridPane me = new GridPane();
    me.setHgap(12);
    me.setVgap(6);
    me.addRow(0, new Label(m.get("sync.device.this")), deviceName);
    me.addRow(1, new Label(m.get("sync.device.fingerprint")), fingerprint);

    full.setText(m.get("sync.export.full"));
    full.setId("syncExportFull");
    Label fullHint = new Label(m.get("sync.export.fullHint"));
    fullHint.getStyleClass().add("guidance");
    fullHint.setWrapText(true);

    forDevice.setId("syncExportFor");
    forDevice.setPromptText(m.get("sync.export.forNone"));
    forDevice.setCellFactory(v -> new DeviceCell());
    forDevice.setButtonCell(new DeviceCell());
    forDevice.setMaxWidth(420);
    forDevice.setPrefWidth(420);
    Label forLabel = new Label(m.get("sync.export.for"));
    Label forHint = new Label(m.get("sync.export.forHint"));
    forHint.getStyleClass().add("guidance");
    forHint.setWrapText(true);
    HBox forRow = new HBox(10, forLabel, forDevice);
    forRow.setAlignment(Pos.CENTER_LEFT);

    export.setText(m.get("sync.export.run"));
    export.setId("syncExportRun");
    export.setDefaultButton(true);
    export.setOnAction(e -> chooseAndExport());

    HBox work = workRow.node();

    result.setId("syncExportResult");
    result.setWrapText(true);
    result.getStyleClass().add("sync-result");

    getChildren().addAll(title, intro, me, full, fullHint, forRow, forHint, export, work, result);
    load();
  }

  public void setFilePicker(SyncFiles.FilePicker picker) {
    this.picker = picker;
  }

  private void load() {
    SyncWork.run(
        executor,
        () -> new Loaded(sync.thisDevice(), sync.devices()),
        loaded -> {
          thisName = loaded.me().name();
          deviceName.setText(loaded.me().name());
          fingerprint.setText(loaded.me().fingerprint());
          java.util.List<EnrolledDevice> options = new java.util.ArrayList<>();
          options.add(null);
          options.addAll(loaded.devices());
          forDevice.getItems().setAll(options);
          forDevice.getSelectionModel().selectFirst();
        },
        this::showError);
  }

  private record Loaded(DeviceCard me, List<EnrolledDevice> devices) {}

  private void chooseAndExport() {
    EnrolledDevice target = forDevice.getValue();
    String name =
        SyncFiles.packageName(
            target == null ? thisName : thisName + "-cho-" + target.card().name(),
            vn.kiemtra.core.shared.Clock.localNow());
    List<Path> chosen = picker.pick(SyncFiles.Purpose.SAVE_PACKAGE, name);
    if (!chosen.isEmpty()) {
      export(chosen.get(0), full.isSelected(), target == null ? null : target.card().id());
    }
  }

  private void export(Path out, boolean everything, UUID target) {
    SyncWork.ProgressTask<ExportResult> task =
        new SyncWork.ProgressTask<>(p -> sync.export(out, everything, target, p));
    running = task;
    result.setText("");
    result.getStyleClass().remove("error");
    progress.progressProperty().bind(task.progressProperty());
    setBusy(true);
    status.setText(m.get("sync.export.waiting"));
    task.messageProperty()
        .addListener(
            (o, a, b) -> {
              if (running == task && b != null && !b.isEmpty()) {
                status.setText(b);
              }
            });
    task.setOnSucceeded(
        e -> {
          finish();
          progress.setProgress(1);
          ExportResult r = task.getValue();
          status.setText(m.get("sync.export.finished"));
          result.setText(describe(r));
        });
    task.setOnFailed(
        e -> {
          finish();
          Throwable error = task.getException();
          progress.setProgress(0);
          if (error instanceof CancelledException) {
            status.setText(m.get("sync.export.cancelled"));
          } else {
            status.setText("");
            showError(error);
          }
        });
    executor.execute(task);
  }

  private String describe(ExportResult r) {
    ReconciliationText text = new ReconciliationText(sync);
    return m.get(
        "sync.export.done",
        Long.toString(r.sequence()),
        sm.get("report.kind." + r.kind()),
        r.file(),
        VietnameseNumbers.format(r.rows()),
        VietnameseNumbers.format(r.files()),
        text.size(r.packageBytes()));
  }

  private void cancel() {
    if (running != null) {
      running.requestCancel();
      cancel.setDisable(true);
      status.setText(m.get("sync.cancelling"));
    }
  }

  private void finish() {
    running = null;
    progress.progressProperty().unbind();
    setBusy(false);
  }

  private void setBusy(boolean busy) {
    export.setDisable(busy);
    full.setDisable(busy);
    forDevice.setDisable(busy);
    cancel.setDisable(!busy);
  }

  private void showError(Throwable error) {
    result.setText(Dialogs.message(error));
    if (!result.getStyleClass().contains("error")) {
      result.getStyleClass().add("error");
    }
  }

  private final class DeviceCell extends ListCell<EnrolledDevice> {
    @Override
    protected void updateItem(EnrolledDevice item, boolean empty) {
      super.updateItem(item, empty);
      if (empty) {
        setText(null);
      } else if (item == null) {
        setText(m.get("sync.export.forNone"));
      } else {
        setText(item.card().name());
      }
    }
  }
}
