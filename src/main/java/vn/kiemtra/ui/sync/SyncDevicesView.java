package vn.kiemtra.ui.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.EnrolledDevice;
import vn.kiemtra.core.sync.ImportedPackage;
import vn.kiemtra.core.sync.SyncService;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.Texts;

/**
 * "Thiết bị": this device (name, id, fingerprint), its public key file for the office, enrolling a
 * laptop from its key file, the enrolled devices and the packages imported here.
 */
public final class SyncDevicesView extends ScrollPane {
  private final Messages m = Texts.ui();
  private final Messages sm = Messages.of("sync");
  private final SyncService sync;
  private final Executor executor;
  private SyncFiles.FilePicker picker = SyncFiles.system(this);

  private final TextField name = Texts.nfc(new TextField());
  private final Button rename = new Button();
  private final Label id = new Label();
  private final Label fingerprint = new Label();
  private final Label message = new Label();
  private final Label enrolledFingerprint = new Label();
  private final TableView<EnrolledDevice> devices = new TableView<>();
  private final TableView<ImportedPackage> packages = new TableView<>();
  private String thisName = "";

  public SyncDevicesView(SyncService sync, Executor executor) {
    this.sync = sync;
    this.executor = executor;
    getStyleClass().add("sync-view");
    setFitToWidth(true);

    Label title = new Label(m.get("sync.devices.title"));
    title.getStyleClass().add("section-title");
    name.setId("syncDeviceName");
    name.setPrefColumnCount(28);
    name.setOnAction(e -> rename());
    rename.setText(m.get("sync.devices.rename"));
    rename.setId("syncDeviceRename");
    rename.setOnAction(e -> rename());
    id.setId("syncDeviceId");
    id.getStyleClass().add("monospace");
    fingerprint.setId("syncDeviceFingerprint");
    fingerprint.getStyleClass().add("fingerprint");
    GridPane me = new GridPane();
    me.setHgap(12);
    me.setVgap(8);
    HBox nameRow = new HBox(8, name, rename);
    nameRow.setAlignment(Pos.CENTER_LEFT);
    me.addRow(0, new Label(m.get("sync.device.name")), nameRow);
    me.addRow(1, new Label(m.get("sync.device.id")), id);
    me.addRow(2, new Label(m.get("sync.device.fingerprint")), fingerprint);
    Label hint = new Label(m.get("sync.devices.hint"));
    hint.setWrapText(true);
    hint.getStyleClass().add("guidance");

    Button exportKey = new Button(m.get("sync.devices.exportKey"));
    exportKey.setId("syncExportKey");
    exportKey.setOnAction(e -> exportKey());
    Button enrol = new Button(m.get("sync.devices.enrol"));
    enrol.setId("syncEnrolKey");
    enrol.setOnAction(e -> enrolKey());
    HBox keyButtons = new HBox(10, exportKey, enrol);

    message.setId("syncDevicesMessage");
    message.setWrapText(true);
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    enrolledFingerprint.setId("syncEnrolledFingerprint");
    enrolledFingerprint.getStyleClass().add("fingerprint");
    enrolledFingerprint.managedProperty().bind(enrolledFingerprint.visibleProperty());
    enrolledFingerprint.setVisible(false);

    Label devicesTitle = new Label(m.get("sync.devices.enrolled"));
    devicesTitle.getStyleClass().add("section-title");
    devices.setId("syncDeviceTable");
    devices.setPlaceholder(new Label(sm.get("out.noDevices")));
    devices.getColumns().add(column(sm.get("header.device"), d -> d.card().name(), 280));
    devices.getColumns().add(column(sm.get("header.id"), d -> d.card().id().toString(), 290));
    devices
        .getColumns()
        .add(column(sm.get("header.fingerprint"), d -> d.card().fingerprint(), 340));
    devices
        .getColumns()
        .add(column(sm.get("header.enrolledAt"), d -> SyncFiles.shown(d.enrolledAt()), 150));
    devices
        .getColumns()
        .add(
            column(
                sm.get("header.lastSequence"),
                d -> d.lastSequence() == 0 ? "" : Long.toString(d.lastSequence()),
                90));
    devices.setPrefHeight(200);
    devices.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

    Label packagesTitle = new Label(m.get("sync.devices.packages"));
    packagesTitle.getStyleClass().add("section-title");
    packages.setId("syncPackageTable");
    packages.setPlaceholder(new Label(sm.get("out.noHistory")));
    packages.getColumns().add(column(sm.get("header.device"), ImportedPackage::deviceName, 230));
    packages
        .getColumns()
        .add(column(sm.get("header.sequence"), p -> Long.toString(p.sequence()), 70));
    packages
        .getColumns()
        .add(column(m.get("sync.devices.kind"), p -> sm.get("report.kind." + p.kind()), 120));
    packages
        .getColumns()
        .add(column(m.get("sync.devices.createdAt"), p -> SyncFiles.shown(p.createdAt()), 140));
    packages
        .getColumns()
        .add(column(sm.get("header.importedAt"), p -> SyncFiles.shown(p.importedAt()), 140));
    packages.getColumns().add(column(sm.get("header.file"), ImportedPackage::fileName, 230));
    packages.getColumns().add(column(sm.get("header.summary"), ImportedPackage::summary, 300));
    packages.setPrefHeight(240);
    packages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

    VBox box =
        new VBox(
            10,
            title,
            me,
            hint,
            keyButtons,
            message,
            enrolledFingerprint,
            devicesTitle,
            devices,
            packagesTitle,
            packages);
    box.setPadding(new Insets(16));
    setContent(box);
    refresh();
  }

  public void setFilePicker(SyncFiles.FilePicker picker) {
    this.picker = picker;
  }

  private static <T> TableColumn<T, String> column(
      String title, Function<T, String> value, double width) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  /** Reloads this device, the register and the package log in the background. */
  public void refresh() {
    SyncWork.run(
        executor,
        () -> new Loaded(sync.thisDevice(), sync.devices(), sync.importedPackages()),
        loaded -> {
          thisName = loaded.me().name();
          name.setText(loaded.me().name());
          id.setText(loaded.me().id().toString());
          fingerprint.setText(loaded.me().fingerprint());
          devices.getItems().setAll(loaded.devices());
          packages.getItems().setAll(loaded.packages());
        },
        this::showError);
  }

  private record Loaded(
      DeviceCard me, List<EnrolledDevice> devices, List<ImportedPackage> packages) {}

  private void rename() {
    String wanted = Texts.value(name);
    SyncWork.run(
        executor,
        () -> {
          sync.renameDevice(wanted);
          return sync.thisDevice();
        },
        card -> {
          showMessage(m.get("sync.devices.renamed", card.name()), false);
          refresh();
        },
        this::showError);
  }

  private void exportKey() {
    List<Path> chosen =
        picker.pick(SyncFiles.Purpose.SAVE_KEY, SyncFiles.slug(thisName) + ".key.json");
    if (chosen.isEmpty()) {
      return;
    }
    Path out = chosen.get(0);
    SyncWork.run(
        executor,
        () -> {
          sync.exportKey(out);
          return sync.thisDevice();
        },
        card -> showMessage(m.get("sync.devices.keyWritten", card.name(), out), false),
        this::showError);
  }

  private void enrolKey() {
    List<Path> chosen = picker.pick(SyncFiles.Purpose.OPEN_KEY, "");
    if (chosen.isEmpty()) {
      return;
    }
    Path file = chosen.get(0);
    SyncWork.run(
        executor,
        () -> sync.enrolKeyFile(file),
        card -> {
          showMessage(m.get("sync.devices.enrolled.done", card.name(), card.id()), false);
          enrolledFingerprint.setText(card.fingerprint());
          enrolledFingerprint.setVisible(true);
          refresh();
        },
        this::showError);
  }

  private void showMessage(String text, boolean error) {
    message.setText(text);
    message.getStyleClass().remove("error");
    if (error) {
      message.getStyleClass().add("error");
    }
    enrolledFingerprint.setVisible(false);
  }

  private void showError(Throwable error) {
    showMessage(Dialogs.message(error), true);
  }
}
