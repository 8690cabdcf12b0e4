package vn.kiemtra.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs core calls (database, rendering, sync) off the FX thread and hands results back on it. The
 * window never waits on a database call.
 */
public interface UiExecutor {
  /** Runs {@code work} in the background; {@code onDone} or {@code onError} on the FX thread. */
  <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

  /** A plain executor for background work that reports back itself (javafx Tasks). */
  Executor background();
}
