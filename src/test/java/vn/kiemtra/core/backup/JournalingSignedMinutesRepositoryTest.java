package vn.kiemtra.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionDocumentFormat;
import vn.kiemtra.core.inspection.InspectionRepository;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.ParsedInspection;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.minutes.SignedMinutes;
import vn.kiemtra.core.minutes.SignedMinutesRepository;

/**
 * The signing transaction in the edit journal: the signed record with its exact PDF, then the
 * signed state with the same version (which completes it), and a backup soon after; nothing for a
 * refused signing.
 */
class JournalingSignedMinutesRepositoryTest {
  static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

  @TempDir Path dir;
  final List<String> signedBackups = new ArrayList<>();
  final List<Inspection> storedStates = new ArrayList<>();

  final SafetyNet net = new SigningNet((inspectionId, title) -> signedBackups.add(title));

  /** Writes the status and the title; enough to tell the signed state in the journal. */
  final InspectionDocumentFormat format =
      new InspectionDocumentFormat() {
        @Override
        public ParsedInspection read(InputStream in, boolean strict) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void write(Inspection inspection, ChecklistTemplate template, OutputStream out) {
          try {
            out.write(
                (inspection.status() + " " + inspection.title()).getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public ParsedInspection readSaved(InputStream in) {
          throw new UnsupportedOperationException();
        }
      };

  /** A store whose signing transaction answers {@code outcome}. */
  private SignedMinutesRepository signingAnswers(SaveOutcome outcome) {
    return (SignedMinutesRepository)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {SignedMinutesRepository.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("saveSigned")) {
                throw new UnsupportedOperationException(method.getName());
              }
              if (outcome.stored()) {
                storedStates.add((Inspection) args[2]);
              }
              return outcome;
            });
  }

  private SignedMinutesRepository journaling(EditJournal journal, SaveOutcome outcome) {
    InspectionRepository unused =
        (InspectionRepository)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {InspectionRepository.class},
                (proxy, method, args) -> {
                  throw new UnsupportedOperationException(method.getName());
                });
    JournalingInspectionRepository inspections =
        new JournalingInspectionRepository(unused, journal, format, (TemplateRef ref) -> null, net);
    return new JournalingSignedMinutesRepository(signingAnswers(outcome), inspections);
  }

  private static Inspection signedState() {
    return Inspection.builder(ID)
        .title("Kiểm tra xã Đồng Hỷ")
        .template(new TemplateRef("THU", "1"))
        .status(InspectionStatus.SIGNED)
        .endedAt(LocalDateTime.of(2026, 3, 2, 11, 30))
        .build();
  }

  /** The PDF's SHA-256, computed once with sha256sum. */
  static final String PDF_SHA256 =
      "9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a";

  private static SignedMinutes record() {
    return new SignedMinutes(
        UUID.fromString("00000000-0000-0000-0000-0000000000b2"),
        ID,
        "AAAAA-BBBBB",
        "c".repeat(64),
        PDF_SHA256,
        4,
        true,
        17,
        java.time.OffsetDateTime.parse("2026-03-02T11:45:30.123+07:00"));
  }

  @Test
  void aSigningIsJournaledAsTheRecordWithItsPdfThenTheSignedStateAndBackedUpSoon() {
    try (EditJournal journal = EditJournal.open(dir.resolve("k.journal"))) {
      SaveOutcome outcome =
          journaling(journal, new SaveOutcome(SaveOutcome.Kind.UPDATED, 5, 1, 41))
              .saveSigned(record(), new byte[] {1, 2, 3, 4}, signedState(), 40);

      assertThat(outcome.version()).isEqualTo(41);
      assertThat(storedStates).containsExactly(signedState());
      List<JournalEntry> entries = journal.entriesAfter(0);
      assertThat(entries)
          .extracting(JournalEntry::kind)
          .containsExactly(JournalEntry.Kind.MINUTES_SIGNED, JournalEntry.Kind.INSPECTION_SAVED);
      JournalEntry signing = entries.get(0);
      assertThat(signing.subject()).isEqualTo(ID);
      assertThat(signing.body()).containsExactly(1, 2, 3, 4);
      assertThat(signing.header("version")).isEqualTo("41");
      JournalingSignedMinutesRepository.Signing back =
          JournalingSignedMinutesRepository.Signing.from(signing);
      assertThat(back.minutes()).isEqualTo(record());
      assertThat(back.pdf()).containsExactly(1, 2, 3, 4);
      assertThat(back.version()).isEqualTo(41);
      JournalEntry saved = entries.get(1);
      assertThat(saved.subject()).isEqualTo(ID);
      assertThat(saved.header("version")).isEqualTo("41");
      assertThat(new String(saved.body(), StandardCharsets.UTF_8))
          .isEqualTo("SIGNED Kiểm tra xã Đồng Hỷ");
      assertThat(signedBackups).containsExactly("Kiểm tra xã Đồng Hỷ");
    }
  }

  @Test
  void aRefusedSigningLeavesNothingInTheJournalAndNoBackup() {
    try (EditJournal journal = EditJournal.open(dir.resolve("k.journal"))) {
      for (SaveOutcome.Kind refused : List.of(SaveOutcome.Kind.STALE, SaveOutcome.Kind.LOCKED)) {
        journaling(journal, new SaveOutcome(refused, 5, 0, 44))
            .saveSigned(record(), new byte[] {1, 2, 3, 4}, signedState(), 40);
      }

      assertThat(journal.entriesAfter(0)).isEmpty();
      assertThat(signedBackups).isEmpty();
    }
  }
}
