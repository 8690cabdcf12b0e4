package vn.kiemtra.ui.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.kiemtra.core.backup.Backup;
import vn.kiemtra.core.backup.BackupReason;
import vn.kiemtra.core.backup.BackupService;
import vn.kiemtra.core.backup.BackupText;
import vn.kiemtra.core.backup.BackupUsage;
import vn.kiemtra.core.backup.RestoreResult;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.UiExecutor;

/**
 * "Sao lưu và khôi phục": the backups beside the database (time, reason, size, what each holds),
 * disk use, backing up now (into the folder or to a chosen file), checking a backup, and restoring
 * one after a confirmation. Every call runs in the background.
 */
public final class BackupView extends VBox {
  private final Messages m = Messages.of("backup");
  private final BackupService backups;
  private final UiExecutor executor;
  private final Runnable beforeRestore;
  private final Runnable afterRestore;
  private final TableView<Backup> table = new TableView<>();
  private final Label usage = new Label();
  private final Label message = new Label();
  private final Button backupNow = new Button();
  private final Button backupTo = new Button();
  private final Button verify = new Button();
  private final Button restore = new Button();
  private final Button restoreFile = new Button();
  private FilePicker picker;
  private boolean selectNewest;

  /** Chooses a file to write ({@code save}) or to read; empty when the user cancelled. */
  @FunctionalInterface
  public interface FilePicker {
    Optional<Path> pick(boolean save, String suggestedName);
  }

  /** Asks the user to confirm a restore; the default is a dialog whose safe answer is "Không". */
  @FunctionalInterface
  public interface Confirmation {
    boolean confirm(String question);
  }

  private Confirmation confirmation = this::confirmWithDialog;

  /**
   * @param beforeRestore closes the open inspections (saving what is pending) on the FX thread
   * @param afterRestore reloads what the window shows
   */
  public BackupView(
      BackupService backups, UiExecutor executor, Runnable beforeRestore, Runnable afterRestore) {
    this.backups = backups;
    this.executor = executor;
    this.beforeRestore = beforeRestore;
    this.afterRestore = afterRestore;
    this.picker = systemPicker();
    getStyleClass().add("backup-view");
    setSpacing(10);
    setPadding(new Insets(16));

    Label title = new Label(m.get("ui.title"));
    title.getStyleClass().add("section-title");
    Label hint = new Label(m.get("ui.hint"));
    hint.setWrapText(true);
    hint.getStyleClass().add("guidance");
    usage.setId("backupUsage");
    usage.setWrapText(true);

    table.setId("backupTable");
    table.setPlaceholder(new Label(m.get("ui.empty")));
    table.getColumns().add(column(m.get("ui.header.number"), b -> number(b), 50));
    table
        .getColumns()
        .add(column(m.get("ui.header.time"), b -> Nd30Dates.timeAndDate(b.createdAt()), 140));
    table.getColumns().add(column(m.get("ui.header.reason"), BackupText::reason, 230));
    table
        .getColumns()
        .add(column(m.get("ui.header.size"), b -> VietnameseNumbers.fileSize(b.sizeBytes()), 90));
    table
        .getColumns()
        .add(column(m.get("ui.header.holds"), b -> BackupText.holds(b.content()), 380));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    VBox.setVgrow(table, Priority.ALWAYS);

    backupNow.setText(m.get("ui.backupNow"));
    backupNow.setId("backupNow");
    backupNow.setOnAction(e -> backupNow());
    backupTo.setText(m.get("ui.backupTo"));
    backupTo.setId("backupTo");
    backupTo.setOnAction(e -> backupTo());
    verify.setText(m.get("ui.verify"));
    verify.setId("backupVerify");
    verify.setOnAction(e -> verifySelected());
    restore.setText(m.get("ui.restore"));
    restore.setId("backupRestore");
    restore.setOnAction(
        e -> {
          Backup b = table.getSelectionModel().getSelectedItem();
          if (b != null) {
            restore(b.file());
          }
        });
    restoreFile.setText(m.get("ui.restoreFile"));
    restoreFile.setId("backupRestoreFile");
    restoreFile.setOnAction(e -> picker.pick(false, "").ifPresent(this::restore));
    verify.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    FlowPane buttons = new FlowPane(10, 8, backupNow, backupTo, verify, restore, restoreFile);
    buttons.setAlignment(Pos.CENTER_LEFT);

    message.setId("backupMessage");
    message.setWrapText(true);
    message.managedProperty().bind(message.textProperty().isNotEmpty());

    // Wrapped texts keep their full height; the table gives way.
    for (Label l : List.of(hint, usage, message)) {
      l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    getChildren().addAll(title, hint, usage, buttons, message, table);
    refresh();
  }

  public void setFilePicker(FilePicker picker) {
    this.picker = picker;
  }

  public void setConfirmation(Confirmation confirmation) {
    this.confirmation = confirmation;
  }

  /** Puts the keyboard in the list on the newest backup, for "Khôi phục từ bản sao lưu…". */
  public void focusList() {
    table.requestFocus();
    selectNewest = true;
    if (!table.getItems().isEmpty()) {
      table.getSelectionModel().selectFirst();
    }
  }

  /** Reloads the list and the disk use in the background. */
  public void refresh() {
    executor.run(
        () -> new Loaded(backups.list(), backups.usage()),
        loaded -> {
          Backup selected = table.getSelectionModel().getSelectedItem();
          table.getItems().setAll(loaded.backups());
          if (selected == null && selectNewest && !loaded.backups().isEmpty()) {
            table.getSelectionModel().selectFirst();
          }
          if (selected != null) {
            loaded.backups().stream()
                .filter(b -> b.file().equals(selected.file()))
                .findFirst()
                .ifPresent(b -> table.getSelectionModel().select(b));
          }
          usage.setText(BackupText.usage(loaded.usage()));
        },
        this::showError);
  }

  private record Loaded(List<Backup> backups, BackupUsage usage) {}

  private void backupNow() {
    busy(true);
    executor.run(
        () -> backups.create(BackupReason.MANUAL, ""),
        b -> {
          busy(false);
          show(BackupText.created(b), false);
          refresh();
        },
        this::showError);
  }

  private void backupTo() {
    picker
        .pick(true, "kiemtra-sao-luu.zip")
        .ifPresent(
            file -> {
              busy(true);
              executor.run(
                  () -> backups.createTo(file),
                  c -> {
                    busy(false);
                    show(BackupText.created(c.backup()), false);
                  },
                  this::showError);
            });
  }

  private void verifySelected() {
    Backup b = table.getSelectionModel().getSelectedItem();
    if (b == null) {
      return;
    }
    busy(true);
    executor.run(
        () -> backups.verify(b.file()),
        check -> {
          busy(false);
          show(BackupText.checked(check), !check.matches());
        },
        this::showError);
  }

  private void restore(Path file) {
    String question = m.get("ui.restoreConfirm", file.getFileName());
    if (!confirmation.confirm(question)) {
      return;
    }
    beforeRestore.run();
    busy(true);
    executor.run(
        () -> backups.restore(file),
        (RestoreResult r) -> {
          busy(false);
          show(BackupText.restored(r), false);
          afterRestore.run();
          refresh();
        },
        this::showError);
  }

  private void busy(boolean on) {
    backupNow.setDisable(on);
    backupTo.setDisable(on);
    restoreFile.setDisable(on);
    if (on) {
      show(m.get("ui.working"), false);
    }
  }

  private void show(String text, boolean warning) {
    message.setText(text);
    message.getStyleClass().removeAll("warning");
    if (warning) {
      message.getStyleClass().add("warning");
    }
  }

  private void showError(Throwable error) {
    busy(false);
    show(Dialogs.message(error), true);
  }

  private String number(Backup b) {
    return Integer.toString(table.getItems().indexOf(b) + 1);
  }

  private static <T> TableColumn<T, String> column(
      String title, Function<T, String> value, double width) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }

  private boolean confirmWithDialog(String question) {
    ButtonType yes = new ButtonType(m.get("ui.restoreYes"), ButtonBar.ButtonData.OK_DONE);
    ButtonType no = new ButtonType(m.get("ui.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
    alert.setTitle(m.get("ui.restoreTitle"));
    alert.setHeaderText(m.get("ui.restoreTitle"));
    alert.initOwner(getScene() == null ? null : getScene().getWindow());
    ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
    ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
    return alert.showAndWait().filter(yes::equals).isPresent();
  }

  private FilePicker systemPicker() {
    return (save, suggested) -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle(m.get(save ? "ui.pickSave" : "ui.pickOpen"));
      chooser
          .getExtensionFilters()
          .add(new FileChooser.ExtensionFilter(m.get("ui.zipFiles"), "*.zip"));
      if (!suggested.isEmpty()) {
        chooser.setInitialFileName(suggested);
      }
      java.nio.file.Path folder = backups.folder().path();
      if (java.nio.file.Files.isDirectory(folder)) {
        chooser.setInitialDirectory(folder.toFile());
      }
      javafx.stage.Window owner = getScene() == null ? null : getScene().getWindow();
      java.io.File f = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
      return Optional.ofNullable(f).map(java.io.File::toPath);
    };
  }
}
