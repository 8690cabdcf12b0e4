package vn.kiemtra.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.minutes.InMemorySigningStore;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.MinutesRenderer;
import vn.kiemtra.core.minutes.MinutesService;
import vn.kiemtra.core.minutes.RenderedMinutes;
import vn.kiemtra.core.minutes.SignedMinutes;
import vn.kiemtra.exchange.InspectionJson;

/**
 * A signing journaled after the newest backup comes back from the journal when the database file is
 * lost: record, identical PDF and lock, or (cut short, unreadable, an older journal) the inspection
 * ready to sign and said so. In-memory stores, a journal file in a temporary folder.
 */
class SigningReplayTest {
  static final UUID ID = UUID.fromString("8d7c6b5a-4e3f-4a2b-9c1d-0e1f2a3b4c5d");
  static final OffsetDateTime SIGNED_AT =
      OffsetDateTime.of(2026, 3, 2, 11, 45, 30, 0, ZoneOffset.ofHours(7));

  @TempDir Path dir;
  final List<Device> devices = new ArrayList<>();

  /** One run of the program: in-memory stores composed with the journal as AppContext does. */
  final class Device {
    final InMemorySigningStore store = new InMemorySigningStore();
    final EditJournal journal;
    final InspectionService inspections;
    final JournalingSignedMinutesRepository signed;
    final MinutesService minutes;
    final InspectionJson format = new InspectionJson();
    final List<Integer> journalAtSignedBackup = new ArrayList<>();

    Device(String journalName) {
      journal = EditJournal.open(dir.resolve(journalName));
      devices.add(this);
      // The file as the newest backup holds it: the inspection ready to sign, not journaled.
      store.inspections().save(InMemorySigningStore.readyToSign(ID));
      JournalingInspectionRepository journaled =
          new JournalingInspectionRepository(
              store.inspections(),
              journal,
              format,
              store.inspections().checklists()::require,
              netOf(this));
      inspections = new InspectionService(journaled, store.inspections().checklists());
      signed = new JournalingSignedMinutesRepository(store, journaled);
      minutes = new MinutesService(inspections, signed, new CodeInPdf(), () -> SIGNED_AT);
    }

    List<ReplayedChange> replay(List<JournalEntry> entries) {
      return new JournalReplay(
              inspections, new JournalingEvidenceRepositoryTest.Stored(), format, signed)
          .apply(entries);
    }

    Inspection inspection() {
      return store.inspections().find(ID).orElseThrow().inspection();
    }
  }

  @AfterEach
  void closeJournals() {
    devices.forEach(d -> d.journal.close());
  }

  /** Notes how many entries the device's journal held when a backup at signing was asked for. */
  private static SafetyNet netOf(Device device) {
    return new SigningNet(
        (inspectionId, title) ->
            device.journalAtSignedBackup.add(device.journal.entriesAfter(0).size()));
  }

  /** A "PDF" that carries the verification code, as the real one prints it on every page. */
  static final class CodeInPdf implements MinutesRenderer {
    @Override
    public RenderedMinutes render(MinutesContent content) {
      return new vn.kiemtra.core.minutes.BytesAsPdf(
          content,
          ("%PDF " + content.verificationCode() + " " + content.contentHash())
              .getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public Optional<String> verificationCodeIn(byte[] pdf) {
      String text = new String(pdf, StandardCharsets.US_ASCII);
      return text.startsWith("%PDF ") ? Optional.of(text.split(" ")[1]) : Optional.empty();
    }
  }

  @Test
  void aSigningAfterTheBackupComesBackSignedWithItsIdenticalPdf() {
    Device before = new Device("before.journal");
    SignedMinutes signed = before.minutes.sign(ID, MinutesOptions.standard());
    byte[] pdf = before.store.signedPdf(ID).orElseThrow();

    Device after = new Device("after.journal");
    List<ReplayedChange> changes = after.replay(before.journal.entriesAfter(0));

    assertThat(changes).allSatisfy(c -> assertThat(c.failure()).isNull());
    assertThat(changes)
        .extracting(ReplayedChange::description)
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith(
                        "ký biên bản «Kiểm tra công tác cải cách hành chính năm 2026» lúc "));
    assertThat(after.inspection()).isEqualTo(before.inspection());
    assertThat(after.inspection().status()).isEqualTo(InspectionStatus.SIGNED);
    assertThat(after.store.findSigned(ID)).contains(signed);
    assertThat(after.store.signedPdf(ID)).hasValueSatisfying(p -> assertThat(p).isEqualTo(pdf));
    assertThat(after.minutes.verify(pdf).identical()).contains(signed);
    assertThat(after.minutes.verify(pdf).codeOwners()).containsExactly(signed);
    // The restored signing is journaled again, as every replayed change is.
    assertThat(after.journal.entriesAfter(0))
        .extracting(JournalEntry::kind)
        .containsExactly(JournalEntry.Kind.MINUTES_SIGNED, JournalEntry.Kind.INSPECTION_SAVED);

    // Replayed again over a file that holds the signing: nothing changes, nothing fails.
    assertThat(after.replay(before.journal.entriesAfter(0)))
        .allSatisfy(c -> assertThat(c.failure()).isNull());
    assertThat(after.store.signings()).isEqualTo(1);
  }

  @Test
  void editsBeforeAndTheOfficeNumberAfterTheSigningComeBackAroundIt() {
    Device before = new Device("before.journal");
    Inspection edited = before.inspection().toBuilder().place("Hội trường xã Đồng Hỷ").build();
    before.inspections.save(edited);
    SignedMinutes signed = before.minutes.sign(ID, MinutesOptions.standard());
    before.inspections.save(before.inspection().toBuilder().documentNumber(17).build());

    Device after = new Device("after.journal");
    List<ReplayedChange> changes = after.replay(before.journal.entriesAfter(0));

    assertThat(changes).allSatisfy(c -> assertThat(c.failure()).isNull());
    assertThat(after.inspection().status()).isEqualTo(InspectionStatus.SIGNED);
    assertThat(after.inspection().place()).isEqualTo("Hội trường xã Đồng Hỷ");
    assertThat(after.inspection().documentNumber()).isEqualTo(17);
    assertThat(after.store.findSigned(ID)).contains(signed);
    // The backup at signing waits for the whole replay: made half-way, it would cut the journal
    // entries not yet applied again (here the office's number).
    assertThat(after.journal.entriesAfter(0))
        .extracting(JournalEntry::kind)
        .containsExactly(
            JournalEntry.Kind.MINUTES_SIGNED,
            JournalEntry.Kind.INSPECTION_SAVED,
            JournalEntry.Kind.INSPECTION_SAVED);
    assertThat(after.journalAtSignedBackup).isNotEmpty().containsOnly(3);
  }

  @Test
  void aSigningCutShortBeforeItsSignedStateIsNotInventedAndSaidSo() {
    Device before = new Device("before.journal");
    before.minutes.sign(ID, MinutesOptions.standard());
    List<JournalEntry> entries = before.journal.entriesAfter(0);
    // The crash came after the signing entry, before the signed state reached the disk.
    List<JournalEntry> cutShort = entries.subList(0, entries.size() - 1);
    assertThat(cutShort)
        .extracting(JournalEntry::kind)
        .containsExactly(JournalEntry.Kind.MINUTES_SIGNED);

    Device after = new Device("after.journal");
    List<ReplayedChange> changes = after.replay(cutShort);

    assertThat(after.inspection().status()).isEqualTo(InspectionStatus.READY_TO_SIGN);
    assertThat(after.store.findSigned(ID)).isEmpty();
    assertThat(after.store.signings()).isZero();
    assertThat(changes)
        .singleElement()
        .satisfies(c -> assertThat(c.failure()).contains("bị ngắt").contains("hãy ký lại"));
    // It can be signed again.
    assertThat(after.minutes.sign(ID, MinutesOptions.standard())).isNotNull();
    assertThat(after.inspection().status()).isEqualTo(InspectionStatus.SIGNED);
  }

  @Test
  void aSigningEntryWhosePdfDoesNotMatchItsRecordLeavesTheInspectionReadyToSign() {
    Device before = new Device("before.journal");
    before.minutes.sign(ID, MinutesOptions.standard());
    List<JournalEntry> entries = new ArrayList<>(before.journal.entriesAfter(0));
    JournalEntry signing = entries.get(0);
    byte[] otherPdf = signing.body().clone();
    otherPdf[otherPdf.length - 1] ^= 1;
    entries.set(0, withBody(signing, otherPdf));

    Device after = new Device("after.journal");
    List<ReplayedChange> changes = after.replay(entries);

    assertThat(after.inspection().status()).isEqualTo(InspectionStatus.READY_TO_SIGN);
    assertThat(after.store.findSigned(ID)).isEmpty();
    assertThat(changes).allSatisfy(c -> assertThat(c.applied()).isFalse());
    assertThat(changes.get(1).failure()).contains("sẵn sàng ký").contains("hãy ký lại");
  }

  @Test
  void aJournalOfThePreviousVersionStillReplaysTheSignedStateAsReadyToSign() {
    Device before = new Device("before.journal");
    before.minutes.sign(ID, MinutesOptions.standard());
    List<JournalEntry> entries = new ArrayList<>(before.journal.entriesAfter(0));
    // What the previous version wrote: a marker for the rows it could not repeat, then the state.
    JournalEntry signing = entries.get(0);
    entries.set(
        0,
        new JournalEntry(
            signing.sequence(),
            signing.epochMillis(),
            JournalEntry.Kind.OTHER_CHANGE,
            new UUID(0, 0),
            java.util.Map.of(),
            new byte[0]));

    Device after = new Device("after.journal");
    List<ReplayedChange> changes = after.replay(entries);

    assertThat(after.inspection().status()).isEqualTo(InspectionStatus.READY_TO_SIGN);
    assertThat(after.store.findSigned(ID)).isEmpty();
    assertThat(changes.get(1).failure()).contains("sẵn sàng ký");
  }

  @Test
  void aFileThatFellBackBeforeTheSigningGetsTheSigningWithTheMissingSave() {
    Device before = new Device("before.journal");
    SignedMinutes signed = before.minutes.sign(ID, MinutesOptions.standard());
    List<JournalEntry> entries = before.journal.entriesAfter(0);

    Device after = new Device("after.journal");
    JournalReplay replay =
        new JournalReplay(
            after.inspections,
            new JournalingEvidenceRepositoryTest.Stored(),
            after.format,
            after.signed);
    List<JournalEntry> missing =
        replay.missingChanges(
            entries, id -> after.store.inspections().find(id).map(s -> s.version()));

    assertThat(missing)
        .extracting(JournalEntry::kind)
        .containsExactly(JournalEntry.Kind.MINUTES_SIGNED, JournalEntry.Kind.INSPECTION_SAVED);
    assertThat(replay.apply(missing)).allSatisfy(c -> assertThat(c.failure()).isNull());
    assertThat(after.store.findSigned(ID)).contains(signed);
    assertThat(after.inspection().status()).isEqualTo(InspectionStatus.SIGNED);
  }

  private static JournalEntry withBody(JournalEntry e, byte[] body) {
    return new JournalEntry(e.sequence(), e.epochMillis(), e.kind(), e.subject(), e.header(), body);
  }
}
