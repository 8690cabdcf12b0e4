package vn.kiemtra.ui.editor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stores the inspector's edits without a Save button: each edit schedules a save 400 ms after the
 * last keystroke and at most 900 ms after the first unsaved one, on one background thread, so an
 * edit is on disk within a second. The save itself takes the latest state from the editing session;
 * other background work of the editor (reading a change made elsewhere) runs on the same thread, so
 * it never overlaps a save.
 */
public final class Autosaver {
  static final long QUIET_MS = 400;
  static final long MAX_WAIT_MS = 900;

  private final Runnable save;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "kiemtra-autosave");
            t.setDaemon(true);
            return t;
          });
  private boolean pending;
  private long firstPendingAt;
  private ScheduledFuture<?> scheduled;

  /**
   * @param save stores what is pending; runs on the autosave thread and reports its own outcome
   */
  public Autosaver(Runnable save) {
    this.save = save;
  }

  /** An edit was made: schedules the save. */
  public synchronized void changed() {
    long now = System.currentTimeMillis();
    if (!pending) {
      firstPendingAt = now;
    }
    pending = true;
    if (scheduled != null) {
      scheduled.cancel(false);
    }
    long delay = Math.max(0, Math.min(QUIET_MS, firstPendingAt + MAX_WAIT_MS - now));
    scheduled = thread.schedule(this::saveNow, delay, TimeUnit.MILLISECONDS);
  }

  /** Runs other background work of the editor on the save thread, after any save under way. */
  public void execute(Runnable work) {
    if (!thread.isShutdown()) {
      thread.execute(work);
    }
  }

  private void saveNow() {
    synchronized (this) {
      if (!pending) {
        return;
      }
      pending = false;
    }
    save.run();
  }

  /** Writes what is pending now and waits for it (closing the editor or the window). */
  public void flush() {
    if (thread.isShutdown()) {
      return;
    }
    synchronized (this) {
      pending = true;
    }
    try {
      thread.submit(this::saveNow).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // The save reports its own failure on the status line.
    }
  }

  /** Takes no more work; what is queued still runs. */
  public void shutdown() {
    thread.shutdown();
  }

  /** Waits (up to 10 s) for the queued work after {@link #shutdown}. */
  public void awaitTermination() {
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
