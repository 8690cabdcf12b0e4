package vn.kiemtra.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work on the FX thread once a scene has been laid out as it is now: after its next layout
 * pulse (asked for), so what the work sees or measures is on screen from the next frame.
 */
public final class NextLayout {
  private NextLayout() {}

  /** Runs {@code then} after the next layout pulse of {@code scene}; at once without a scene. */
  public static void then(Scene scene, Runnable then) {
    if (scene == null) {
      Platform.runLater(then);
      return;
    }
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          Platform.runLater(then);
        };
    scene.addPostLayoutPulseListener(once[0]);
    Platform.requestNextPulse();
  }
}
