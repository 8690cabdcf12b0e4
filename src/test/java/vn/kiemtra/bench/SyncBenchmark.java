package vn.kiemtra.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.ExportResult;
import vn.kiemtra.core.sync.ImportReport;
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
 *     vn.kiemtra.bench.SyncBenchmark 200 500
 * </pre>
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

      System.gc();
      resetPeaks();
      long t2 = System.nanoTime();
      ImportReport report = office.sync().importPackage(pkg, Progress.NONE);
      long importMs = ms(t2);
      System.out.printf(
          "import: %d ms (%d rows added, %d files), peak heap %d MB%n",
          importMs, report.added(), report.filesVerified(), peakHeapMb());

      long t3 = System.nanoTime();
      ImportReport again = office.sync().importPackage(pkg, Progress.NONE);
      System.out.printf(
          "identical re-import (recognised, no change: %s): %d ms%n",
          again.alreadyImported(), ms(t3));

      try (AppContext raw = AppContext.open(dir.resolve("raw"))) {
        long t4 = System.nanoTime();
        long[] copied = copyRows(office, raw);
        long rawMs = ms(t4);
        System.out.printf(
            "raw H2 insert of the same rows (JDBC batches, one transaction): %d ms, %d rows, %d MB"
                + " of files, %.0f rows/s%n",
            rawMs, copied[0], copied[1] >> 20, copied[0] * 1000.0 / Math.max(1, rawMs));
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
            while (rs.next()) {
              for (int c = 1; c <= n; c++) {
                if (meta.getColumnType(c) == java.sql.Types.BLOB) {
                  byte[] blob = rs.getBytes(c);
                  bytes += blob.length;
                  insert.setBytes(c, blob);
                } else {
                  insert.setObject(c, rs.getObject(c));
                }
              }
              insert.addBatch();
              rows++;
              if (++batch % 500 == 0) {
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

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
