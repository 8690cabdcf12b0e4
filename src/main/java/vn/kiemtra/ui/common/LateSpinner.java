package vn.kiemtra.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A spinner that appears only when the wait it stands for lasts. An indeterminate {@link
 * ProgressIndicator} repaints the window at every frame: on two cores that slowed the very work it
 * waited for (the database's open at start by 0.15-0.23 s), and building it cost the first pulse of
 * an editor whose inspection loads in a few milliseconds. This pane stays empty, at the spinner's
 * size, until {@link #DELAY} has passed.
 */
public final class LateSpinner extends StackPane {
  /** How long a wait goes without a spinner. */
  public static final Duration DELAY = Duration.millis(800);

  private static final double SIZE = 48;
  private final PauseTransition later;

  public LateSpinner() {
    this(DELAY);
  }

  LateSpinner(Duration delay) {
    getStyleClass().add("late-spinner");
    setMinSize(SIZE, SIZE);
    setPrefSize(SIZE, SIZE);
    setMaxSize(SIZE, SIZE);
    later = new PauseTransition(delay);
    later.setOnFinished(
        e -> {
          ProgressIndicator spinner = new ProgressIndicator();
          spinner.setMaxSize(SIZE, SIZE);
          getChildren().setAll(spinner);
        });
    later.play();
  }

  /** The wait is over: no spinner, now or later. */
  public void stop() {
    later.stop();
    getChildren().clear();
  }
}
