package vn.kiemtra.persistence;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.backup.Backup;
import vn.kiemtra.core.backup.BackupReason;
import vn.kiemtra.core.backup.RecoveryReport;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Inspections;

/**
 * Benchmark harness (not a test) of the safety net, side by side in one run: an autosave with and
 * without the fsync'd journal entry, a backup with its check, the read-through at open, and a
 * recovery of a damaged file. Run after {@code mvn -o test-compile}:
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *   vn.kiemtra.persistence.SafetyNetBenchmark 200 50
 * </pre>
 *
 * (inspections, MB of evidence).
 */
public final class SafetyNetBenchmark {
  private SafetyNetBenchmark() {}

  public static void main(String[] args) throws Exception {
    int inspections = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int evidenceMb = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path dir = Files.createTempDirectory("kiemtra-safety-bench");
    Path base = dir.resolve("bench");
    Random random = new Random(42);
    UUID first;
    try (AppContext app = AppContext.open(base)) {
      Inspection seed =
          app.documentFormat()
              .read(new ByteArrayInputStream(Fixtures.bytes("seed-inspection.json")), false)
              .inspection();
      first = UUID.randomUUID();
      for (int i = 0; i < inspections; i++) {
        UUID id = i == 0 ? first : UUID.randomUUID();
        app.inspections().save(Inspections.copy(seed, id, "Kiểm tra số " + i));
      }
      byte[] photo = new byte[1024 * 1024];
      for (int i = 0; i < evidenceMb; i++) {
        random.nextBytes(photo);
        vn.kiemtra.testsupport.Photos.attach(app, first, i, photo);
      }
      app.backups().create(BackupReason.MANUAL, "");

      InspectionService raw =
          new InspectionService(new JooqInspectionRepository(app.database()), app.checklists());
      List<Long> journaled = new ArrayList<>();
      List<Long> plain = new ArrayList<>();
      Inspection current = app.inspections().require(first).inspection();
      for (int i = 0; i < 200; i++) {
        Answer a = current.answer("CD01").orElse(Answer.empty("CD01"));
        current = current.withAnswer(a.withNote("Ghi chú số " + i));
        long t = System.nanoTime();
        if (i % 2 == 0) {
          app.inspections().save(current);
          journaled.add(System.nanoTime() - t);
        } else {
          raw.save(current);
          plain.add(System.nanoTime() - t);
        }
      }
      System.out.printf(
          "autosave (one note, whole inspection) without journal: median %.1f ms, p95 %.1f ms%n",
          median(plain), p95(plain));
      System.out.printf(
          "autosave with the fsync'd journal entry:              median %.1f ms, p95 %.1f ms%n",
          median(journaled), p95(journaled));

      long t = System.nanoTime();
      Backup b = app.backups().create(BackupReason.MANUAL, "");
      System.out.printf(
          "backup (snapshot + open and read through + compare): %.0f ms, %.1f MB zip of a %.1f MB file%n",
          (System.nanoTime() - t) / 1e6,
          b.sizeBytes() / 1048576.0,
          Files.size(app.databaseFile()) / 1048576.0);
      try (Connection c = app.database().connection()) {
        t = System.nanoTime();
        DatabaseContents.readThrough(c, false);
        System.out.printf(
            "read-through at open, rows only: %.0f ms%n", (System.nanoTime() - t) / 1e6);
        t = System.nanoTime();
        DatabaseContents.readThrough(c, true);
        System.out.printf(
            "read-through at open, rows and large objects: %.0f ms%n",
            (System.nanoTime() - t) / 1e6);
      }
      for (int i = 0; i < 20; i++) {
        Answer a = current.answer("CD02").orElse(Answer.empty("CD02"));
        current = current.withAnswer(a.withNote("Sau sao lưu " + i));
        app.inspections().save(current);
      }
      app.database().close();
      app.backups().journal().close();
    }
    long t = System.nanoTime();
    try (AppContext app = AppContext.open(base)) {
      System.out.printf("open an intact file (same JVM): %.0f ms%n", (System.nanoTime() - t) / 1e6);
      app.database().close();
      app.backups().journal().close();
    }
    Path file = dir.resolve("bench.mv.db");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }
    t = System.nanoTime();
    try (AppContext app = AppContext.open(base)) {
      RecoveryReport r = app.recovery().orElseThrow();
      System.out.printf(
          "recovery of a truncated file (move aside, restore, replay %d changes, new backup): %.0f ms%n",
          r.applied(), (System.nanoTime() - t) / 1e6);
      System.out.println(r.message());
    }
  }

  private static double median(List<Long> nanos) {
    List<Long> s = new ArrayList<>(nanos);
    Collections.sort(s);
    return s.get(s.size() / 2) / 1e6;
  }

  private static double p95(List<Long> nanos) {
    List<Long> s = new ArrayList<>(nanos);
    Collections.sort(s);
    return s.get((int) (s.size() * 0.95)) / 1e6;
  }
}
