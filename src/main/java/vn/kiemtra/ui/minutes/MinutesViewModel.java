package vn.kiemtra.ui.minutes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.scene.image.Image;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.inspection.InspectionChanges;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.ReadinessCheck;
import vn.kiemtra.core.minutes.AmendmentRequest;
import vn.kiemtra.core.minutes.AmendmentTime;
import vn.kiemtra.core.minutes.MinutesAmendment;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesFormat;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.MinutesScan;
import vn.kiemtra.core.minutes.PrintRequest;
import vn.kiemtra.core.minutes.RenderedMinutes;
import vn.kiemtra.core.minutes.SignedMinutes;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * State and actions of the minutes screen: lays the minutes out in the background (with progress
 * and cancel), pages and zooms through page images, exports PDF and DOCX, prints, marks the minutes
 * signed and attaches the scan of the signed paper. Every database or rendering call runs as a
 * {@link Task} on the given executor; results are applied on the FX thread.
 */
public final class MinutesViewModel {
  static final double MIN_ZOOM = 0.5;
  static final double MAX_ZOOM = 3.0;
  static final double ZOOM_STEP = 0.25;

  /** Preview pixels per PDF point at 100 %: a 96 dpi screen. */
  static final double SCREEN_SCALE = 96.0 / 72.0;

  private final Services services;
  private final UUID inspectionId;
  private final Executor executor;
  private final Messages messages = Messages.of("report");

  private final ObjectProperty<Image> pageImage = new SimpleObjectProperty<>();
  private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
  private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
  private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
  private final BooleanProperty includeAnnex = new SimpleBooleanProperty(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty signed = new SimpleBooleanProperty(false);
  private final StringProperty verificationCode = new SimpleStringProperty("");
  private final StringProperty title = new SimpleStringProperty("");
  private final Map<String, Image> pageCache = new HashMap<>();
  private final IntegerProperty missingForSigning = new SimpleIntegerProperty(-1);

  private RenderedMinutes rendered;
  private String summary = "";
  private Task<?> running;
  private InspectionChanges.Subscription subscription;
  private BooleanSupplier showing = () -> true;
  private boolean stale;

  public MinutesViewModel(Services services, UUID inspectionId, Executor executor) {
    this.services = services;
    this.inspectionId = inspectionId;
    this.executor = executor;
    includeAnnex.addListener((o, was, now) -> load());
  }

  /**
   * Follows the committed changes of the inspection (edits, sync, signing): the preview is laid out
   * again from the stored state when it is showing, or as soon as it is shown again.
   *
   * @param showing whether the preview is on screen now
   */
  public void follow(BooleanSupplier showing) {
    this.showing = showing;
    if (subscription == null) {
      subscription =
          services
              .inspections()
              .changes()
              .subscribe(inspectionId, change -> Platform.runLater(this::changedElsewhere));
    }
  }

  /** Stops following changes (the view left the window). */
  public void stopFollowing() {
    if (subscription != null) {
      subscription.cancel();
      subscription = null;
    }
  }

  private void changedElsewhere() {
    // A running job (signing, exporting) is never cancelled by a change; the layout follows it.
    if (!busy.get() && showing.getAsBoolean()) {
      load();
    } else {
      stale = true;
    }
  }

  /** The preview came on screen: lays it out again if the inspection changed meanwhile. */
  public void shown() {
    if (stale && !busy.get()) {
      stale = false;
      load();
    }
  }

  /** Whether a change arrived that the preview does not show yet. */
  public boolean isStale() {
    return stale;
  }

  /** Lays the minutes out again (at start, and when the annex choice changes). */
  public void load() {
    stale = false;
    run(
        messages.get("ui.minutes.rendering"),
        new Task<Loaded>() {
          @Override
          protected Loaded call() {
            updateProgress(0.1, 1);
            var stored = services.inspections().require(inspectionId);
            MinutesContent content =
                services.minutes().content(inspectionId, new MinutesOptions(includeAnnex.get()));
            updateProgress(0.3, 1);
            RenderedMinutes r = services.minutes().render(content);
            updateProgress(0.8, 1);
            byte[] first = r.pageImage(0, SCREEN_SCALE * zoom.get());
            updateProgress(1, 1);
            boolean locked =
                stored.inspection().status() == InspectionStatus.SIGNED
                    || services.minutes().signed(inspectionId).isPresent();
            int missing =
                new ReadinessCheck()
                    .check(
                        stored.inspection(), services.inspections().templateOf(stored.inspection()))
                    .size();
            return new Loaded(r, first, stored.inspection().title(), locked, missing);
          }
        },
        loaded -> {
          rendered = loaded.rendered();
          pageCache.clear();
          pageCount.set(rendered.pageCount());
          pageIndex.set(0);
          Image image = image(loaded.firstPage());
          pageCache.put(key(0, zoom.get()), image);
          pageImage.set(image);
          title.set(loaded.title());
          signed.set(loaded.signed());
          missingForSigning.set(loaded.missing());
          verificationCode.set(rendered.content().verificationCode());
          summary =
              messages.get(
                  "ui.minutes.rendered",
                  Integer.toString(rendered.pageCount()),
                  rendered.content().verificationCode());
          status.set(summary);
        });
  }

  public void nextPage() {
    showPage(pageIndex.get() + 1);
  }

  public void previousPage() {
    showPage(pageIndex.get() - 1);
  }

  public void zoomIn() {
    setZoom(zoom.get() + ZOOM_STEP);
  }

  public void zoomOut() {
    setZoom(zoom.get() - ZOOM_STEP);
  }

  public void setZoom(double value) {
    double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    if (clamped == zoom.get()) {
      return;
    }
    zoom.set(clamped);
    showPage(pageIndex.get());
  }

  /** Shows a page (0-based) at the current zoom, drawing it in the background if needed. */
  public void showPage(int index) {
    if (rendered == null || index < 0 || index >= rendered.pageCount()) {
      return;
    }
    double scale = zoom.get();
    Image cached = pageCache.get(key(index, scale));
    if (cached != null) {
      pageIndex.set(index);
      pageImage.set(cached);
      return;
    }
    RenderedMinutes current = rendered;
    run(
        messages.get("ui.minutes.drawingPage", Integer.toString(index + 1)),
        new Task<byte[]>() {
          @Override
          protected byte[] call() {
            return current.pageImage(index, SCREEN_SCALE * scale);
          }
        },
        png -> {
          Image image = image(png);
          pageCache.put(key(index, scale), image);
          pageIndex.set(index);
          pageImage.set(image);
          status.set(summary);
        });
  }

  /** Writes the PDF to a file; for signed minutes, the PDF stored when they were signed. */
  public void exportPdf(Path target) {
    export(target, MinutesFormat.PDF);
  }

  /** Writes a DOCX for offices that edit in Word. */
  public void exportDocx(Path target) {
    export(target, MinutesFormat.DOCX);
  }

  private void export(Path target, MinutesFormat format) {
    RenderedMinutes current = rendered;
    if (current == null) {
      return;
    }
    run(
        messages.get("ui.minutes.exporting", target.getFileName()),
        new Task<Path>() {
          @Override
          protected Path call() throws IOException {
            byte[] bytes;
            if (format == MinutesFormat.DOCX) {
              bytes = current.docx();
            } else if (services.minutes().signed(inspectionId).isPresent()) {
              bytes = services.minutes().signedPdf(inspectionId);
            } else {
              bytes = current.pdf();
            }
            updateProgress(0.8, 1);
            Path temp =
                Files.createTempFile(target.toAbsolutePath().getParent(), ".kiemtra", ".tmp");
            try {
              Files.write(temp, bytes);
              Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
              Files.deleteIfExists(temp);
            }
            return target;
          }
        },
        path -> status.set(messages.get("ui.minutes.exported", path)));
  }

  /** Sends the laid-out minutes to the printer chosen in the system print dialog. */
  public void print(PrintRequest request) {
    RenderedMinutes current = rendered;
    if (current == null) {
      return;
    }
    run(
        messages.get("ui.minutes.printing", request.printerName()),
        new Task<Void>() {
          @Override
          protected Void call() {
            current.print(request);
            return null;
          }
        },
        done ->
            status.set(
                messages.get(
                    "ui.minutes.printed",
                    request.printerName(),
                    Integer.toString(request.copies()))));
  }

  /** Marks the minutes signed: stores the final PDF and its hash and locks the inspection. */
  public void sign() {
    run(
        messages.get("ui.minutes.signing"),
        new Task<SignedMinutes>() {
          @Override
          protected SignedMinutes call() {
            return services.minutes().sign(inspectionId, new MinutesOptions(includeAnnex.get()));
          }
        },
        s -> {
          // Signing stored the pending edit and made the minutes from the newest state: the
          // changes it announced are the ones on screen.
          stale = false;
          signed.set(true);
          verificationCode.set(s.verificationCode());
          status.set(messages.get("ui.minutes.signed", s.verificationCode(), s.pdfSha256()));
        });
  }

  /** Attaches the scan or photo of the signed paper minutes. */
  public void attachScan(Path file) {
    run(
        messages.get("ui.minutes.attaching", file.getFileName()),
        new Task<MinutesScan>() {
          @Override
          protected MinutesScan call() throws IOException {
            return services
                .minutes()
                .attachScan(inspectionId, file.getFileName().toString(), Files.readAllBytes(file));
          }
        },
        scan -> status.set(messages.get("ui.minutes.scanAttached", scan.fileName())));
  }

  /**
   * Records an amendment (biên bản bổ sung) to the signed minutes with the time and place entered,
   * and writes its PDF to {@code target} when one was chosen.
   */
  public void amend(AmendmentRequest request, Optional<Path> target) {
    run(
        messages.get("ui.minutes.amending"),
        new Task<String>() {
          @Override
          protected String call() throws IOException {
            MinutesAmendment a = services.minutes().amend(inspectionId, request);
            String when = AmendmentTime.format(a.heldAt());
            if (target.isEmpty()) {
              return messages.get(
                  "ui.minutes.amended", Integer.toString(a.number()), when, a.place());
            }
            updateProgress(0.5, 1);
            MinutesContent content = services.minutes().amendmentContent(inspectionId, a.number());
            writeAtomically(target.get(), services.minutes().render(content).pdf());
            return messages.get(
                "ui.minutes.amendedWritten",
                Integer.toString(a.number()),
                when,
                a.place(),
                target.get());
          }
        },
        message -> {
          // An amendment never changes the signed minutes on screen: no new layout is needed.
          stale = false;
          status.set(message);
        });
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".kiemtra", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Shows a message in the status line (e.g. no printer found). */
  public void showMessage(String message) {
    status.set(message);
  }

  /** Stops waiting for the running job; its result, if any, is thrown away. */
  public void cancel() {
    if (running != null) {
      running.cancel();
    }
  }

  private <T> void run(String label, Task<T> task, Consumer<T> onSuccess) {
    if (running != null && running.isRunning()) {
      running.cancel();
    }
    running = task;
    busy.set(true);
    status.set(label);
    progress.unbind();
    progress.bind(task.progressProperty());
    task.setOnSucceeded(
        e -> {
          if (running == task) {
            finish();
          }
          onSuccess.accept(task.getValue());
        });
    task.setOnFailed(
        e -> {
          if (running == task) {
            finish();
          }
          status.set(failure(task.getException()));
        });
    task.setOnCancelled(
        e -> {
          if (running == task) {
            finish();
            status.set(messages.get("ui.minutes.cancelled"));
          }
        });
    executor.execute(task);
  }

  private void finish() {
    busy.set(false);
    progress.unbind();
    progress.set(0);
    if (stale) {
      // After the job's own result is shown.
      Platform.runLater(
          () -> {
            if (showing.getAsBoolean()) {
              shown();
            }
          });
    }
  }

  private String failure(Throwable e) {
    if (e instanceof DomainException) {
      return e.getMessage();
    }
    if (e instanceof IOException) {
      return messages.get("ui.minutes.fileError", e.getMessage());
    }
    return messages.get("ui.minutes.unexpected", e.getClass().getSimpleName(), e.getMessage());
  }

  private static Image image(byte[] png) {
    return new Image(new ByteArrayInputStream(png));
  }

  private static String key(int index, double scale) {
    return index + "@" + scale;
  }

  /** What the background layout hands back to the FX thread. */
  private record Loaded(
      RenderedMinutes rendered, byte[] firstPage, String title, boolean signed, int missing) {}

  /**
   * How many things the check before signing still finds missing in the laid-out state; "Đánh dấu
   * đã ký" is enabled only at 0. -1 until the minutes are laid out.
   */
  public ReadOnlyIntegerProperty missingForSigningProperty() {
    return missingForSigning;
  }

  /** Lays the minutes out when they are next shown, not now (the editor opens without waiting). */
  public void loadWhenShown() {
    stale = true;
  }

  public ReadOnlyObjectProperty<Image> pageImageProperty() {
    return pageImage;
  }

  public ReadOnlyIntegerProperty pageIndexProperty() {
    return pageIndex;
  }

  public ReadOnlyIntegerProperty pageCountProperty() {
    return pageCount;
  }

  public DoubleProperty zoomProperty() {
    return zoom;
  }

  public BooleanProperty includeAnnexProperty() {
    return includeAnnex;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status;
  }

  public ReadOnlyBooleanProperty signedProperty() {
    return signed;
  }

  public ReadOnlyStringProperty verificationCodeProperty() {
    return verificationCode;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title;
  }

  /** "Trang 2/5". */
  public StringBinding pageLabel() {
    return Bindings.createStringBinding(
        () ->
            pageCount.get() == 0
                ? ""
                : messages.get(
                    "ui.minutes.page",
                    Integer.toString(pageIndex.get() + 1),
                    Integer.toString(pageCount.get())),
        pageIndex,
        pageCount);
  }

  /** "125 %". */
  public StringBinding zoomLabel() {
    return Bindings.createStringBinding(
        () -> messages.get("ui.minutes.zoomValue", Long.toString(Math.round(zoom.get() * 100))),
        zoom);
  }

  /** Nothing to show yet, or a job is running. */
  public BooleanBinding idleWithDocument() {
    return busy.not().and(pageCount.greaterThan(0));
  }

  public UUID inspectionId() {
    return inspectionId;
  }
}
