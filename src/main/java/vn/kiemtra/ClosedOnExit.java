package vn.kiemtra;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kiemtra.core.Services;

/**
 * The database this process has open, closed by a shutdown hook when the system ends the process
 * before its owner closed it: SIGTERM at logout or shutdown, Ctrl+C in a terminal. The next start
 * then finds a cleanly closed file instead of recovering it. The window {@link #take}s it to close
 * it, so the hook finds nothing; a command closes it itself and then calls {@link #done}, and a
 * close of its racing the hook's is harmless ({@code AppContext} closes once). A save under way
 * either commits before the close or is rolled back (it was not reported saved); what the journal
 * holds is kept either way.
 */
final class ClosedOnExit {
  private static final Logger LOG = LoggerFactory.getLogger(ClosedOnExit.class);
  private final AtomicReference<Services> open = new AtomicReference<>();
  private final Runnable beforeClose;
  private final Thread hook;

  /** Registers the hook; {@code beforeClose} runs on it first when it closes the database. */
  ClosedOnExit(Runnable beforeClose) {
    this.beforeClose = beforeClose;
    this.hook = new Thread(this::closeOnSignal, "kiemtra-exit");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The database just opened, to be closed if the process ends first; returns it. */
  <S extends Services> S opened(S services) {
    open.set(services);
    return services;
  }

  /** The open database, or null. */
  Services current() {
    return open.get();
  }

  /**
   * Takes the open database for its owner to close (null when there is none or the hook has it).
   */
  Services take() {
    return open.getAndSet(null);
  }

  /**
   * The owner is done with the database (it closed it) and the process will not open another: the
   * hook is no longer needed.
   */
  void done() {
    open.set(null);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs and finds nothing to close
    }
  }

  private void closeOnSignal() {
    Services closing = take();
    if (closing == null) {
      return;
    }
    LOG.info("the system ends kiemtra: closing the database");
    try {
      beforeClose.run();
      closing.close();
    } catch (RuntimeException e) {
      LOG.warn("the database could not be closed at the system's request", e);
    }
  }
}
