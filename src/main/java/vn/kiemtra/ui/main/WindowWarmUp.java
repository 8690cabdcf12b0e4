package vn.kiemtra.ui.main;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.start.InspectionStarter;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.UiExecutor;
import vn.kiemtra.ui.editor.EditorWarmUp;
import vn.kiemtra.ui.list.InspectionListView;

/**
 * Prepares the inspector's first actions while the window is idle, so the first Ctrl+N and the
 * first opened inspection are as quick as the later ones. Once the list shows its rows and nothing
 * has been pressed for {@link #IDLE}, it styles the controls the screens are made of ({@link
 * ControlWarmUp}) while it reads in the background what Ctrl+N offers and a sample inspection (the
 * one the list shows first; a blank one, never stored, on an empty database), then builds the
 * new-inspection choice and an editor of the sample, all off-screen, in short steps spread over the
 * pulses (input is handled between any two), and throws them away ({@link EditorWarmUp}). A key, a
 * click or a scroll in the window stops it at once (what was built is thrown away) and it starts
 * over once the window is idle again. Once the user opens an inspection, it is over for good: the
 * editor's classes are loaded by then.
 */
public final class WindowWarmUp {
  /** Where the warm-up is. */
  public enum State {
    /** Waiting for the list, or for the window to be idle. */
    WAITING,
    /**
     * Building off-screen, a few short steps per pulse, while the offer and the sample are read in
     * the background.
     */
    BUILDING,
    /** Every step ran; nothing is left of what was built. */
    DONE,
    /** Stopped for good before it was done (an inspection was opened, or the window closes). */
    GIVEN_UP
  }

  /** How long the window must be left alone, once the list shows, before the warm-up starts. */
  static final Duration IDLE = Duration.millis(300);

  /** How long the window must be left alone, after the user acted, before it starts over. */
  static final Duration IDLE_AFTER_INPUT = Duration.seconds(1);

  /** How long the steps run in one pulse may take together, at most, before the next pulse. */
  private static final long PULSE_BUDGET_NANOS = 15_000_000;

  private static final Logger LOG = LoggerFactory.getLogger(WindowWarmUp.class);

  private final Node area;
  private final InspectionListView list;
  private final Services services;
  private final UiExecutor executor;
  private final Window owner;
  private final PauseTransition idle = new PauseTransition(IDLE);
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
  private final Deque<Runnable> steps = new ArrayDeque<>();
  private final AnimationTimer pacer =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          // Short steps share a pulse, up to a budget; a long one runs alone.
          long start = System.nanoTime();
          while (state.get() == State.BUILDING
              && stepOnce()
              && System.nanoTime() - start < PULSE_BUDGET_NANOS) {
            // next step
          }
        }
      };
  private EditorWarmUp editor;
  private boolean listShown;

  /** The background read of the sample is under way. */
  private boolean reading;

  private int attempt;
  private long startedNanos;
  private final List<Long> stepMillis = new ArrayList<>();

  /**
   * @param root the window's root node: a key, click or scroll under it stops the warm-up
   * @param area the list's node: the editor built off-screen gets its size and its scene's
   *     stylesheets
   */
  WindowWarmUp(
      Node root,
      Node area,
      InspectionListView list,
      Services services,
      UiExecutor executor,
      Window owner) {
    this.area = area;
    this.list = list;
    this.services = services;
    this.executor = executor;
    this.owner = owner;
    idle.setOnFinished(e -> begin());
    root.addEventFilter(KeyEvent.KEY_PRESSED, e -> interrupted());
    root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> interrupted());
    root.addEventFilter(ScrollEvent.SCROLL, e -> interrupted());
  }

  /** The list shows its rows: the warm-up starts once the window is idle. */
  void listShown() {
    listShown = true;
    if (state.get() == State.WAITING) {
      idle.playFromStart();
    }
  }

  /** The user acted: stops at once, throws away what was built, starts over after idle. */
  void interrupted() {
    if (over()) {
      return;
    }
    stop();
    if (listShown) {
      idle.setDuration(IDLE_AFTER_INPUT);
      idle.playFromStart();
    }
  }

  /**
   * An inspection is opened or about to be (a new one, a plan), or the window closes: stops for
   * good.
   */
  void giveUp() {
    if (over()) {
      return;
    }
    stop();
    idle.stop();
    state.set(State.GIVEN_UP);
  }

  /** Where the warm-up is; changes on the FX thread. */
  public ReadOnlyObjectProperty<State> state() {
    return state.getReadOnlyProperty();
  }

  /** The longest step so far, in milliseconds: how long the warm-up held the FX thread at once. */
  public long longestStepMillis() {
    return stepMillis.stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** How long each step run so far held the FX thread, in milliseconds, in order. */
  public List<Long> stepMillis() {
    return List.copyOf(stepMillis);
  }

  private boolean over() {
    return state.get() == State.DONE || state.get() == State.GIVEN_UP;
  }

  private void begin() {
    if (over() || state.get() != State.WAITING) {
      return;
    }
    // A dialog, a menu or a tooltip is open: the user is busy with it.
    if (Window.getWindows().stream().anyMatch(w -> w != owner && w.isShowing())
        || area.getScene() == null) {
      idle.playFromStart();
      return;
    }
    int run = ++attempt;
    state.set(State.BUILDING);
    startedNanos = System.nanoTime();
    // The controls are styled while the background reads what the choice and the editor show.
    steps.clear();
    steps.addAll(ControlWarmUp.steps(area.getScene().getStylesheets()));
    reading = true;
    pacer.start();
    Optional<UUID> listed = list.likeliestToOpen();
    executor.run(
        () -> {
          InspectionStarter.Offer offer = services.starter().offer();
          return new Read(offer, EditorWarmUp.read(services, listed, offer.chosen()));
        },
        read -> {
          if (run == attempt && state.get() == State.BUILDING) {
            reading = false;
            build(read);
          }
        },
        error -> {
          if (run == attempt && !over()) {
            Dialogs.log(error);
            giveUp();
          }
        });
  }

  private record Read(InspectionStarter.Offer offer, Optional<EditorWarmUp.Sample> sample) {}

  private void build(Read read) {
    steps.addAll(list.newInspectionWarmUp(read.offer()));
    read.sample()
        .ifPresent(
            sample -> {
              editor =
                  new EditorWarmUp(
                      services, executor, owner, area.getScene(), area.getLayoutBounds(), sample);
              steps.addAll(editor.steps());
            });
    pacer.start();
  }

  /** Runs the next step; false when there was none to run. */
  private boolean stepOnce() {
    Runnable next = steps.poll();
    if (next == null && reading) {
      pacer.stop(); // the controls are done; the choice and the editor follow once read
      return false;
    }
    if (next == null) {
      pacer.stop();
      editor = null;
      state.set(State.DONE);
      LOG.info(
          "window warm-up done in {} ms; longest step {} ms",
          (System.nanoTime() - startedNanos) / 1_000_000,
          longestStepMillis());
      return false;
    }
    long t = System.nanoTime();
    next.run();
    stepMillis.add((System.nanoTime() - t) / 1_000_000);
    return true;
  }

  private void stop() {
    attempt++;
    reading = false;
    pacer.stop();
    steps.clear();
    if (editor != null) {
      editor.discard();
      editor = null;
    }
    state.set(State.WAITING);
  }
}
