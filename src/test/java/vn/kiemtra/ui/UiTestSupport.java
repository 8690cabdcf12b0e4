package vn.kiemtra.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
    return app.documentFormat()
        .read(new ByteArrayInputStream(Fixtures.text(name).getBytes(StandardCharsets.UTF_8)), true)
        .inspection();
  }

  /** Waits (up to 10 s) until the condition holds: background loads and autosaves. */
  public static void waitUntil(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    } catch (TimeoutException e) {
      throw new AssertionError("condition not met within 10 s", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }
}
