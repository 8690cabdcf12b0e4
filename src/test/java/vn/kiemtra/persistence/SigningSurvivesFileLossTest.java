package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.backup.BackupReason;
import vn.kiemtra.core.backup.RecoveryReport;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.minutes.ContentFingerprint;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.MinutesTestData;
import vn.kiemtra.core.minutes.SignedMinutes;
import vn.kiemtra.core.minutes.VerificationResult;

/**
 * On real H2 files: minutes signed after the newest backup, then the database file lost before the
 * backup at signing was made, come back from the backup and the journal signed, with the record and
 * the identical PDF, and verify by file and by code. A signing cut short in the journal is not
 * invented.
 */
class SigningSurvivesFileLossTest {
  @TempDir Path dir;
  private AppContext app;
  private Inspection seed;

  @AfterEach
  void close() {
    if (app != null) {
      app.close();
    }
  }

  /**
   * Imports the seed, backs up, and signs; the backup at signing never happens (the folder it goes
   * to is a plain file meanwhile), then the program dies and the file is deleted.
   */
  private SignedMinutes signedAfterTheBackupThenFileLost() throws Exception {
    app = AppContext.open(dir.resolve("kiemtra"));
    seed = MinutesTestData.importSeed(app);
    app.backups().create(BackupReason.MANUAL, "");
    Path backups = dir.resolve("backups");
    Path kept = dir.resolve("backups-kept");
    Files.move(backups, kept);
    Files.writeString(backups, "");

    SignedMinutes signed = app.minutes().sign(seed.id(), MinutesOptions.standard());

    // A crash: no clean-close backup. The pool is dropped and the journal left as it is on disk.
    app.database().close();
    app.backups().journal().close();
    app = null;
    Files.delete(backups);
    Files.move(kept, backups);
    assertThat(Files.list(backups).filter(f -> f.toString().endsWith(".zip"))).hasSize(1);
    Files.delete(dir.resolve("kiemtra.mv.db"));
    return signed;
  }

  @Test
  void minutesSignedAfterTheBackupComeBackSignedWithTheIdenticalPdf() throws Exception {
    SignedMinutes signed = signedAfterTheBackupThenFileLost();

    app = AppContext.open(dir.resolve("kiemtra"));

    RecoveryReport report = app.recovery().orElseThrow();
    assertThat(report.complete()).isTrue();
    assertThat(report.changes())
        .anySatisfy(c -> assertThat(c.description()).startsWith("ký biên bản «"));
    assertThat(report.message()).endsWith("không mất dữ liệu.");
    assertThat(app.inspections().require(seed.id()).inspection().status())
        .isEqualTo(InspectionStatus.SIGNED);
    assertThat(app.minutes().signed(seed.id())).contains(signed);
    byte[] pdf = app.minutes().signedPdf(seed.id());
    assertThat(ContentFingerprint.sha256Hex(pdf)).isEqualTo(signed.pdfSha256());
    VerificationResult check = app.minutes().verify(pdf);
    assertThat(check.identical()).contains(signed);
    assertThat(check.codeInFile()).contains(signed.verificationCode());
    assertThat(check.codeOwners()).containsExactly(signed);

    // Closed and opened again: the signing is held by the file (and its backups) now.
    app.close();
    app = AppContext.open(dir.resolve("kiemtra"));
    assertThat(app.recovery()).isEmpty();
    assertThat(app.minutes().signed(seed.id())).contains(signed);
  }

  @Test
  void aSigningWhoseSignedStateNeverReachedTheJournalComesBackReadyToSignAndSaysSo()
      throws Exception {
    signedAfterTheBackupThenFileLost();
    // The crash tore the journal's last record, the inspection's signed state: the signing
    // entry before it is whole.
    Path journal = dir.resolve("kiemtra.journal");
    try (RandomAccessFile f = new RandomAccessFile(journal.toFile(), "rw")) {
      f.setLength(f.length() - 1);
    }

    app = AppContext.open(dir.resolve("kiemtra"));

    RecoveryReport report = app.recovery().orElseThrow();
    assertThat(report.complete()).isFalse();
    assertThat(report.message()).contains("ký biên bản «").contains("bị ngắt");
    assertThat(app.inspections().require(seed.id()).inspection().status())
        .isEqualTo(InspectionStatus.READY_TO_SIGN);
    assertThat(app.minutes().signed(seed.id())).isEmpty();
    SignedMinutes again = app.minutes().sign(seed.id(), MinutesOptions.standard());
    assertThat(app.minutes().verify(app.minutes().signedPdf(seed.id())).identical())
        .contains(again);
  }
}
