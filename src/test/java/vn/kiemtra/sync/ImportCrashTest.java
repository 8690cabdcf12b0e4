package vn.kiemtra.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.testsupport.ChildJvm;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Inspections;

/** kill -9 in the middle of an import leaves the office database as it was before the import. */
class ImportCrashTest {
  @TempDir Path dir;

  @Test
  void aKilledImportLeavesNothingBehindAndCanBeRepeated() throws Exception {
    Path officeDb = dir.resolve("office");
    Path pkg = dir.resolve("laptop.kiemtra");
    try (AppContext laptop = AppContext.open(dir.resolve("laptop"));
        AppContext office = AppContext.open(officeDb)) {
      Inspection seed =
          laptop
              .documentFormat()
              .read(
                  new ByteArrayInputStream(Fixtures.seed().getBytes(StandardCharsets.UTF_8)), true)
              .inspection();
      for (int n = 0; n < 40; n++) {
        laptop
            .inspections()
            .save(Inspections.copy(seed, UUID.randomUUID(), seed.title() + " #" + n));
      }
      laptop.sync().export(pkg, false, null, Progress.NONE);
      office.sync().enrol(laptop.sync().thisDevice());
    }

    Process child = ChildJvm.start(SlowImport.class, officeDb.toString(), pkg.toString());
    boolean merging = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("MERGING")) {
          merging = true;
          child.destroyForcibly(); // SIGKILL: no rollback by the process, no H2 close
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(merging).as("the child reached the merge").isTrue();

    try (AppContext office = AppContext.open(officeDb)) {
      assertThat(office.inspections().list()).isEmpty();
      assertThat(office.sync().importedPackages()).isEmpty();
      assertThat(office.sync().importPackage(pkg, Progress.NONE).added()).isGreaterThan(40 * 12);
      assertThat(office.inspections().list()).hasSize(40);
    }
  }
}
