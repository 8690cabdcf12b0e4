package vn.kiemtra.core.shared;

import java.util.concurrent.CountDownLatch;

/**
 * Loading ahead of first use: {@code work} runs once per process on its own daemon thread, and the
 * thread that needs what it loads calls {@link #await} first, so no class is initialised by two
 * threads at once. A failure only loses the head start: the real use loads (and reports) it again.
 */
public final class WarmUp {
  private final String threadName;
  private final Runnable work;
  private final CountDownLatch done = new CountDownLatch(1);
  private boolean started;

  public WarmUp(String threadName, Runnable work) {
    this.threadName = threadName;
    this.work = work;
  }

  /** Starts the work once; later calls do nothing. */
  public synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    Thread t =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (RuntimeException | LinkageError e) {
                // Only a head start: the first real use loads whatever this did not.
              } finally {
                done.countDown();
              }
            },
            threadName);
    t.setDaemon(true);
    t.start();
  }

  /** Whether {@link #start} ran. */
  public synchronized boolean isStarted() {
    return started;
  }

  /** Waits until the work (if started) has finished. */
  public void await() {
    synchronized (this) {
      if (!started) {
        return;
      }
    }
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
