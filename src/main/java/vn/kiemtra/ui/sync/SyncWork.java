package vn.kiemtra.ui.sync;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import vn.kiemtra.core.shared.Progress;

/**
 * Background work of the sync screens: every {@code SyncService} call runs as a javafx {@link Task}
 * on the screen's executor and reports back on the FX thread. Long work gets a {@link Progress}
 * that feeds the task's message and progress and reports a cancel request.
 */
final class SyncWork {
  private SyncWork() {}

  /** Work that reports progress and can be cancelled between its steps. */
  @FunctionalInterface
  interface ProgressWork<T> {
    T call(Progress progress) throws Exception;
  }

  /**
   * A task whose work sees {@link #isCancelled()} once the user asked to cancel. It is not
   * cancelled as a javafx Task: the work stops itself at its next check (rolling back what it
   * wrote), and the task then fails with the core's {@code CancelledException}.
   */
  static final class ProgressTask<T> extends Task<T> {
    private final ProgressWork<T> work;
    private volatile boolean cancelRequested;
    private final Progress progress =
        new Progress() {
          @Override
          public void step(String message, long done, long total) {
            updateMessage(message);
            if (total > 0) {
              updateProgress(done, total);
            } else {
              updateProgress(-1, 1);
            }
          }

          @Override
          public boolean isCancelled() {
            return cancelRequested;
          }
        };

    ProgressTask(ProgressWork<T> work) {
      this.work = work;
    }

    @Override
    protected T call() throws Exception {
      return work.call(progress);
    }

    /** Asks the work to stop at its next check. */
    void requestCancel() {
      cancelRequested = true;
    }

    boolean cancelRequested() {
      return cancelRequested;
    }
  }

  /** Runs plain work in the background; the callbacks run on the FX thread. */
  static <T> Task<T> run(
      Executor executor, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
    return vn.kiemtra.ui.common.FxUiExecutor.submit(executor, work, onDone, onError);
  }
}
