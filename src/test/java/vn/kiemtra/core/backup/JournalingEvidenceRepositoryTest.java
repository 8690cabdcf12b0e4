package vn.kiemtra.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.evidence.EvidenceRepository;

/** Evidence additions reach the journal, whatever metadata is missing, and come back from it. */
class JournalingEvidenceRepositoryTest {
  @TempDir Path dir;

  /** Keeps what was added, in memory. */
  static final class Stored implements EvidenceRepository {
    final List<Evidence> added = new ArrayList<>();

    @Override
    public void add(Evidence evidence, byte[] content) {
      added.add(evidence);
    }

    @Override
    public List<Evidence> list(UUID inspectionId) {
      return added;
    }

    @Override
    public Optional<byte[]> content(UUID evidenceId) {
      return Optional.empty();
    }

    @Override
    public void delete(UUID evidenceId) {
      added.removeIf(e -> e.id().equals(evidenceId));
    }
  }

  @Test
  void evidenceWithoutATimeOrCaptionIsJournaledAndReadBack() {
    Stored stored = new Stored();
    List<RuntimeException> failures = new ArrayList<>();
    SafetyNet net =
        new SafetyNet() {
          @Override
          public void journalWritten() {}

          @Override
          public void journalFailed(RuntimeException cause) {
            failures.add(cause);
          }

          @Override
          public void minutesSigned(UUID inspectionId, String title) {}
        };
    Evidence photo =
        new Evidence(
            UUID.fromString("00000000-0000-0000-0000-0000000000e2"),
            UUID.fromString("00000000-0000-0000-0000-0000000000a1"),
            null,
            "ảnh.jpg",
            "image/jpeg",
            3,
            "abc",
            null,
            null);
    try (EditJournal journal = EditJournal.open(dir.resolve("k.journal"))) {
      new JournalingEvidenceRepository(stored, journal, net).add(photo, new byte[] {1, 2, 3});
      assertThat(stored.added).containsExactly(photo);
      assertThat(failures).isEmpty();
      JournalEntry entry = journal.entriesAfter(0).get(0);
      assertThat(entry.kind()).isEqualTo(JournalEntry.Kind.EVIDENCE_ADDED);
      assertThat(entry.body()).containsExactly(1, 2, 3);
      assertThat(JournalingEvidenceRepository.EvidenceHeader.from(entry)).isEqualTo(photo);
    }
  }
}
