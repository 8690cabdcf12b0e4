package vn.kiemtra.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Runnable benchmark for ADR 0003 (not part of {@code mvn verify}): the commit time of one
 * autosave-like transaction ({@link H2DurabilityWorker}'s write) under each candidate URL setting.
 * The settings take turns save by save, so that a busy machine slows all of them alike.
 *
 * <pre>
 * java -cp ... vn.kiemtra.crash.H2SaveLatencyBench [saves per setting] [folder]
 * </pre>
 */
public final class H2SaveLatencyBench {
  private static final String[][] SETTINGS = {
    {"current", ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "plain"},
    {"recommended", ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;REUSE_SPACE=FALSE", "plain"},
    {"current+fsync", ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sync"},
    {"recommended+fsync", ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;REUSE_SPACE=FALSE", "sync"},
    {"h2-default-delay", ";DB_CLOSE_ON_EXIT=FALSE", "plain"}
  };

  private H2SaveLatencyBench() {}

  public static void main(String[] args) throws Exception {
    int saves = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/h2-latency");
    Files.createDirectories(dir);
    List<Connection> connections = new ArrayList<>();
    long[][] micros = new long[SETTINGS.length][saves];
    long[] seq = new long[SETTINGS.length];
    Random random = new Random(42);
    try {
      for (int s = 0; s < SETTINGS.length; s++) {
        Path base = dir.resolve(SETTINGS[s][0]).toAbsolutePath();
        Files.deleteIfExists(Path.of(base + ".mv.db"));
        Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + base + SETTINGS[s][1], "sa", "");
        c.setAutoCommit(false);
        connections.add(c);
        seq[s] = H2DurabilityWorker.createOrResume(c);
      }
      for (int n = 0; n < saves; n++) {
        int inspection = random.nextInt(H2DurabilityWorker.INSPECTIONS);
        long saveSeed = random.nextLong();
        for (int s = 0; s < SETTINGS.length; s++) {
          long started = System.nanoTime();
          H2DurabilityWorker.save(
              connections.get(s),
              new Random(saveSeed),
              inspection,
              ++seq[s],
              SETTINGS[s][2].equals("sync"));
          micros[s][n] = (System.nanoTime() - started) / 1000;
        }
        Thread.sleep(20);
      }
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
    System.out.println("setting | saves | commit ms p50 | p95 | p99 | file MB after close");
    for (int s = 0; s < SETTINGS.length; s++) {
      long[] sorted = micros[s].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%s | %d | %.1f | %.1f | %.1f | %.1f%n",
          SETTINGS[s][0],
          saves,
          sorted[saves / 2] / 1000.0,
          sorted[(int) (saves * 0.95)] / 1000.0,
          sorted[(int) (saves * 0.99)] / 1000.0,
          Files.size(dir.resolve(SETTINGS[s][0] + ".mv.db")) / 1e6);
    }
  }
}
