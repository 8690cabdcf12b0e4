package vn.kiemtra.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import vn.kiemtra.testsupport.ChildJvm;

/**
 * Runnable research harness for ADR 0003 (not part of {@code mvn verify}): kills an autosave-like
 * raw-H2 writer ({@link H2DurabilityWorker}) with SIGKILL again and again, once per candidate URL
 * setting, and counts files that no longer open, acknowledged commits that are missing after the
 * reopen, and commit latency.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) vn.kiemtra.crash.H2DurabilityExperiment \
 *   --kills 150 --seed 1 --dir /tmp/h2exp \
 *   --setting 'baseline=;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE' [--setting ...] [--load]
 * </pre>
 *
 * A setting whose name ends in {@code +sync} also runs {@code CHECKPOINT SYNC} after each commit.
 */
public final class H2DurabilityExperiment {
  private H2DurabilityExperiment() {}

  public static void main(String[] args) throws Exception {
    int kills = 100;
    long seed = 1;
    boolean load = false;
    Path dir = Path.of("target", "h2-durability");
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--kills" -> kills = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--load" -> load = true;
        case "--setting" -> {
          String[] kv = args[++i].split("=", 2);
          settings.put(kv[0], kv[1]);
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Process cpu = load ? CpuLoad.start() : null;
    try {
      List<String> report = new ArrayList<>();
      for (Map.Entry<String, String> s : settings.entrySet()) {
        report.add(runSetting(s.getKey(), s.getValue(), kills, seed, dir.resolve(s.getKey())));
        System.out.println("RESULT " + report.get(report.size() - 1));
      }
      System.out.println();
      System.out.println(
          "setting | kills | files unreadable | acked commits | acked lost | torn rows | blobs bad"
              + " | commit ms p50/p95/p99/max | file MB | s/round");
      report.forEach(System.out::println);
    } finally {
      if (cpu != null) {
        cpu.destroyForcibly();
      }
    }
  }

  private static String runSetting(String name, String suffix, int kills, long seed, Path dir)
      throws Exception {
    Files.createDirectories(dir);
    Path base = dir.resolve("db").toAbsolutePath();
    Files.deleteIfExists(Path.of(base + ".mv.db"));
    Random random = new Random(seed);
    long[] lastAcked = new long[H2DurabilityWorker.INSPECTIONS];
    List<Long> latencies = new ArrayList<>();
    int unreadable = 0;
    int acked = 0;
    int lost = 0;
    int torn = 0;
    int badBlobs = 0;
    long verifiedEvidence = 0;
    long started = System.nanoTime();
    for (int round = 1; round <= kills; round++) {
      KilledRun.Plan plan = KilledRun.Plan.random(random, 6000);
      Process p =
          ChildJvm.start(
              H2DurabilityWorker.class,
              base.toString(),
              suffix,
              Long.toString(random.nextLong()),
              name.endsWith("+sync") ? "sync" : "plain");
      KilledRun.Output out = KilledRun.run(p, plan, "ACK ");
      if (!out.ready()) {
        System.out.printf("%s round %d: the worker did not start: %s%n", name, round, out.lines());
      }
      List<long[]> roundAcks = new ArrayList<>();
      for (String line : out.lines()) {
        if (line.startsWith("ACK ")) {
          String[] f = line.split(" ");
          int k = Integer.parseInt(f[1]);
          lastAcked[k] = Math.max(lastAcked[k], Long.parseLong(f[2]));
          roundAcks.add(new long[] {k, Long.parseLong(f[2])});
          latencies.add(Long.parseLong(f[3]));
          acked++;
        }
      }
      String url = "jdbc:h2:file:" + base + suffix;
      try (Connection c = DriverManager.getConnection(url, "sa", "")) {
        Check check = check(c, lastAcked, roundAcks, verifiedEvidence);
        lost += check.lost;
        torn += check.torn;
        badBlobs += check.badBlobs;
        verifiedEvidence = check.maxEvidence;
        if (check.lost + check.torn + check.badBlobs > 0) {
          System.out.printf(
              "%s round %d (%s): lost %d, torn %d, bad blobs %d%n",
              name, round, plan.describe(), check.lost, check.torn, check.badBlobs);
        }
        // a lost commit is counted once; later rounds compare with what is stored now
        for (int k = 0; k < lastAcked.length; k++) {
          lastAcked[k] = Math.min(lastAcked[k], check.stored[k]);
        }
      } catch (SQLException | RuntimeException e) {
        unreadable++;
        Path aside = dir.resolve("unreadable-" + round + ".mv.db");
        Files.move(Path.of(base + ".mv.db"), aside, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(
            "%s round %d (%s): FILE UNREADABLE, kept as %s: %s%n",
            name, round, plan.describe(), aside, e.getMessage().lines().findFirst().orElse(""));
        Arrays.fill(lastAcked, 0);
        verifiedEvidence = 0;
      }
      if (round % 25 == 0) {
        System.out.printf("%s: %d rounds, %d unreadable, %d lost%n", name, round, unreadable, lost);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long size = Files.exists(Path.of(base + ".mv.db")) ? Files.size(Path.of(base + ".mv.db")) : 0;
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return String.format(
        Locale.ROOT,
        "%s | %d | %d | %d | %d | %d | %d | %.1f/%.1f/%.1f/%.1f | %.1f | %.1f",
        name,
        kills,
        unreadable,
        acked,
        lost,
        torn,
        badBlobs,
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0,
        size / 1e6,
        seconds / kills);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1000.0;
  }

  /** What the reopened file holds compared with what was acknowledged. */
  private static final class Check {
    final long[] stored = new long[H2DurabilityWorker.INSPECTIONS];
    int lost;
    int torn;
    int badBlobs;
    long maxEvidence;
  }

  private static Check check(
      Connection c, long[] lastAcked, List<long[]> roundAcks, long verifiedEvidence)
      throws SQLException {
    Check check = new Check();
    check.maxEvidence = verifiedEvidence;
    try (Statement s = c.createStatement()) {
      H2DurabilityWorker.createSchema(s);
      try (ResultSet rs = s.executeQuery("SELECT id, seq FROM insp")) {
        while (rs.next()) {
          check.stored[rs.getInt(1)] = rs.getLong(2);
        }
      }
      for (int k = 0; k < lastAcked.length; k++) {
        if (check.stored[k] < lastAcked[k]) {
          int inspection = k;
          // every acknowledged save of this inspection newer than the stored one is lost
          check.lost +=
              (int)
                  Math.max(
                      1,
                      roundAcks.stream()
                          .filter(a -> a[0] == inspection && a[1] > check.stored[inspection])
                          .count());
        }
      }
      // a commit is all or nothing: no answer row may be newer than its inspection row
      try (ResultSet rs =
          s.executeQuery(
              "SELECT COUNT(*) FROM answer a JOIN insp i ON i.id = a.insp WHERE a.seq > i.seq")) {
        rs.next();
        check.torn += rs.getInt(1);
      }
      int expected = hasRows(s) ? H2DurabilityWorker.INSPECTIONS * H2DurabilityWorker.ANSWERS : 0;
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM answer")) {
        rs.next();
        if (rs.getInt(1) != expected) {
          check.torn++;
        }
      }
    }
    try (PreparedStatement e =
        c.prepareStatement("SELECT id, len, crc, data FROM evidence WHERE id > ? ORDER BY id")) {
      e.setLong(1, verifiedEvidence);
      try (ResultSet rs = e.executeQuery()) {
        while (rs.next()) {
          byte[] data = rs.getBytes(4);
          CRC32 crc = new CRC32();
          crc.update(data);
          if (data.length != rs.getInt(2) || crc.getValue() != rs.getLong(3)) {
            check.badBlobs++;
          }
          check.maxEvidence = Math.max(check.maxEvidence, rs.getLong(1));
        }
      }
    }
    return check;
  }

  private static boolean hasRows(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM insp")) {
      rs.next();
      return rs.getInt(1) > 0;
    }
  }
}
