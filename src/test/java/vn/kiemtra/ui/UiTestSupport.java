package vn.kiemtra.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.testsupport.Fixtures;

/** Helpers for the window's TestFX tests. */
public final class UiTestSupport {
  private UiTestSupport() {}

  public static Inspection fixture(AppContext app, String name) {
    return Fixtures.inspection(app, name);
  }

  /**
   * Waits (up to 10 s) until the condition holds: background loads and autosaves. The condition is
   * evaluated on the FX thread: a lookup in the scene from the test's thread while the FX thread
   * changes it can fail (an index out of bounds in a children list).
   */
  public static void waitUntil(Callable<Boolean> condition) {
    Callable<Boolean> onFx =
        javafx.application.Platform.isFxApplicationThread()
            ? condition
            : () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS);
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, onFx);
    } catch (TimeoutException e) {
      throw new AssertionError("condition not met within 10 s", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Waits until the new-inspection choice is shown and focused: its button exists before the dialog
   * shows, and a key pressed before then reaches the main window.
   */
  public static void waitForNewInspectionChoice(org.testfx.api.FxRobot robot) {
    waitUntil(
        () ->
            robot
                .lookup("#newInspection-create")
                .tryQuery()
                .map(n -> n.getScene() != null ? n.getScene().getWindow() : null)
                .map(w -> w.isShowing() && w.isFocused())
                .orElse(false));
  }
}
