package vn.kiemtra.persistence;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.backup.BackupReason;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Inspections;

/**
 * Benchmark harness (not a test): what the snapshot's extra chunk at the end of the file costs. In
 * one run, alternating, the copy as it was ({@code BACKUP TO} after counting) and as it is now
 * ({@link Database#snapshot}), then a whole backup (copy, open the copy and read it through,
 * compare). Run after {@code mvn -o test-compile}:
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *   vn.kiemtra.persistence.BackupSnapshotBenchmark 200 100 7
 * </pre>
 *
 * (inspections beyond the seed, MB of evidence, rounds; {@code 0 0 7} is the seed-sized file).
 */
public final class BackupSnapshotBenchmark {
  private BackupSnapshotBenchmark() {}

  public static void main(String[] args) throws Exception {
    int inspections = Integer.parseInt(args[0]);
    int evidenceMb = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Path dir = Files.createTempDirectory("kiemtra-snapshot-bench");
    Random random = new Random(42);
    try (AppContext app = AppContext.open(dir.resolve("bench"))) {
      Inspection seed =
          app.documentFormat()
              .read(new ByteArrayInputStream(Fixtures.bytes("seed-inspection.json")), false)
              .inspection();
      app.inspections().save(seed);
      for (int i = 0; i < inspections; i++) {
        app.inspections().save(Inspections.copy(seed, UUID.randomUUID(), "Kiểm tra số " + i));
      }
      byte[] photo = new byte[1024 * 1024];
      for (int i = 0; i < evidenceMb; i++) {
        random.nextBytes(photo);
        vn.kiemtra.testsupport.Photos.attach(app, seed.id(), i, photo);
      }
      Database db = app.database();
      List<Long> before = new ArrayList<>();
      List<Long> after = new ArrayList<>();
      List<Long> whole = new ArrayList<>();
      Path copy = dir.resolve("copy.zip");
      for (int r = 0; r < rounds; r++) {
        // A few saves first, as a backup follows edits.
        for (int i = 0; i < 5; i++) {
          app.inspections().save(seed.toBuilder().place("Nơi " + r + "-" + i).build());
        }
        long t = System.nanoTime();
        try (Connection c = db.connection();
            Statement s = c.createStatement()) {
          DatabaseContents.count(c);
          Files.deleteIfExists(copy);
          s.execute("BACKUP TO '" + copy + "'");
        }
        before.add(System.nanoTime() - t);
        for (int i = 0; i < 5; i++) {
          app.inspections().save(seed.toBuilder().place("Chỗ " + r + "-" + i).build());
        }
        t = System.nanoTime();
        db.snapshot(copy, () -> {});
        after.add(System.nanoTime() - t);
        t = System.nanoTime();
        app.backups().create(BackupReason.MANUAL, "");
        whole.add(System.nanoTime() - t);
      }
      System.out.printf(
          "file %.1f MB; copy as before: median %.0f ms; copy now: median %.0f ms;"
              + " whole backup now: median %.0f ms (%d rounds)%n",
          Files.size(db.file()) / 1048576.0, median(before), median(after), median(whole), rounds);
      System.out.println(
          "before " + ms(before) + "\nnow    " + ms(after) + "\nwhole  " + ms(whole));
    }
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2) / 1e6;
  }

  private static List<Long> ms(List<Long> nanos) {
    return nanos.stream().map(n -> n / 1_000_000).toList();
  }
}
