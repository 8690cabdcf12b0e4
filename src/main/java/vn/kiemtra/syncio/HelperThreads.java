package vn.kiemtra.syncio;

/**
 * The short-lived threads that read a package beside the import (checking entries, parsing rows):
 * daemons, so a stuck one never keeps the program from ending, and always waited for by the call
 * that started them.
 */
final class HelperThreads {
  private HelperThreads() {}

  static Thread start(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Waits until {@code thread} ended, even when interrupted meanwhile (the interrupt is kept). */
  static void join(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
