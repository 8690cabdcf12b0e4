package vn.kiemtra.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kiemtra.core.shared.DataClosedException;

/** The window's executor: a small pool of daemon threads running javafx Tasks. */
public final class FxUiExecutor implements UiExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(FxUiExecutor.class);
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
   * on the FX thread. Work that found the data closed under it (the window is closing while a read
   * was under way) runs neither: it is only logged (info, in the log file), since nobody is left to
   * be told.
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
    task.setOnFailed(
        e -> {
          if (DataClosedException.isCause(task.getException())) {
            LOG.info("background work ended: the data was closed under it", task.getException());
          } else {
            onError.accept(task.getException());
          }
        });
    executor.execute(task);
    return task;
  }

  @Override
  public ExecutorService background() {
    return pool;
  }
}
