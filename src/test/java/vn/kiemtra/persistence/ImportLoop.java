package vn.kiemtra.persistence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Inspections;

/**
 * A child process for the crash test: imports inspections as fast as it can and prints the id of
 * each one whose save returned, until it is killed.
 */
public final class ImportLoop {
  private ImportLoop() {}

  public static void main(String[] args) throws InterruptedException {
    try (AppContext app = AppContext.open(Path.of(args[0]))) {
      if (args.length > 1 && args[1].equals("--hold")) {
        System.out.println("OPEN");
        System.out.flush();
        Thread.sleep(60_000);
        return;
      }
      Inspection seed =
          app.documentFormat()
              .read(
                  new ByteArrayInputStream(Fixtures.seed().getBytes(StandardCharsets.UTF_8)), true)
              .inspection();
      for (int n = 0; ; n++) {
        UUID id = UUID.randomUUID();
        app.inspections().save(Inspections.copy(seed, id, seed.title() + " #" + n));
        System.out.println("SAVED " + id);
        System.out.flush();
      }
    }
  }
}
