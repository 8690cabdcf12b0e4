package vn.kiemtra.syncio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.StagedPackage;
import vn.kiemtra.testsupport.ChildJvm;

/**
 * The folder a killed import leaves behind is removed at the next start; a folder an import is
 * still using (in this program or another) and anything that is not an import folder stay.
 */
class StagingFoldersTest {
  @TempDir Path staging;
  @TempDir Path dir;

  private List<Path> folders() throws Exception {
    try (Stream<Path> s = Files.list(staging)) {
      return s.sorted().toList();
    }
  }

  @Test
  void theFolderOfAKilledImportIsRemovedAndARunningOnesIsNot() throws Exception {
    Process child =
        ChildJvm.start(
            HoldStagedPackage.class, staging.toString(), dir.resolve("goi.kiemtra").toString());
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("STAGED");
      assertThat(folders()).hasSize(1);
      assertThat(new ZipSyncPackages(staging).removeStaleStaging()).isZero();
      assertThat(folders()).hasSize(1);
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    Path left = folders().get(0);
    assertThat(left.getFileName().toString()).startsWith("kiemtra-sync");
    assertThat(left.resolve("rows")).isDirectory();

    assertThat(new ZipSyncPackages(staging).removeStaleStaging()).isEqualTo(1);
    assertThat(folders()).isEmpty();
  }

  @Test
  void aPackageOpenInThisProgramKeepsItsFolder() throws Exception {
    SyncFixture fx = new SyncFixture(staging);
    Path pkg = dir.resolve("goi.kiemtra");
    fx.write(pkg);
    try (StagedPackage open = fx.packages.open(pkg, fx.directory(), 12, Progress.NONE)) {
      assertThat(fx.packages.removeStaleStaging()).isZero();
      assertThat(open.files()).hasSize(2);
      assertThat(open.file(open.files().get(0))).exists();
    }
    assertThat(folders()).isEmpty();
  }

  @Test
  void unlockedFoldersGoOnlyWhenOldAndOtherFoldersStay() throws Exception {
    Path old = Files.createDirectory(staging.resolve("kiemtra-sync111"));
    Files.writeString(old.resolve("rows.jsonl"), "{}");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
    Path fresh = Files.createDirectory(staging.resolve("kiemtra-sync222"));
    Path other = Files.createDirectory(staging.resolve("other-program"));
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(3))));

    assertThat(new ZipSyncPackages(staging).removeStaleStaging()).isEqualTo(1);
    assertThat(folders()).containsExactly(fresh, other);
  }
}
