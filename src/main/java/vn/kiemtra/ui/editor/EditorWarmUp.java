package vn.kiemtra.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.inspection.EditingSession;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionPlanner;
import vn.kiemtra.core.inspection.UnitRef;
import vn.kiemtra.core.settings.AppSettingsService;
import vn.kiemtra.ui.common.UiExecutor;

/**
 * An editor built ahead, off-screen, so that the inspector's first Ctrl+N and first open do not pay
 * for loading, styling and laying out the editor's classes and skins. The editor of a sample
 * inspection, on a detached model (no editing session: it reads nothing more, takes no edits and
 * stores nothing), is put in a scene of its own that no window shows, then built, styled and laid
 * out tab by tab, one short step at a time, and thrown away.
 */
public final class EditorWarmUp {
  /** What the warm-up shows: an inspection's state and the unit names the general tab offers. */
  public record Sample(EditingSession.Snapshot state, List<String> unitNames) {}

  private final List<Runnable> steps = new ArrayList<>();
  private EditorView editor;
  private boolean discarded;

  /**
   * Reads the sample in the background: the stored inspection {@code listed} (as the list shows it;
   * a plain read, no editing session), or else a blank inspection of {@code template} that is never
   * stored; empty when there is neither.
   */
  public static Optional<Sample> read(
      Services services, Optional<UUID> listed, Optional<ChecklistTemplate> template) {
    Optional<EditingSession.Snapshot> state =
        listed
            .flatMap(id -> services.inspections().find(id))
            .map(
                stored -> {
                  Inspection in = stored.inspection();
                  return new EditingSession.Snapshot(
                      in,
                      services.inspections().templateOf(in),
                      stored.version(),
                      in.status().isLocked(),
                      0);
                })
            .or(() -> template.map(t -> blank(services, t)));
    if (state.isEmpty()) {
      return Optional.empty();
    }
    List<String> units = services.units().list().stream().map(UnitRef::name).toList();
    return Optional.of(new Sample(state.get(), units));
  }

  private static EditingSession.Snapshot blank(Services services, ChecklistTemplate template) {
    Inspection in =
        new InspectionPlanner()
            .blank(
                template.ref(),
                AppSettingsService.defaultIssuer(services.settings()),
                template.name(),
                vn.kiemtra.core.shared.Clock.localNow());
    return new EditingSession.Snapshot(in, template, 0, false, 0);
  }

  /**
   * Prepares the steps; nothing is built before the first one runs.
   *
   * @param like the scene whose stylesheets the editor is styled with
   * @param size the area an editor's tab gets in the window (the list tab's content)
   */
  public EditorWarmUp(
      Services services,
      UiExecutor executor,
      Window owner,
      Scene like,
      Bounds size,
      Sample sample) {
    double width = Math.max(size.getWidth(), 640);
    double height = Math.max(size.getHeight(), 480);
    steps.add(
        () -> {
          editor =
              EditorView.detached(services, executor, owner, sample.state(), sample.unitNames());
          Scene offScreen = new Scene((Parent) editor.node(), width, height);
          offScreen.getStylesheets().setAll(like.getStylesheets());
        });
    Runnable style = () -> editor.node().applyCss();
    Runnable layout =
        () -> {
          Region root = (Region) editor.node();
          root.resize(width, height);
          root.layout();
        };
    steps.add(style);
    steps.add(layout);
    for (int i = 0; i < 5; i++) {
      int index = i;
      steps.add(() -> editor.showTab(index));
      steps.add(style);
      steps.add(layout);
    }
    steps.add(this::discard);
  }

  /**
   * The steps, to run one at a time on the FX thread, in order; the last throws the editor away.
   * After {@link #discard}, the steps left do nothing.
   */
  public List<Runnable> steps() {
    return steps.stream()
        .<Runnable>map(
            step ->
                () -> {
                  if (!discarded) {
                    step.run();
                  }
                })
        .toList();
  }

  /** Throws away what was built. */
  public void discard() {
    discarded = true;
    if (editor != null) {
      editor.close();
      editor = null;
    }
  }

  /** The editor built so far, for tests; null before the first step and after the last. */
  javafx.scene.Node node() {
    return editor == null ? null : editor.node();
  }
}
