package vn.kiemtra.core.backup;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.minutes.ContentFingerprint;
import vn.kiemtra.core.minutes.MinutesAmendment;
import vn.kiemtra.core.minutes.MinutesScan;
import vn.kiemtra.core.minutes.SignedMinutes;
import vn.kiemtra.core.minutes.SignedMinutesRepository;

/**
 * Signed minutes whose signing transaction is recorded in the edit journal once committed: the
 * signed record with the exact PDF ({@link JournalEntry.Kind#MINUTES_SIGNED}), then the
 * inspection's signed state, which completes it, and a backup soon after. Amendments and scans
 * leave the commit hook's marker (and its prompt backup) as before.
 */
public final class JournalingSignedMinutesRepository implements SignedMinutesRepository {
  private final SignedMinutesRepository stored;
  private final JournalingInspectionRepository inspections;

  public JournalingSignedMinutesRepository(
      SignedMinutesRepository stored, JournalingInspectionRepository inspections) {
    this.stored = stored;
    this.inspections = inspections;
  }

  @Override
  public SaveOutcome saveSigned(
      SignedMinutes minutes, byte[] pdf, Inspection signedState, long expectedVersion) {
    return inspections.journaled(
        signedState,
        () -> stored.saveSigned(minutes, pdf, signedState, expectedVersion),
        version ->
            inspections.record(
                JournalEntry.Kind.MINUTES_SIGNED,
                minutes.inspectionId(),
                Signing.header(minutes, signedState.title(), version),
                () -> pdf));
  }

  @Override
  public Optional<SignedMinutes> findSigned(UUID inspectionId) {
    return stored.findSigned(inspectionId);
  }

  @Override
  public List<SignedMinutes> findByPdfSha256(String sha256) {
    return stored.findByPdfSha256(sha256);
  }

  @Override
  public List<SignedMinutes> findByVerificationCode(String code) {
    return stored.findByVerificationCode(code);
  }

  @Override
  public Optional<byte[]> signedPdf(UUID inspectionId) {
    return stored.signedPdf(inspectionId);
  }

  @Override
  public List<SignedMinutes> findUnlocked() {
    return stored.findUnlocked();
  }

  @Override
  public boolean withdrawUnlocked(UUID inspectionId) {
    return stored.withdrawUnlocked(inspectionId);
  }

  @Override
  public MinutesAmendment addAmendment(
      UUID inspectionId, String text, LocalDateTime heldAt, String place) {
    return stored.addAmendment(inspectionId, text, heldAt, place);
  }

  @Override
  public List<MinutesAmendment> amendments(UUID inspectionId) {
    return stored.amendments(inspectionId);
  }

  @Override
  public void addScan(MinutesScan scan, byte[] content) {
    stored.addScan(scan, content);
  }

  @Override
  public List<MinutesScan> scans(UUID inspectionId) {
    return stored.scans(inspectionId);
  }

  @Override
  public Optional<byte[]> scanContent(UUID scanId) {
    return stored.scanContent(scanId);
  }

  /**
   * A signing as the journal holds it: the record as stored, the exact PDF, and the version the
   * inspection reached in the same transaction (its signed-state entry carries the same one).
   */
  record Signing(SignedMinutes minutes, byte[] pdf, long version) {
    static Map<String, String> header(SignedMinutes m, String title, long version) {
      Map<String, String> h = new HashMap<>();
      h.put("minutes", m.id().toString());
      h.put("code", m.verificationCode());
      h.put("contentHash", m.contentHash());
      h.put("pdfSha256", m.pdfSha256());
      h.put("pdfSize", Long.toString(m.pdfSize()));
      h.put("withAnnex", Boolean.toString(m.withAnnex()));
      if (m.documentNumber() != null) {
        h.put("documentNumber", m.documentNumber().toString());
      }
      if (m.signedAt() != null) {
        h.put("signedAt", m.signedAt().toString());
      }
      h.put("title", title == null ? "" : title);
      h.put("version", Long.toString(version));
      return h;
    }

    /**
     * Reads an entry back.
     *
     * @throws IllegalArgumentException when a value is missing or the PDF is not the one recorded
     *     (its size or SHA-256 differ): such a signing is not restored
     */
    static Signing from(JournalEntry e) {
      SignedMinutes m =
          new SignedMinutes(
              UUID.fromString(required(e, "minutes")),
              e.subject(),
              required(e, "code"),
              required(e, "contentHash"),
              required(e, "pdfSha256"),
              Long.parseLong(required(e, "pdfSize")),
              Boolean.parseBoolean(required(e, "withAnnex")),
              e.header("documentNumber") == null
                  ? null
                  : Integer.valueOf(e.header("documentNumber")),
              e.header("signedAt") == null ? null : OffsetDateTime.parse(e.header("signedAt")));
      if (e.body().length != m.pdfSize()
          || !ContentFingerprint.sha256Hex(e.body()).equals(m.pdfSha256())) {
        throw new IllegalArgumentException("signed PDF differs from its record");
      }
      return new Signing(m, e.body(), Long.parseLong(required(e, "version")));
    }

    private static String required(JournalEntry e, String key) {
      String value = e.header(key);
      if (value == null) {
        throw new IllegalArgumentException("no " + key);
      }
      return value;
    }
  }
}
