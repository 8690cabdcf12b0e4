package vn.kiemtra.ui.editor;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
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
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.ReadinessCheck;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.core.scoring.InspectionScore;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.Texts;

/**
 * State of one open inspection: the current value (every edit replaces it and is autosaved), its
 * template, the live score, the save status and whether it is locked.
 */
public final class EditorViewModel {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Messages m = Texts.ui();
  private final Services services;
  private final UUID id;
  private final ObjectProperty<Inspection> inspection = new SimpleObjectProperty<>();
  private final ObjectProperty<ChecklistTemplate> template = new SimpleObjectProperty<>();
  private final ObjectProperty<InspectionScore> score = new SimpleObjectProperty<>();
  private final StringProperty saveStatus = new SimpleStringProperty("");
  private final BooleanProperty readOnly = new SimpleBooleanProperty();
  private final Autosaver autosaver;

  public EditorViewModel(Services services, UUID id) {
    this.services = services;
    this.id = id;
    this.autosaver = new Autosaver(this::store);
  }

  public UUID id() {
    return id;
  }

  /** Reads the inspection and its template; call in the background. */
  public Loaded load() {
    StoredInspection stored = services.inspections().require(id);
    ChecklistTemplate t = services.inspections().templateOf(stored.inspection());
    return new Loaded(stored.inspection(), t);
  }

  /** What {@link #load} read. */
  public record Loaded(Inspection inspection, ChecklistTemplate template) {}

  /** Shows what was loaded; on the FX thread. */
  public void show(Loaded loaded) {
    template.set(loaded.template());
    readOnly.set(loaded.inspection().status().isLocked());
    inspection.set(loaded.inspection());
    rescore();
    saveStatus.set(readOnly.get() ? m.get("editor.locked") : m.get("editor.allSaved"));
  }

  /** Applies one edit and schedules its save. Ignored when the minutes are signed. */
  public void edit(UnaryOperator<Inspection> change) {
    if (readOnly.get() || inspection.get() == null) {
      return;
    }
    Inspection next = change.apply(inspection.get());
    if (next.equals(inspection.get())) {
      return;
    }
    inspection.set(next);
    rescore();
    saveStatus.set(m.get("editor.saving"));
    autosaver.changed(next);
  }

  private void rescore() {
    if (template.get() != null) {
      score.set(services.inspections().score(inspection.get()));
    }
  }

  private void store(Inspection value) {
    try {
      services.inspections().save(value);
      String at = LocalTime.now().format(CLOCK);
      Platform.runLater(
          () -> {
            if (!autosaver.hasPending()) {
              saveStatus.set(m.get("editor.savedAt", at));
            }
          });
    } catch (RuntimeException e) {
      Platform.runLater(() -> saveStatus.set(m.get("editor.saveFailed", Dialogs.message(e))));
    }
  }

  public List<ReadinessCheck.Gap> gaps() {
    return new ReadinessCheck().check(inspection.get(), template.get());
  }

  /** Saves what is pending now (closing). */
  public void close() {
    autosaver.close();
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

  public BooleanProperty readOnly() {
    return readOnly;
  }

  public Services services() {
    return services;
  }
}
