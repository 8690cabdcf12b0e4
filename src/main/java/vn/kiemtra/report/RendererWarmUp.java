package vn.kiemtra.report;

import java.util.concurrent.CountDownLatch;
import net.sf.jasperreports.engine.util.JRGraphEnvInitializer;

/**
 * Loads what a first render needs (the two compiled templates, the system's font list JasperReports
 * reads at its first fill, the bundled fonts the header lines are measured with) on a background
 * thread, started by the launcher when the command line asks for rendered minutes, while the
 * database opens. A render waits for it before its own first JasperReports call, so no class is
 * initialised by two threads at once.
 */
public final class RendererWarmUp {
  private static final CountDownLatch DONE = new CountDownLatch(1);
  private static boolean started;

  private RendererWarmUp() {}

  /** Starts the warm-up once per process; later calls do nothing. */
  public static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    Thread t =
        new Thread(
            () -> {
              try {
                new JasperMinutesRenderer().preload();
                JRGraphEnvInitializer.initializeGraphEnv();
                for (RuleWidths.Face face : RuleWidths.Face.values()) {
                  RuleWidths.width("Biên bản", face, 13f);
                }
              } catch (RuntimeException | LinkageError e) {
                // Only a head start: the render loads whatever this did not, and reports it.
              } finally {
                DONE.countDown();
              }
            },
            "kiemtra-report-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** Waits until the warm-up (if started) has finished. */
  static void await() {
    synchronized (RendererWarmUp.class) {
      if (!started) {
        return;
      }
    }
    boolean interrupted = false;
    while (true) {
      try {
        DONE.await();
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
