package vn.kiemtra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
        "%s after %d ms (process uptime %d ms)%n",
        milestone, (System.nanoTime() - launchedNanos) / 1_000_000, processUptimeMillis());
  }

  /**
   * How long ago the process started, -1 when unknown. On Linux from {@code /proc} (to 10 ms): the
   * start instant {@link ProcessHandle} gives adds the boot time, which Linux gives in whole
   * seconds, so that figure is off by up to a second. Not the JVM's management beans: loading those
   * (and their native library) on the FX thread delayed the first frame by tens of milliseconds.
   */
  static long processUptimeMillis() {
    try {
      return linuxUptimeMillis(
          Files.readString(Path.of("/proc/uptime")), Files.readString(Path.of("/proc/self/stat")));
    } catch (IOException | RuntimeException e) {
      return ProcessHandle.current()
          .info()
          .startInstant()
          .map(start -> Duration.between(start, Instant.now()).toMillis())
          .orElse(-1L);
    }
  }

  /**
   * The process's age from {@code /proc/uptime} (seconds since boot) and {@code /proc/self/stat}
   * (its 22nd field: the start, in clock ticks of 1/100 s since boot).
   */
  static long linuxUptimeMillis(String procUptime, String procSelfStat) {
    double sinceBoot = Double.parseDouble(procUptime.trim().split("\\s+")[0]);
    // The command name (2nd field) is in parentheses and may hold spaces: count after it.
    String[] fields = procSelfStat.substring(procSelfStat.lastIndexOf(')') + 2).split(" ");
    long startTicks = Long.parseLong(fields[22 - 3]);
    return Math.round(sinceBoot * 1000) - startTicks * 10;
  }

  /**
   * Runs {@code action} once, on the FX thread, when the list's table first shows rows: after the
   * layout pulse that follows their arrival (the rows are then laid out and drawn next), not at
   * their arrival, which can come before the pulse that lays out the whole list. Nothing when the
   * window has no list.
   */
  static void whenListLoaded(Scene scene, Runnable action) {
    if (!(scene.getRoot().lookup(".table-view") instanceof TableView<?> table)) {
      return;
    }
    if (!table.getItems().isEmpty()) {
      vn.kiemtra.ui.common.NextLayout.then(scene, action);
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
                  vn.kiemtra.ui.common.NextLayout.then(scene, action);
                }
              }
            });
  }
}
