package vn.kiemtra.report;

import net.sf.jasperreports.engine.util.JRGraphEnvInitializer;
import vn.kiemtra.core.shared.WarmUp;

/**
 * Loads what a first render needs (the two compiled templates, the system's font list JasperReports
 * reads at its first fill, the bundled fonts the header lines are measured with) on a background
 * thread, started by the launcher when the command line asks for rendered minutes, while the
 * database opens. A render waits for it before its own first JasperReports call, so no class is
 * initialised by two threads at once.
 */
public final class RendererWarmUp {
  private static final WarmUp WARM_UP = new WarmUp("kiemtra-report-warm-up", RendererWarmUp::load);

  private RendererWarmUp() {}

  /** Starts the warm-up once per process; later calls do nothing. */
  public static void start() {
    WARM_UP.start();
  }

  /** Waits until the warm-up (if started) has finished. */
  static void await() {
    WARM_UP.await();
  }

  private static void load() {
    new JasperMinutesRenderer().preload();
    JRGraphEnvInitializer.initializeGraphEnv();
    for (RuleWidths.Face face : RuleWidths.Face.values()) {
      RuleWidths.width("Biên bản", face, 13f);
    }
  }
}
