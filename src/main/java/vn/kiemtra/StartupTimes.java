package vn.kiemtra;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Start-up milestones of the window on standard error ("window shown after … ms"), read by the
 * start-up benchmark; and the moment the inspection list first holds rows.
 */
final class StartupTimes {
  private StartupTimes() {}

  static void report(String milestone, long launchedNanos) {
    // The process's start from the system, not the JVM's management beans: loading those (and
    // their native library) on the FX thread delayed the first frame by tens of milliseconds.
    long uptime =
        ProcessHandle.current()
            .info()
            .startInstant()
            .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis())
            .orElse(-1L);
    System.err.printf(
        "%s after %d ms (process uptime %d ms)%n",
        milestone, (System.nanoTime() - launchedNanos) / 1_000_000, uptime);
  }

  /**
   * Runs {@code action} once, on the FX thread, when the list's table first shows rows (or at once
   * when it already does); nothing when the window has no list.
   */
  static void whenListLoaded(Scene scene, Runnable action) {
    if (!(scene.getRoot().lookup(".table-view") instanceof TableView<?> table)) {
      return;
    }
    if (!table.getItems().isEmpty()) {
      action.run();
      return;
    }
    table
        .getItems()
        .addListener(
            new ListChangeListener<Object>() {
              @Override
              public void onChanged(Change<?> c) {
                if (!table.getItems().isEmpty()) {
                  table.getItems().removeListener(this);
                  action.run();
                }
              }
            });
  }
}
