package vn.kiemtra.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditJournalTest {
  @TempDir Path dir;

  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void entriesSurviveReopeningWithTheirHeaderAndBody() {
    Path file = dir.resolve("k.journal");
    try (EditJournal j = EditJournal.open(file)) {
      assertThat(
              j.append(
                  JournalEntry.Kind.INSPECTION_SAVED,
                  A,
                  Map.of("title", "Sở Nội vụ & Tư pháp=1"),
                  utf8("{\"a\":1}")))
          .isEqualTo(1);
      assertThat(j.append(JournalEntry.Kind.INSPECTION_DELETED, A, Map.of(), new byte[0]))
          .isEqualTo(2);
    }
    try (EditJournal j = EditJournal.open(file)) {
      List<JournalEntry> all = j.entriesAfter(0);
      assertThat(all).hasSize(2);
      assertThat(all.get(0).kind()).isEqualTo(JournalEntry.Kind.INSPECTION_SAVED);
      assertThat(all.get(0).subject()).isEqualTo(A);
      assertThat(all.get(0).header("title")).isEqualTo("Sở Nội vụ & Tư pháp=1");
      assertThat(new String(all.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
      assertThat(all.get(1).kind()).isEqualTo(JournalEntry.Kind.INSPECTION_DELETED);
      assertThat(j.lastSequence()).isEqualTo(2);
      assertThat(j.droppedBytes()).isZero();
      assertThat(j.append(JournalEntry.Kind.OTHER_CHANGE, A, Map.of(), new byte[0])).isEqualTo(3);
    }
  }

  @Test
  void aRecordTornByACrashIsDroppedAndKeptAside() throws Exception {
    Path file = dir.resolve("k.journal");
    try (EditJournal j = EditJournal.open(file)) {
      j.append(JournalEntry.Kind.INSPECTION_SAVED, A, Map.of(), utf8("một"));
      j.append(JournalEntry.Kind.INSPECTION_SAVED, A, Map.of(), utf8("hai hai hai hai hai"));
    }
    long whole = Files.size(file);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(whole - 5);
    }
    try (EditJournal j = EditJournal.open(file)) {
      assertThat(j.entriesAfter(0))
          .extracting(e -> new String(e.body(), StandardCharsets.UTF_8))
          .containsExactly("một");
      assertThat(j.droppedBytes()).isPositive();
      assertThat(Files.size(file.resolveSibling("k.journal.torn"))).isEqualTo(whole - 5);
      assertThat(j.append(JournalEntry.Kind.INSPECTION_SAVED, A, Map.of(), utf8("ba")))
          .isEqualTo(2);
    }
    try (EditJournal j = EditJournal.open(file)) {
      assertThat(j.entriesAfter(0))
          .extracting(e -> new String(e.body(), StandardCharsets.UTF_8))
          .containsExactly("một", "ba");
    }
  }

  @Test
  void aFlippedByteEndsTheReadableEntriesAtTheRecordBeforeIt() throws Exception {
    Path file = dir.resolve("k.journal");
    try (EditJournal j = EditJournal.open(file)) {
      j.append(JournalEntry.Kind.INSPECTION_SAVED, A, Map.of(), utf8("first"));
      j.append(JournalEntry.Kind.INSPECTION_SAVED, A, Map.of(), utf8("second"));
    }
    byte[] bytes = Files.readAllBytes(file);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("second");
    bytes[at] ^= 0x20;
    Files.write(file, bytes);
    try (EditJournal j = EditJournal.open(file)) {
      assertThat(j.entriesAfter(0)).hasSize(1);
      assertThat(j.lastSequence()).isEqualTo(1);
    }
  }

  @Test
  void cuttingKeepsLaterEntriesAndNumbersNeverRepeat() {
    Path file = dir.resolve("k.journal");
    try (EditJournal j = EditJournal.open(file)) {
      for (int i = 0; i < 5; i++) {
        j.append(JournalEntry.Kind.INSPECTION_SAVED, A, Map.of(), utf8("v" + i));
      }
      j.cutUpTo(3);
      assertThat(j.entriesAfter(0)).extracting(JournalEntry::sequence).containsExactly(4L, 5L);
      j.cutUpTo(5);
      assertThat(j.entriesAfter(0)).isEmpty();
    }
    try (EditJournal j = EditJournal.open(file)) {
      assertThat(j.lastSequence()).isEqualTo(5);
      assertThat(j.append(JournalEntry.Kind.INSPECTION_SAVED, A, Map.of(), utf8("v5")))
          .isEqualTo(6);
    }
  }

  @Test
  void aLostJournalIsAdvancedPastTheNumbersBackupsHold() throws Exception {
    Path file = dir.resolve("k.journal");
    try (EditJournal j = EditJournal.open(file)) {
      j.advanceTo(41);
      assertThat(j.append(JournalEntry.Kind.INSPECTION_SAVED, A, Map.of(), utf8("x")))
          .isEqualTo(42);
      j.advanceTo(10);
      assertThat(j.lastSequence()).isEqualTo(42);
    }
    Files.writeString(file, "rác không phải nhật ký");
    try (EditJournal j = EditJournal.open(file)) {
      assertThat(j.entriesAfter(0)).isEmpty();
      assertThat(Files.readString(file.resolveSibling("k.journal.torn")))
          .isEqualTo("rác không phải nhật ký");
    }
  }
}
