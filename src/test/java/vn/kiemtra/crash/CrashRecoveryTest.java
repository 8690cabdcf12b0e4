package vn.kiemtra.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash harness in small: 30 kills of the autosaving worker, every tenth followed by deliberate
 * damage to the file (overwritten, truncated, zeroed). Nothing acknowledged may be lost, and a
 * damaged file is kept aside and recovered, never deleted.
 */
class CrashRecoveryTest {
  @TempDir Path dir;

  @Test
  void acknowledgedSavesSurviveKillsAndDamagedFiles() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    CrashHarness.Summary summary =
        CrashHarness.run(
            new CrashHarness.Options(30, 20261202L, false, 10, dir, 2500),
            new PrintStream(log, true, StandardCharsets.UTF_8));
    String details = log.toString(StandardCharsets.UTF_8);

    assertThat(summary.acknowledgedSaves()).as(details).isGreaterThanOrEqualTo(30);
    assertThat(summary.damagedOnPurpose()).isEqualTo(3);
    assertThat(summary.notOpened()).as(details).isZero();
    assertThat(summary.savesLost()).as(details).isZero();
    assertThat(summary.photosLost()).as(details).isZero();
    assertThat(summary.recoveries()).as(details).isGreaterThanOrEqualTo(2);
    // Every damaged file is accounted for: one that did not open is kept aside (never deleted)
    // and recovered; one cut short can still open on an older state, and is then filled in from
    // the journal in place or held everything already. A zeroed file never opens.
    assertThat(
            summary.damagedFilesKeptAside()
                + summary.damagedRepairedInPlace()
                + summary.damagedButOpened())
        .as(details)
        .isEqualTo(summary.damagedOnPurpose());
    assertThat(summary.damagedFilesKeptAside()).as(details).isBetween(1, summary.recoveries());
  }
}
