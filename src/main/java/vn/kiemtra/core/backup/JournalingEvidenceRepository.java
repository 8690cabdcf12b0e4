package vn.kiemtra.core.backup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.evidence.EvidenceRepository;

/** Evidence files whose additions and deletions are also appended to the edit journal. */
public final class JournalingEvidenceRepository implements EvidenceRepository {
  private final EvidenceRepository stored;
  private final EditJournal journal;
  private final SafetyNet net;

  public JournalingEvidenceRepository(
      EvidenceRepository stored, EditJournal journal, SafetyNet net) {
    this.stored = stored;
    this.journal = journal;
    this.net = net;
  }

  @Override
  public void add(Evidence evidence, byte[] content) {
    JournalScope.run(() -> stored.add(evidence, content));
    record(JournalEntry.Kind.EVIDENCE_ADDED, evidence.id(), EvidenceHeader.of(evidence), content);
  }

  @Override
  public List<Evidence> list(UUID inspectionId) {
    return stored.list(inspectionId);
  }

  @Override
  public Optional<byte[]> content(UUID evidenceId) {
    return stored.content(evidenceId);
  }

  @Override
  public void delete(UUID evidenceId) {
    JournalScope.run(() -> stored.delete(evidenceId));
    record(JournalEntry.Kind.EVIDENCE_DELETED, evidenceId, Map.of(), new byte[0]);
  }

  private void record(
      JournalEntry.Kind kind, UUID subject, Map<String, String> header, byte[] body) {
    try {
      journal.append(kind, subject, header, body);
      net.journalWritten();
    } catch (RuntimeException e) {
      net.journalFailed(e);
    }
  }

  /** Evidence metadata as journal header values, and back. */
  static final class EvidenceHeader {
    private EvidenceHeader() {}

    static Map<String, String> of(Evidence e) {
      Map<String, String> h = new HashMap<>();
      h.put("inspection", e.inspectionId().toString());
      put(h, "criterion", e.criterionCode());
      put(h, "fileName", e.fileName());
      put(h, "mediaType", e.mediaType());
      h.put("size", Long.toString(e.sizeBytes()));
      put(h, "sha256", e.sha256());
      put(h, "caption", e.caption());
      if (e.createdAt() != null) {
        h.put("createdAt", e.createdAt().toString());
      }
      return h;
    }

    static Evidence from(JournalEntry entry) {
      return new Evidence(
          entry.subject(),
          UUID.fromString(entry.header("inspection")),
          entry.header("criterion"),
          entry.header("fileName"),
          entry.header("mediaType"),
          Long.parseLong(entry.header("size")),
          entry.header("sha256"),
          entry.header("caption"),
          entry.header("createdAt") == null
              ? null
              : java.time.OffsetDateTime.parse(entry.header("createdAt")));
    }

    private static void put(Map<String, String> h, String key, String value) {
      if (value != null) {
        h.put(key, value);
      }
    }
  }
}
