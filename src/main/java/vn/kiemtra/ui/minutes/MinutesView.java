package vn.kiemtra.ui.minutes;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.minutes.AmendmentRequest;
import vn.kiemtra.core.minutes.PrintRequest;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Shortcuts;
import vn.kiemtra.ui.common.ShownInTab;

/**
 * The minutes screen: page images of the Decree 30 minutes with paging and zoom, export to PDF and
 * DOCX, printing through the system dialog, marking the minutes signed and attaching the scan of
 * the signed paper. Stand-alone: built from the services, the inspection id and the executor that
 * runs background work.
 */
public final class MinutesView extends BorderPane implements ShownInTab {
  /** What a file dialog is opened for. */
  public enum FilePurpose {
    SAVE_PDF,
    SAVE_DOCX,
    OPEN_SCAN
  }

  /** Chooses a file; the default opens the system file dialog. */
  @FunctionalInterface
  public interface FilePicker {
    Optional<Path> pick(FilePurpose purpose, String suggestedName);
  }

  /** Asks where to print; the default opens the system print dialog. */
  @FunctionalInterface
  public interface PrintPicker {
    Optional<PrintRequest> pick();
  }

  /** Asks for the amendment to record; the default opens {@link AmendmentDialog}. */
  @FunctionalInterface
  public interface AmendmentAsker {
    Optional<AmendmentRequest> ask();
  }

  /** Asks the user to confirm an action that cannot be undone. */
  @FunctionalInterface
  public interface Confirmer {
    boolean confirm(String header, String text);
  }

  private final Messages messages = Messages.of("report");
  private final Messages window = Messages.of("window");
  private final MinutesViewModel model;
  private FilePicker filePicker = this::chooseFile;
  private PrintPicker printPicker = this::choosePrinter;
  private Confirmer confirmer = this::confirmWithDialog;
  private AmendmentAsker amendmentAsker = this::askAmendment;

  public MinutesView(Services services, UUID inspectionId, Executor executor) {
    this.model = new MinutesViewModel(services, inspectionId, executor);
    getStyleClass().add("minutes-view");
    setTop(toolbar());
    setCenter(preview());
    setBottom(statusBar());
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.PAGE_DOWN) {
            model.nextPage();
          } else if (e.getCode() == KeyCode.PAGE_UP) {
            model.previousPage();
          }
        });
    // Laid out when first shown: opening an inspection never waits for its minutes.
    model.loadWhenShown();
    model.follow(this::onScreen);
    sceneProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null) {
                model.stopFollowing();
              } else {
                model.follow(this::onScreen);
                // After the pulse that lays out the tab holding this view (hidden or not).
                javafx.application.Platform.runLater(
                    () -> {
                      if (onScreen()) {
                        model.shown();
                      }
                    });
              }
            });
  }

  /** Whether the preview is on screen: in a window and not inside a hidden tab. */
  private boolean onScreen() {
    if (getScene() == null) {
      return false;
    }
    for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void shown() {
    model.shown();
  }

  public MinutesViewModel model() {
    return model;
  }

  public void setFilePicker(FilePicker picker) {
    this.filePicker = picker;
  }

  public void setPrintPicker(PrintPicker picker) {
    this.printPicker = picker;
  }

  public void setConfirmer(Confirmer confirmer) {
    this.confirmer = confirmer;
  }

  public void setAmendmentAsker(AmendmentAsker asker) {
    this.amendmentAsker = asker;
  }

  private javafx.scene.layout.FlowPane toolbar() {
    Button previous = button("minutesPrevious", "ui.minutes.previous", model::previousPage);
    Button next = button("minutesNext", "ui.minutes.next", model::nextPage);
    previous
        .disableProperty()
        .bind(model.busyProperty().or(model.pageIndexProperty().lessThanOrEqualTo(0)));
    next.disableProperty()
        .bind(
            model
                .busyProperty()
                .or(
                    model
                        .pageIndexProperty()
                        .greaterThanOrEqualTo(model.pageCountProperty().subtract(1))));
    Label page = new Label();
    page.setId("minutesPage");
    page.textProperty().bind(model.pageLabel());
    page.setMinWidth(80);

    Button zoomOut = button("minutesZoomOut", "ui.minutes.zoomOut", model::zoomOut);
    Button zoomIn = button("minutesZoomIn", "ui.minutes.zoomIn", model::zoomIn);
    zoomOut
        .disableProperty()
        .bind(
            model
                .busyProperty()
                .or(model.zoomProperty().lessThanOrEqualTo(MinutesViewModel.MIN_ZOOM)));
    zoomIn
        .disableProperty()
        .bind(
            model
                .busyProperty()
                .or(model.zoomProperty().greaterThanOrEqualTo(MinutesViewModel.MAX_ZOOM)));
    Label zoom = new Label();
    zoom.setId("minutesZoom");
    zoom.textProperty().bind(model.zoomLabel());
    zoom.setMinWidth(50);

    CheckBox annex = new CheckBox(messages.get("ui.minutes.annex"));
    annex.setId("minutesAnnex");
    annex.selectedProperty().bindBidirectional(model.includeAnnexProperty());
    annex.disableProperty().bind(model.busyProperty().or(model.signedProperty()));

    Button pdf =
        button("minutesExportPdf", "ui.minutes.exportPdf", () -> export(FilePurpose.SAVE_PDF));
    Button docx =
        button("minutesExportDocx", "ui.minutes.exportDocx", () -> export(FilePurpose.SAVE_DOCX));
    Button print = button("minutesPrint", "ui.minutes.print", this::print);
    for (Button b : new Button[] {pdf, docx, print}) {
      b.disableProperty().bind(model.idleWithDocument().not());
    }
    Button sign = button("minutesSign", "ui.minutes.sign", this::sign);
    // Signing only once the check before signing finds nothing missing.
    sign.disableProperty()
        .bind(
            model
                .idleWithDocument()
                .not()
                .or(model.signedProperty())
                .or(model.missingForSigningProperty().isNotEqualTo(0)));
    sign.setTooltip(new Tooltip(messages.get("ui.minutes.signTooltip")));
    Button scan = button("minutesAttachScan", "ui.minutes.attachScan", this::attachScan);
    scan.disableProperty().bind(model.busyProperty().or(model.signedProperty().not()));
    Button amend = button("minutesAmend", "ui.minutes.amend", this::amend);
    amend.disableProperty().bind(model.busyProperty().or(model.signedProperty().not()));
    amend.setTooltip(new Tooltip(messages.get("ui.minutes.amendTooltip")));
    Label blocked = new Label();
    blocked.setId("minutesSignBlocked");
    blocked.getStyleClass().add("warning");
    blocked.setWrapText(true);
    blocked
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.missingForSigningProperty().get() > 0 && !model.signedProperty().get()
                        ? window.get("minutes.signBlocked", model.missingForSigningProperty().get())
                        : "",
                model.missingForSigningProperty(),
                model.signedProperty()));
    blocked.visibleProperty().bind(blocked.textProperty().isNotEmpty());
    blocked.managedProperty().bind(blocked.visibleProperty());

    Shortcuts.tooltip(previous, new KeyCodeCombination(KeyCode.PAGE_UP));
    Shortcuts.tooltip(next, new KeyCodeCombination(KeyCode.PAGE_DOWN));
    Shortcuts.bind(this, zoomOut, key(KeyCode.MINUS));
    Shortcuts.bind(this, zoomIn, key(KeyCode.EQUALS));
    Shortcuts.bind(this, annex, shiftKey(KeyCode.A));
    Shortcuts.bind(this, pdf, key(KeyCode.E));
    Shortcuts.bind(this, docx, shiftKey(KeyCode.E));
    Shortcuts.bind(this, print, key(KeyCode.P));
    Shortcuts.bind(this, sign, shiftKey(KeyCode.S));
    Shortcuts.bind(this, scan, shiftKey(KeyCode.J));
    Shortcuts.bind(this, amend, shiftKey(KeyCode.M));

    // Groups of buttons that wrap onto a second row on a narrow window instead of being cut.
    javafx.scene.layout.FlowPane bar =
        new javafx.scene.layout.FlowPane(
            14,
            6,
            group(previous, page, next),
            group(zoomOut, zoom, zoomIn),
            group(annex),
            group(pdf, docx, print),
            group(sign, scan, amend),
            blocked);
    bar.setId("minutesToolbar");
    bar.getStyleClass().add("minutes-toolbar");
    bar.setPadding(new Insets(6, 8, 6, 8));
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private static HBox group(javafx.scene.Node... nodes) {
    HBox box = new HBox(4, nodes);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private static javafx.scene.input.KeyCombination key(KeyCode code) {
    return new KeyCodeCombination(code, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
  }

  private static javafx.scene.input.KeyCombination shiftKey(KeyCode code) {
    return new KeyCodeCombination(
        code,
        javafx.scene.input.KeyCombination.SHORTCUT_DOWN,
        javafx.scene.input.KeyCombination.SHIFT_DOWN);
  }

  private ScrollPane preview() {
    ImageView image = new ImageView();
    image.setId("minutesImage");
    image.setPreserveRatio(true);
    image.imageProperty().bind(model.pageImageProperty());
    StackPane paper = new StackPane(image);
    paper.setPadding(new Insets(16));
    paper.setStyle("-fx-background-color: #808080;");
    ScrollPane scroll = new ScrollPane(paper);
    scroll.setFitToWidth(true);
    scroll.setFitToHeight(true);
    scroll.setPannable(true);
    return scroll;
  }

  private HBox statusBar() {
    ProgressBar progress = new ProgressBar();
    progress.setId("minutesProgress");
    progress.progressProperty().bind(model.progressProperty());
    progress.visibleProperty().bind(model.busyProperty());
    progress.managedProperty().bind(progress.visibleProperty());
    Label status = new Label();
    status.setId("minutesStatus");
    status.textProperty().bind(model.statusProperty());
    status.setWrapText(true);
    status.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(status, Priority.ALWAYS);
    Button cancel = button("minutesCancel", "ui.minutes.cancel", model::cancel);
    cancel.visibleProperty().bind(model.busyProperty());
    cancel.managedProperty().bind(cancel.visibleProperty());
    Label code = new Label();
    code.setId("minutesCode");
    code.textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.verificationCodeProperty().get().isEmpty()
                        ? ""
                        : messages.get(
                            model.signedProperty().get()
                                ? "ui.minutes.codeSigned"
                                : "ui.minutes.code",
                            model.verificationCodeProperty().get()),
                model.verificationCodeProperty(),
                model.signedProperty()));
    HBox bar = new HBox(8, progress, status, code, cancel);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    return bar;
  }

  private Button button(String id, String key, Runnable action) {
    Button b = new Button(messages.get(key));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private void export(FilePurpose purpose) {
    String base = messages.get("ui.minutes.fileName");
    String name = base + (purpose == FilePurpose.SAVE_PDF ? ".pdf" : ".docx");
    filePicker
        .pick(purpose, name)
        .ifPresent(
            path -> {
              if (purpose == FilePurpose.SAVE_PDF) {
                model.exportPdf(path);
              } else {
                model.exportDocx(path);
              }
            });
  }

  private void print() {
    printPicker.pick().ifPresent(model::print);
  }

  private void sign() {
    if (confirmer.confirm(
        messages.get("ui.minutes.signConfirmHeader"), messages.get("ui.minutes.signConfirm"))) {
      model.sign();
    }
  }

  private void attachScan() {
    filePicker.pick(FilePurpose.OPEN_SCAN, "").ifPresent(model::attachScan);
  }

  /** The amendment dialog, then where to write its PDF (cancel: only record it). */
  private void amend() {
    amendmentAsker
        .ask()
        .ifPresent(
            request ->
                model.amend(
                    request,
                    filePicker.pick(
                        FilePurpose.SAVE_PDF, messages.get("ui.minutes.amendFileName") + ".pdf")));
  }

  private Optional<AmendmentRequest> askAmendment() {
    Window window = getScene() == null ? null : getScene().getWindow();
    return new AmendmentDialog(window, model.titleProperty().get()).showAndWait();
  }

  private Optional<Path> chooseFile(FilePurpose purpose, String suggestedName) {
    FileChooser chooser = new FileChooser();
    Window window = getScene() == null ? null : getScene().getWindow();
    switch (purpose) {
      case SAVE_PDF -> {
        chooser.setTitle(messages.get("ui.minutes.exportPdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
      }
      case SAVE_DOCX -> {
        chooser.setTitle(messages.get("ui.minutes.exportDocx"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word", "*.docx"));
      }
      case OPEN_SCAN -> {
        chooser.setTitle(messages.get("ui.minutes.attachScan"));
        chooser
            .getExtensionFilters()
            .add(
                new FileChooser.ExtensionFilter(
                    messages.get("ui.minutes.scanFiles"), "*.pdf", "*.jpg", "*.jpeg", "*.png"));
      }
    }
    File file;
    if (purpose == FilePurpose.OPEN_SCAN) {
      file = chooser.showOpenDialog(window);
    } else {
      chooser.setInitialFileName(suggestedName);
      file = chooser.showSaveDialog(window);
    }
    return Optional.ofNullable(file).map(File::toPath);
  }

  private Optional<PrintRequest> choosePrinter() {
    PrinterJob job = PrinterJob.createPrinterJob();
    if (job == null) {
      model.showMessage(messages.get("ui.minutes.noPrinter"));
      return Optional.empty();
    }
    Window window = getScene() == null ? null : getScene().getWindow();
    try {
      if (!job.showPrintDialog(window)) {
        return Optional.empty();
      }
      return Optional.of(
          new PrintRequest(job.getPrinter().getName(), job.getJobSettings().getCopies()));
    } finally {
      job.cancelJob();
    }
  }

  private boolean confirmWithDialog(String header, String text) {
    Messages editing = Messages.of("editing");
    ButtonType yes =
        new ButtonType(
            editing.get("dialog.yes"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    ButtonType no =
        new ButtonType(
            editing.get("dialog.no"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
    alert.setTitle(header);
    alert.setHeaderText(header);
    // Not signing is the safe choice: Enter does not lock the inspection.
    ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
    ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
    if (getScene() != null) {
      alert.initOwner(getScene().getWindow());
    }
    return alert.showAndWait().filter(b -> b == yes).isPresent();
  }
}
