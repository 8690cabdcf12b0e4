package vn.kiemtra.ui.editor;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.evidence.EvidenceService;
import vn.kiemtra.core.inspection.EditingSession;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionChanged;
import vn.kiemtra.core.inspection.InspectionChanges;
import vn.kiemtra.core.inspection.ReadinessCheck;
import vn.kiemtra.core.scoring.InspectionScore;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.ErrorReport;
import vn.kiemtra.ui.common.Texts;

/**
 * The window's side of one open inspection's {@link EditingSession}: the current value (every edit
 * goes to the session and is autosaved), its template, the live score, the save status and whether
 * it is locked. Changes committed elsewhere (a sync import, signing, a command) arrive through
 * {@link InspectionChanges}; the session reads them on the autosave thread and the screen is told
 * to show them.
 */
public final class EditorViewModel {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Messages m = Texts.ui();
  private final Messages e = Messages.of("editing");
  private final Services services;
  private final UUID id;

  /** Null for a detached model ({@link #detached}): nothing is read, edited or stored. */
  private final EditingSession session;

  private final ObjectProperty<Inspection> inspection = new SimpleObjectProperty<>();
  private final ObjectProperty<ChecklistTemplate> template = new SimpleObjectProperty<>();
  private final ObjectProperty<InspectionScore> score = new SimpleObjectProperty<>();
  private final StringProperty saveStatus = new SimpleStringProperty("");
  private final BooleanProperty saveFailed = new SimpleBooleanProperty();
  private final BooleanProperty readOnly = new SimpleBooleanProperty();
  private final ObjectProperty<ErrorReport> failure = new SimpleObjectProperty<>();

  /** Null for a detached model. */
  private final Autosaver autosaver;

  private final EvidenceService evidence;
  private InspectionChanges.Subscription subscription;
  private Consumer<EditingSession.Snapshot> onReloaded = s -> {};
  private boolean closed;

  public EditorViewModel(Services services, UUID id) {
    this(services, id, services.inspections().sessions().acquire(id));
  }

  private EditorViewModel(Services services, UUID id, EditingSession session) {
    this.services = services;
    this.id = id;
    this.session = session;
    this.autosaver = session == null ? null : new Autosaver(this::store);
    this.evidence =
        new EvidenceService(services.evidence(), services.inspections(), Clock.system());
  }

  /**
   * A model that shows {@code state} without an editing session: it takes no edits, stores nothing
   * and follows no changes. For an editor built off-screen ahead of the first real one ({@link
   * EditorWarmUp}).
   */
  static EditorViewModel detached(Services services, EditingSession.Snapshot state) {
    return new EditorViewModel(services, state.inspection().id(), null);
  }

  /** Attaching evidence files (size limit, hash, the lock). */
  public EvidenceService evidence() {
    return evidence;
  }

  public UUID id() {
    return id;
  }

  /** Reads the inspection and its template into the session; call in the background. */
  public Loaded load() {
    return new Loaded(session.load());
  }

  /** What {@link #load} read. */
  public record Loaded(EditingSession.Snapshot snapshot) {
    public Inspection inspection() {
      return snapshot.inspection();
    }

    public ChecklistTemplate template() {
      return snapshot.template();
    }
  }

  /** Shows what was loaded and starts following changes made elsewhere; on the FX thread. */
  public void show(Loaded loaded) {
    apply(loaded.snapshot());
    saveStatus.set(readOnly.get() ? m.get("editor.locked") : m.get("editor.allSaved"));
    if (session == null) {
      return;
    }
    subscription =
        services
            .inspections()
            .changes()
            .subscribe(
                id,
                change -> {
                  if (change.origin() != session) {
                    autosaver.execute(() -> reload(change));
                  }
                });
  }

  /** Called on the FX thread with the new state after a change made elsewhere was read. */
  public void setOnReloaded(Consumer<EditingSession.Snapshot> listener) {
    this.onReloaded = listener;
  }

  private void apply(EditingSession.Snapshot s) {
    template.set(s.template());
    readOnly.set(s.locked());
    inspection.set(s.inspection());
    score.set(
        session == null
            ? services.inspections().score(s.inspection(), s.template())
            : session.score());
  }

  /** Applies one edit and schedules its save. Ignored when the minutes are signed. */
  public void edit(UnaryOperator<Inspection> change) {
    if (readOnly.get() || inspection.get() == null || closed || session == null) {
      return;
    }
    if (!session.edit(change)) {
      return;
    }
    inspection.set(session.current());
    score.set(session.score());
    if (!saveFailed.get()) {
      saveStatus.set(m.get("editor.saving"));
    }
    autosaver.changed();
  }

  /** Stores the pending edits; runs on the autosave thread. */
  private void store() {
    try {
      EditingSession.Flush flush = session.flush();
      String at = vn.kiemtra.core.shared.Clock.localNow().toLocalTime().format(CLOCK);
      Platform.runLater(() -> saved(flush, at));
    } catch (RuntimeException error) {
      ErrorReport report = Dialogs.log(error);
      Platform.runLater(() -> failed(report));
    }
  }

  private void saved(EditingSession.Flush flush, String at) {
    saveFailed.set(false);
    failure.set(null);
    switch (flush.outcome()) {
      case NOTHING -> {
        if (!session.hasPendingEdits()) {
          saveStatus.set(readOnly.get() ? m.get("editor.locked") : m.get("editor.savedAt", at));
        }
      }
      case SAVED -> {
        if (!session.hasPendingEdits()) {
          saveStatus.set(m.get("editor.savedAt", at));
        }
      }
      case SAVED_AFTER_RELOAD -> {
        apply(flush.state());
        onReloaded.accept(flush.state());
        saveStatus.set(e.get("editor.savedAfterReload", at));
      }
      case LOCKED -> {
        apply(flush.state());
        onReloaded.accept(flush.state());
        saveStatus.set(e.get("editor.lockedDropped", flush.discardedEdits()));
        saveFailed.set(true);
      }
    }
  }

  private void failed(ErrorReport report) {
    failure.set(report);
    saveFailed.set(true);
    saveStatus.set(m.get("editor.saveFailed", report.message()) + " (" + report.code() + ")");
  }

  /** Reads a change committed elsewhere; runs on the autosave thread. */
  private void reload(InspectionChanged change) {
    try {
      EditingSession.Refresh refresh = session.refresh();
      if (!refresh.changed()) {
        return;
      }
      Platform.runLater(
          () -> {
            if (closed) {
              return;
            }
            apply(refresh.state());
            onReloaded.accept(refresh.state());
            if (refresh.state().locked()) {
              saveStatus.set(
                  refresh.discardedEdits() > 0
                      ? e.get("editor.lockedDropped", refresh.discardedEdits())
                      : m.get("editor.locked"));
              saveFailed.set(refresh.discardedEdits() > 0);
            } else {
              saveStatus.set(e.get("editor.reloaded." + change.kind().name()));
            }
          });
    } catch (RuntimeException error) {
      ErrorReport report = Dialogs.log(error);
      Platform.runLater(() -> failed(report));
    }
  }

  /** Tries the failed save again (the status bar's "Thử lại"). */
  public void retry() {
    if (session == null) {
      return;
    }
    saveStatus.set(m.get("editor.saving"));
    autosaver.changed();
  }

  public List<ReadinessCheck.Gap> gaps() {
    return new ReadinessCheck().check(inspection.get(), template.get());
  }

  /** Whether an edit is not yet stored (waiting, or its save failed). */
  public boolean hasUnsavedEdits() {
    return session != null && session.hasPendingEdits();
  }

  /**
   * Stores what is pending in the background; the future completes on the autosave thread with
   * whether everything is stored.
   */
  public CompletableFuture<Boolean> flushInBackground() {
    if (session == null) {
      return CompletableFuture.completedFuture(true);
    }
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    autosaver.execute(
        () -> {
          store();
          done.complete(!session.hasPendingEdits());
        });
    return done;
  }

  /**
   * Stops following changes and releases the session; what is pending is stored first on the
   * autosave thread (the FX thread does not wait).
   */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (subscription != null) {
      subscription.cancel();
    }
    if (session == null) {
      return;
    }
    autosaver.execute(
        () -> {
          if (session.hasPendingEdits()) {
            store();
          }
          services.inspections().sessions().release(session);
        });
    autosaver.shutdown();
  }

  /** Closes and waits for the last save; for the crash harness and tests, not the FX thread. */
  void closeAndWait() {
    close();
    if (autosaver != null) {
      autosaver.awaitTermination();
    }
  }

  public ObjectProperty<Inspection> inspection() {
    return inspection;
  }

  public ObjectProperty<ChecklistTemplate> template() {
    return template;
  }

  public ObjectProperty<InspectionScore> score() {
    return score;
  }

  public StringProperty saveStatus() {
    return saveStatus;
  }

  /** True while the last save failed (the status bar is red and offers "Thử lại"). */
  public BooleanProperty saveFailed() {
    return saveFailed;
  }

  /** The last save's failure, for the error dialog's details. */
  public ObjectProperty<ErrorReport> failure() {
    return failure;
  }

  public BooleanProperty readOnly() {
    return readOnly;
  }

  public Services services() {
    return services;
  }

  EditingSession session() {
    return session;
  }

  /** Whether this model shows a state without an editing session ({@link #detached}). */
  boolean isDetached() {
    return session == null;
  }
}
