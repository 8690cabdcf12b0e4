package vn.kiemtra.ui.editor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import vn.kiemtra.core.inspection.Inspection;

/**
 * Stores the inspector's edits without a Save button: each edit schedules a save 400 ms after the
 * last keystroke and at most 900 ms after the first unsaved one, on one background thread, so an
 * edit is on disk within a second. Only the latest state is written.
 */
public final class Autosaver {
  static final long QUIET_MS = 400;
  static final long MAX_WAIT_MS = 900;

  private final Consumer<Inspection> save;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "kiemtra-autosave");
            t.setDaemon(true);
            return t;
          });
  private Inspection pending;
  private long firstPendingAt;
  private ScheduledFuture<?> scheduled;

  /**
   * @param save stores one state; runs on the autosave thread and reports its own outcome
   */
  public Autosaver(Consumer<Inspection> save) {
    this.save = save;
  }

  public synchronized void changed(Inspection latest) {
    long now = System.currentTimeMillis();
    if (pending == null) {
      firstPendingAt = now;
    }
    pending = latest;
    if (scheduled != null) {
      scheduled.cancel(false);
    }
    long delay = Math.max(0, Math.min(QUIET_MS, firstPendingAt + MAX_WAIT_MS - now));
    scheduled = thread.schedule(this::saveNow, delay, TimeUnit.MILLISECONDS);
  }

  public synchronized boolean hasPending() {
    return pending != null;
  }

  private void saveNow() {
    Inspection toSave;
    synchronized (this) {
      toSave = pending;
      pending = null;
    }
    if (toSave != null) {
      save.accept(toSave);
    }
  }

  /** Writes what is pending now and waits for it (closing the editor or the window). */
  public void flush() {
    try {
      thread.submit(this::saveNow).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      Thread.currentThread().interrupt();
    }
  }

  public void close() {
    flush();
    thread.shutdown();
  }
}
