package vn.kiemtra.core.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.inspection.InspectionChanged;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.shared.DomainException;

/**
 * Signing against in-memory stores: the record and the lock are one write, a refusal writes
 * nothing, the SIGNED announcement follows the commit, and a record an older version left without
 * its lock is settled (lock completed when nothing changed, else withdrawn) or replaced.
 */
class MinutesSigningRulesTest {
  static final UUID ID = UUID.fromString("8d7c6b5a-4e3f-4a2b-9c1d-0e1f2a3b4c5d");
  static final OffsetDateTime SIGNED_AT =
      OffsetDateTime.of(2026, 3, 2, 11, 45, 0, 0, ZoneOffset.ofHours(7));

  final InMemorySigningStore store = new InMemorySigningStore();
  final InspectionService inspections =
      new InspectionService(store.inspections, store.inspections.checklists());
  final List<InspectionChanged> announced = new ArrayList<>();
  final List<Boolean> lockedWhenAnnounced = new ArrayList<>();
  Runnable whileRendering = () -> {};
  MinutesService minutes;

  @BeforeEach
  void setUp() {
    store.inspections.save(InMemorySigningStore.readyToSign(ID));
    minutes =
        new MinutesService(
            inspections,
            store,
            new MinutesRenderer() {
              @Override
              public RenderedMinutes render(MinutesContent content) {
                whileRendering.run();
                return pdfOf(content);
              }

              @Override
              public Optional<String> verificationCodeIn(byte[] pdf) {
                return Optional.empty();
              }
            },
            () -> SIGNED_AT);
    inspections
        .changes()
        .subscribeAll(
            c -> {
              announced.add(c);
              lockedWhenAnnounced.add(
                  store.inspections.find(ID).orElseThrow().inspection().status().isLocked()
                      && store.findSigned(ID).isPresent());
            });
  }

  @Test
  void signingStoresTheRecordAndTheLockInOneWriteAndAnnouncesAfterIt() {
    SignedMinutes signed = minutes.sign(ID, MinutesOptions.standard());

    assertThat(store.signings).isEqualTo(1);
    assertThat(store.findSigned(ID)).contains(signed);
    assertThat(store.inspections.find(ID).orElseThrow().inspection().status())
        .isEqualTo(InspectionStatus.SIGNED);
    assertThat(announced)
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(InspectionChanged.Kind.SIGNED))
        .satisfies(
            c -> assertThat(c.version()).isEqualTo(store.inspections.find(ID).get().version()));
    assertThat(lockedWhenAnnounced).containsExactly(true);
  }

  @Test
  void anEditStoredWhileSigningLeavesNoRecordAndNoTombstone() {
    whileRendering =
        () ->
            store.inspections.changeElsewhere(
                ID, i -> i.toBuilder().place("Hội trường xã").build());

    assertThatThrownBy(() -> minutes.sign(ID, MinutesOptions.standard()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("vừa được sửa trong lúc ký");
    assertThat(store.findSigned(ID)).isEmpty();
    assertThat(store.tombstones).isEmpty();
    assertThat(store.inspections.find(ID).orElseThrow().inspection().status())
        .isEqualTo(InspectionStatus.READY_TO_SIGN);
    assertThat(announced).isEmpty();
  }

  @Test
  void aLockedInspectionWithoutRecordIsRefusedAndNothingIsWritten() {
    store.inspections.changeElsewhere(
        ID, i -> i.toBuilder().status(InspectionStatus.SIGNED).build());
    announced.clear();

    assertThatThrownBy(() -> minutes.sign(ID, MinutesOptions.standard()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("đã ký biên bản nên không sửa được");
    assertThat(store.findSigned(ID)).isEmpty();
    assertThat(store.tombstones).isEmpty();
    assertThat(announced).isEmpty();
  }

  @Test
  void signingTwiceIsStillRefusedWithTheCodeOfTheSignature() {
    SignedMinutes signed = minutes.sign(ID, MinutesOptions.standard());
    assertThatThrownBy(() -> minutes.sign(ID, MinutesOptions.standard()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("đã được đánh dấu đã ký")
        .hasMessageContaining(signed.verificationCode());
    assertThat(store.signings).isEqualTo(1);
  }

  @Test
  void aRecordLeftWithoutItsLockDoesNotStopSigningAgain() {
    // Signed while the place was still a draft; the program stopped before the lock.
    SignedMinutes left = recordLeftWithoutLock(i -> i.toBuilder().place("Phòng họp").build());
    store.inspections.changeElsewhere(ID, i -> i.toBuilder().place("Hội trường xã").build());

    SignedMinutes signed = minutes.sign(ID, MinutesOptions.standard());

    assertThat(signed.contentHash()).isNotEqualTo(left.contentHash());
    assertThat(store.findSigned(ID)).contains(signed);
    assertThat(store.inspections.find(ID).orElseThrow().inspection().status())
        .isEqualTo(InspectionStatus.SIGNED);
  }

  @Test
  void anInterruptedSigningOfUnchangedMinutesIsCompletedWithItsRecord() {
    SignedMinutes left = recordLeftWithoutLock(i -> i);
    long versionBefore = store.inspections.find(ID).orElseThrow().version();

    List<InterruptedSigning> settled = minutes.settleInterruptedSignings();

    assertThat(settled).containsExactly(new InterruptedSigning(ID, left.verificationCode(), true));
    assertThat(store.findSigned(ID)).contains(left);
    assertThat(store.signedPdf(ID))
        .hasValueSatisfying(p -> assertThat(p).isEqualTo(pdfBytes(left)));
    assertThat(store.inspections.find(ID).orElseThrow().inspection().status())
        .isEqualTo(InspectionStatus.SIGNED);
    assertThat(store.inspections.find(ID).orElseThrow().version()).isEqualTo(versionBefore + 1);
    assertThat(announced)
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(InspectionChanged.Kind.SIGNED));
    assertThat(minutes.settleInterruptedSignings()).isEmpty();
  }

  @Test
  void anInterruptedSigningOfMinutesEditedSinceIsWithdrawnAndCanBeSignedAgain() {
    SignedMinutes left = recordLeftWithoutLock(i -> i);
    store.inspections.changeElsewhere(
        ID, i -> i.toBuilder().overallAssessment("Đơn vị làm tốt.").build());
    announced.clear();

    List<InterruptedSigning> settled = minutes.settleInterruptedSignings();

    assertThat(settled).containsExactly(new InterruptedSigning(ID, left.verificationCode(), false));
    assertThat(store.findSigned(ID)).isEmpty();
    assertThat(store.tombstones).containsExactly(ID);
    assertThat(store.inspections.find(ID).orElseThrow().inspection().status())
        .isEqualTo(InspectionStatus.READY_TO_SIGN);
    assertThat(announced).isEmpty();

    SignedMinutes signed = minutes.sign(ID, MinutesOptions.standard());
    assertThat(signed.verificationCode()).isNotEqualTo(left.verificationCode());
    assertThat(store.inspections.find(ID).orElseThrow().inspection().status())
        .isEqualTo(InspectionStatus.SIGNED);
  }

  /**
   * What an older version left: the record of minutes made from the inspection as {@code asSigned}
   * shows it, stored without the lock.
   */
  private SignedMinutes recordLeftWithoutLock(
      java.util.function.UnaryOperator<vn.kiemtra.core.inspection.Inspection> asSigned) {
    store.inspections.changeElsewhere(ID, asSigned);
    MinutesContent content = minutes.content(ID, MinutesOptions.standard());
    SignedMinutes left =
        new SignedMinutes(
            vn.kiemtra.core.shared.Ids.derived(ID, "minutes", "signed"),
            ID,
            content.verificationCode(),
            content.contentHash(),
            "ab".repeat(32),
            3,
            false,
            null,
            SIGNED_AT.minusHours(1));
    store.recordWithoutLock(left, pdfBytes(left));
    announced.clear();
    return left;
  }

  private static byte[] pdfBytes(SignedMinutes m) {
    return ("%PDF " + m.contentHash()).getBytes(StandardCharsets.US_ASCII);
  }

  /** A "PDF" that names the content it was made from. */
  private static RenderedMinutes pdfOf(MinutesContent content) {
    return new BytesAsPdf(
        content, ("%PDF " + content.contentHash()).getBytes(StandardCharsets.US_ASCII));
  }
}
