package vn.kiemtra.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One background thread for the window's saves, so edits reach the database in the order they were
 * made and never two at once.
 */
public final class SerialWriter {
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "kiemtra-autosave");
            t.setDaemon(true);
            return t;
          });

  public void submit(Runnable work) {
    thread.execute(work);
  }

  /** Waits for pending saves (on close). */
  public void drain(long timeoutSeconds) {
    thread.shutdown();
    try {
      thread.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
