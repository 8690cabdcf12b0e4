package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.kiemtra.persistence.jooq.Tables.INSPECTION;
import static vn.kiemtra.persistence.jooq.Tables.SIGNED_MINUTES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.MinutesTestData;
import vn.kiemtra.core.minutes.SignedMinutes;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Ids;

/**
 * Signing on a real H2 file: the signed record and the lock are one transaction (a failure in it,
 * or a refused lock, leaves neither), and a file an older version left with a record but no lock is
 * settled when it opens.
 */
class SigningTransactionTest {
  static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.ofHours(7));

  @TempDir Path dir;
  private AppContext app;
  private JooqMinutesRepository minutes;
  private Inspection seed;

  @BeforeEach
  void open() {
    app = AppContext.open(dir.resolve("kiemtra"));
    minutes = new JooqMinutesRepository(app.database());
    seed = MinutesTestData.importSeed(app);
  }

  @AfterEach
  void close() {
    if (app != null) {
      app.close();
    }
  }

  private StoredInspection stored() {
    return app.inspections().require(seed.id());
  }

  private Inspection signedState() {
    return stored().inspection().toBuilder().status(InspectionStatus.SIGNED).build();
  }

  private SignedMinutes record(String code) {
    return new SignedMinutes(
        Ids.derived(seed.id(), "minutes", "signed"),
        seed.id(),
        code,
        "c".repeat(64),
        "d".repeat(64),
        4,
        false,
        null,
        AT);
  }

  /** Every signed_minutes row of the inspection, tombstones included. */
  private int signedRows() {
    return app.database()
        .read(ctx -> ctx.fetchCount(SIGNED_MINUTES, SIGNED_MINUTES.INSPECTION_ID.eq(seed.id())));
  }

  @Test
  void aFailureAfterTheLockWasWrittenLeavesNeitherTheLockNorTheRecord() {
    long version = stored().version();
    // The record is written after the lock, in the same transaction; a code longer than its
    // column makes that second write fail.
    assertThatThrownBy(
            () ->
                minutes.saveSigned(
                    record("X".repeat(21)), new byte[] {1, 2, 3, 4}, signedState(), version))
        .isInstanceOf(RuntimeException.class);

    assertThat(stored().inspection().status()).isEqualTo(InspectionStatus.READY_TO_SIGN);
    assertThat(stored().version()).isEqualTo(version);
    assertThat(signedRows()).isZero();
  }

  @Test
  void aStaleLockWritesNoRecordNotEvenATombstone() {
    long version = stored().version();
    app.inspections().save(stored().inspection().toBuilder().place("Hội trường xã").build());

    SaveOutcome outcome =
        minutes.saveSigned(record("AAAAA-BBBBB"), new byte[] {1, 2, 3, 4}, signedState(), version);

    assertThat(outcome.kind()).isEqualTo(SaveOutcome.Kind.STALE);
    assertThat(signedRows()).isZero();
    assertThat(stored().inspection().status()).isEqualTo(InspectionStatus.READY_TO_SIGN);
  }

  @Test
  void anInspectionLockedAlreadyGetsNoRecord() {
    app.inspections().save(signedState());
    SaveOutcome outcome =
        minutes.saveSigned(
            record("AAAAA-BBBBB"), new byte[] {1, 2, 3, 4}, signedState(), stored().version());

    assertThat(outcome.kind()).isEqualTo(SaveOutcome.Kind.LOCKED);
    assertThat(signedRows()).isZero();
  }

  @Test
  void signingStoresTheRecordAndTheLockTogether() {
    SignedMinutes signed = app.minutes().sign(seed.id(), MinutesOptions.standard());

    assertThat(stored().inspection().status()).isEqualTo(InspectionStatus.SIGNED);
    assertThat(app.minutes().signed(seed.id())).contains(signed);
    assertThat(minutes.findUnlocked()).isEmpty();
  }

  /** What the old code left when killed between its two transactions: the lock is not stored. */
  private SignedMinutes signedThenLockLost(String placeEditedSince) {
    SignedMinutes signed = app.minutes().sign(seed.id(), MinutesOptions.standard());
    app.database()
        .write(
            ctx -> {
              var update =
                  ctx.update(INSPECTION)
                      .set(INSPECTION.STATUS, InspectionStatus.READY_TO_SIGN.name());
              if (placeEditedSince != null) {
                update = update.set(INSPECTION.PLACE, placeEditedSince);
              }
              return update.where(INSPECTION.ID.eq(seed.id())).execute();
            });
    assertThat(minutes.findUnlocked()).extracting(SignedMinutes::id).containsExactly(signed.id());
    return signed;
  }

  private void reopen() {
    app.close();
    app = null;
    app = AppContext.open(dir.resolve("kiemtra"));
    minutes = new JooqMinutesRepository(app.database());
  }

  @Test
  void aRecordLeftWithoutItsLockOnUnchangedMinutesIsLockedAtOpen() {
    SignedMinutes signed = signedThenLockLost(null);
    byte[] pdf = app.minutes().signedPdf(seed.id());

    reopen();

    assertThat(stored().inspection().status()).isEqualTo(InspectionStatus.SIGNED);
    assertThat(app.minutes().signed(seed.id())).contains(signed);
    assertThat(app.minutes().signedPdf(seed.id())).isEqualTo(pdf);
    assertThat(minutes.findUnlocked()).isEmpty();
    assertThatThrownBy(
            () -> app.inspections().save(stored().inspection().toBuilder().place("Khác").build()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("đã ký biên bản");
  }

  @Test
  void aRecordLeftWithoutItsLockOnMinutesEditedSinceIsWithdrawnAtOpenAndCanBeSignedAgain() {
    SignedMinutes old = signedThenLockLost("Hội trường Ủy ban nhân dân xã");

    reopen();

    assertThat(stored().inspection().status()).isEqualTo(InspectionStatus.READY_TO_SIGN);
    assertThat(app.minutes().signed(seed.id())).isEmpty();
    assertThat(signedRows()).isOne(); // the tombstone
    SignedMinutes again = app.minutes().sign(seed.id(), MinutesOptions.standard());
    assertThat(again.verificationCode()).isNotEqualTo(old.verificationCode());
    assertThat(stored().inspection().status()).isEqualTo(InspectionStatus.SIGNED);
    assertThat(app.minutes().verify(app.minutes().signedPdf(seed.id())).identical())
        .contains(again);
  }

  @Test
  void aLostDatabaseFileComesBackSignedWithItsPdf() throws Exception {
    SignedMinutes signed = app.minutes().sign(seed.id(), MinutesOptions.standard());
    byte[] pdf = app.minutes().signedPdf(seed.id());
    app.close();
    app = null;
    Files.delete(dir.resolve("kiemtra.mv.db"));

    app = AppContext.open(dir.resolve("kiemtra"));

    assertThat(app.recovery()).isPresent();
    assertThat(stored().inspection().status()).isEqualTo(InspectionStatus.SIGNED);
    assertThat(app.minutes().signed(seed.id())).contains(signed);
    assertThat(app.minutes().signedPdf(seed.id())).isEqualTo(pdf);
  }
}
