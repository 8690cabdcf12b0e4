package vn.kiemtra.core.backup;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.minutes.MinutesAmendment;
import vn.kiemtra.core.minutes.MinutesScan;
import vn.kiemtra.core.minutes.SignedMinutes;
import vn.kiemtra.core.minutes.SignedMinutesRepository;

/**
 * Signed minutes whose signing transaction is recorded in the edit journal like the inspection save
 * it contains: a marker for the signed PDF (which the journal cannot repeat), then the inspection's
 * signed state, and a backup soon after. Other writes here leave the commit hook's marker as
 * before.
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
        signedState, () -> stored.saveSigned(minutes, pdf, signedState, expectedVersion), true);
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
}
