package vn.kiemtra.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.ExportResult;
import vn.kiemtra.core.sync.ImportReport;
import vn.kiemtra.core.sync.SyncService;
import vn.kiemtra.persistence.JooqSyncStore;
import vn.kiemtra.syncio.ZipSyncPackages;
import vn.kiemtra.testsupport.Fixtures;

/**
 * Benchmark harness (not a test): a laptop with N inspections × 69 answers and M MB of evidence
 * exports one full package; an office imports it (time and peak heap); then the same rows are
 * copied into a fresh H2 file with plain JDBC batches, the raw insert rate in the same run. Run
 * with a small heap to show that import streams:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *     vn.kiemtra.bench.SyncBenchmark 200 500 [rounds]
 * </pre>
 *
 * <p>With more than one round, each further round imports the same package into a fresh office (no
 * backups around it) and measures the raw insert again right after, so that the ratio of one round
 * compares figures taken a few seconds apart.
 */
public final class SyncBenchmark {
  private static final List<String> TABLES =
      List.of(
          "UNIT",
          "PERSON",
          "CHECKLIST_TEMPLATE",
          "CHECKLIST_AREA",
          "CHECKLIST_CRITERION",
          "INSPECTION",
          "INSPECTION_BASIS",
          "TEAM_MEMBER",
          "UNIT_PARTICIPANT",
          "ANSWER",
          "AREA_FINDING",
          "RECOMMENDATION",
          "EVIDENCE",
          "SIGNED_MINUTES",
          "MINUTES_AMENDMENT",
          "MINUTES_SCAN");

  private SyncBenchmark() {}

  public static void main(String[] args) throws Exception {
    int inspections = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int evidenceMb = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int fileMb = 2;
    Path dir = Files.createTempDirectory("kiemtra-sync-bench");
    Path pkg = dir.resolve("laptop.kiemtra");
    System.out.printf(
        "java %s, max heap %d MB, %d inspections x 69 answers, %d MB evidence in %d MB files%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        inspections,
        evidenceMb,
        fileMb);
    try (AppContext laptop = AppContext.open(dir.resolve("laptop"));
        AppContext office = AppContext.open(dir.resolve("office"))) {
      long t0 = System.nanoTime();
      fill(laptop, inspections, evidenceMb / fileMb, fileMb);
      System.out.printf("fill laptop: %d ms%n", ms(t0));
      office.sync().enrol(laptop.sync().thisDevice());

      long t1 = System.nanoTime();
      ExportResult exported = laptop.sync().export(pkg, true, null, Progress.NONE);
      System.out.printf(
          "export: %d ms, %d rows, %d files, package %d MB%n",
          ms(t1), exported.rows(), exported.files(), exported.packageBytes() >> 20);

      // The raw rate is measured before and after the import: on a shared machine it varies.
      long rawBefore =
          rawCopy("before the import, from the laptop", laptop, dir.resolve("raw-before"));

      ImportBreakdown breakdown = new ImportBreakdown();
      SyncService officeSync = timedService(breakdown, office);
      // The application's backups around the import, timed on their own.
      long[] backupMs = new long[2];
      officeSync.onImport(
          () -> backupMs[0] += timed(office.backups()::beforeImport),
          () -> backupMs[1] += timed(office.backups()::afterImport));
      System.gc();
      HeapSampler sampler = HeapSampler.begin();
      long t2 = System.nanoTime();
      ImportReport report = officeSync.importPackage(pkg, Progress.NONE);
      long importMs = ms(t2);
      long mergeMs = importMs - backupMs[0] - backupMs[1];
      System.out.printf(
          "import: %d ms (%d rows added, %d files), peak heap in use %d MB; of which backup before"
              + " %d ms, backup after %d ms, so verify + merge %d ms%n",
          importMs,
          report.added(),
          report.filesVerified(),
          sampler.finish(),
          backupMs[0],
          backupMs[1],
          mergeMs);
      System.out.print(breakdown.report());

      backupMs[0] = 0;
      backupMs[1] = 0;
      long t3 = System.nanoTime();
      ImportReport again = officeSync.importPackage(pkg, Progress.NONE);
      System.out.printf(
          "identical re-import (recognised, no change: %s): %d ms (backups %d ms)%n",
          again.alreadyImported(), ms(t3), backupMs[0] + backupMs[1]);

      long rawAfter = rawCopy("after the import, from the office", office, dir.resolve("raw"));
      List<String> summary = new java.util.ArrayList<>();
      summary.add(round(1, mergeMs, rawBefore, rawAfter));
      for (int r = 2; r <= rounds; r++) {
        summary.add(extraRound(r, laptop, pkg, dir));
      }
      System.out.println(
          "rounds (verify + merge; raw insert before / after; ratio = raw / import):");
      summary.forEach(System.out::println);
    } finally {
      deleteTree(dir); // three databases and a package: about 3 GB at 200 × 500 MB
    }
  }

  /** One more import of the package into a fresh office, between two raw inserts. */
  private static String extraRound(int r, AppContext laptop, Path pkg, Path dir) throws Exception {
    Path roundDir = Files.createDirectories(dir.resolve("round-" + r));
    long rawBefore = rawCopy("round " + r + ", before", laptop, roundDir.resolve("raw-before"));
    long importMs;
    long rawAfter;
    try (AppContext office = AppContext.open(roundDir.resolve("office"))) {
      office.sync().enrol(laptop.sync().thisDevice());
      ImportBreakdown breakdown = new ImportBreakdown();
      SyncService officeSync = timedService(breakdown, office);
      System.gc();
      long t = System.nanoTime();
      officeSync.importPackage(pkg, Progress.NONE);
      importMs = ms(t);
      System.out.printf("round %d import (no backups): %d ms%n", r, importMs);
      System.out.print(breakdown.report());
      rawAfter = rawCopy("round " + r + ", after", office, roundDir.resolve("raw-after"));
    }
    deleteTree(roundDir); // about 1.5 GB
    return round(r, importMs, rawBefore, rawAfter);
  }

  /** The application's sync service, its store and package format wrapped to time each phase. */
  private static SyncService timedService(ImportBreakdown breakdown, AppContext office) {
    return new SyncService(
        breakdown.store(new JooqSyncStore(office.database())),
        breakdown.packages(new ZipSyncPackages()),
        Clock.system());
  }

  private static String round(int r, long importMs, long rawBefore, long rawAfter) {
    return String.format(
        "  round %d: %6d ms; raw %5d / %5d ms; ratio %.2f",
        r, importMs, rawBefore, rawAfter, (rawBefore + rawAfter) / 2.0 / importMs);
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void fill(AppContext app, int inspections, int files, int fileMb)
      throws Exception {
    ChecklistTemplate template = app.checklists().require(ChecklistService.DEFAULT_TEMPLATE);
    Inspection seed =
        app.documentFormat()
            .read(new ByteArrayInputStream(Fixtures.seed().getBytes(StandardCharsets.UTF_8)), true)
            .inspection();
    List<UUID> ids = new java.util.ArrayList<>();
    for (int n = 0; n < inspections; n++) {
      Inspection i = ImportBenchmark.full(seed, template, n);
      app.inspections().save(i);
      ids.add(i.id());
    }
    Random random = new Random(42);
    byte[] content = new byte[fileMb << 20];
    for (int f = 0; f < files; f++) {
      random.nextBytes(content);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
      app.evidence()
          .add(
              new Evidence(
                  UUID.randomUUID(),
                  ids.get(f % ids.size()),
                  "CD01",
                  "anh-hien-truong-" + f + ".jpg",
                  "image/jpeg",
                  content.length,
                  sha,
                  "Ảnh chụp hiện trường số " + f,
                  OffsetDateTime.now()),
              content);
    }
  }

  private static long rawCopy(String when, AppContext from, Path to) throws Exception {
    try (AppContext raw = AppContext.open(to)) {
      long t = System.nanoTime();
      long[] copied = copyRows(from, raw);
      long rawMs = ms(t);
      System.out.printf(
          "raw H2 insert of the same rows (JDBC batches, one transaction), %s: %d ms, %d rows, %d"
              + " MB of files, %.0f rows/s%n",
          when, rawMs, copied[0], copied[1] >> 20, copied[0] * 1000.0 / Math.max(1, rawMs));
      return rawMs;
    }
  }

  /** Copies every synchronised row from one database to another with plain JDBC batches. */
  private static long[] copyRows(AppContext from, AppContext to) throws Exception {
    long rows = 0;
    long bytes = 0;
    try (Connection src = from.database().connection();
        Connection dst = to.database().connection()) {
      dst.setAutoCommit(false);
      try (Statement clean = dst.createStatement()) {
        for (int i = TABLES.size() - 1; i >= 0; i--) {
          clean.execute("DELETE FROM " + TABLES.get(i));
        }
      }
      for (String table : TABLES) {
        try (Statement s = src.createStatement();
            ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData meta = rs.getMetaData();
          int n = meta.getColumnCount();
          String sql = "INSERT INTO " + table + " VALUES (" + "?,".repeat(n - 1) + "?)";
          try (PreparedStatement insert = dst.prepareStatement(sql)) {
            int batch = 0;
            boolean hasBlob = false;
            while (rs.next()) {
              for (int c = 1; c <= n; c++) {
                if (meta.getColumnType(c) == java.sql.Types.BLOB) {
                  java.sql.Blob blob = rs.getBlob(c);
                  bytes += blob.length();
                  insert.setBinaryStream(c, blob.getBinaryStream(), blob.length());
                  hasBlob = true;
                } else {
                  insert.setObject(c, rs.getObject(c));
                }
              }
              insert.addBatch();
              rows++;
              // Rows with files go one by one so that no batch holds hundreds of MB.
              if (hasBlob || ++batch % 500 == 0) {
                insert.executeBatch();
              }
            }
            insert.executeBatch();
          }
        }
      }
      dst.commit();
    }
    return new long[] {rows, bytes};
  }

  /** Samples the heap in use every 10 ms (after the collector has run, this is what is live). */
  private static final class HeapSampler extends Thread {
    private volatile boolean running = true;
    private long max;

    static HeapSampler begin() {
      HeapSampler s = new HeapSampler();
      s.setDaemon(true);
      s.start();
      return s;
    }

    @Override
    public void run() {
      Runtime rt = Runtime.getRuntime();
      while (running) {
        max = Math.max(max, rt.totalMemory() - rt.freeMemory());
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long finish() throws InterruptedException {
      running = false;
      join();
      return max >> 20;
    }
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * The time of a backup; one that fails (H2 under load, see the output) is reported, not fatal.
   */
  private static long timed(Runnable work) {
    long t = System.nanoTime();
    try {
      work.run();
    } catch (RuntimeException e) {
      System.out.println("backup failed (" + ms(t) + " ms): " + e.getMessage());
    }
    return ms(t);
  }
}
