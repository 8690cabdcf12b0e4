package vn.kiemtra;

import java.lang.management.ManagementFactory;
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
    System.err.printf(
        "%s after %d ms (JVM uptime %d ms)%n",
        milestone,
        (System.nanoTime() - launchedNanos) / 1_000_000,
        ManagementFactory.getRuntimeMXBean().getUptime());
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
