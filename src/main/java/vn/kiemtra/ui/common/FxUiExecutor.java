package vn.kiemtra.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** The window's executor: a small pool of daemon threads running javafx Tasks. */
public final class FxUiExecutor implements UiExecutor {
  private final ExecutorService pool;

  public FxUiExecutor() {
    AtomicInteger n = new AtomicInteger();
    pool =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "kiemtra-background-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
    submit(pool, work, onDone, onError);
  }

  /**
   * Runs {@code work} as a javafx Task on {@code executor}; {@code onDone} or {@code onError} run
   * on the FX thread.
   */
  public static <T> Task<T> submit(
      java.util.concurrent.Executor executor,
      Callable<T> work,
      Consumer<T> onDone,
      Consumer<Throwable> onError) {
    Task<T> task =
        new Task<>() {
          @Override
          protected T call() throws Exception {
            return work.call();
          }
        };
    task.setOnSucceeded(e -> onDone.accept(task.getValue()));
    task.setOnFailed(e -> onError.accept(task.getException()));
    executor.execute(task);
    return task;
  }

  @Override
  public ExecutorService background() {
    return pool;
  }
}
