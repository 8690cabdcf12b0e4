package vn.kiemtra.core.minutes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.SaveOutcome;

/** Stored signed minutes (PDF and hashes), their amendments and the scans of the signed paper. */
public interface SignedMinutesRepository {
  /**
   * Signs in one transaction: if the stored inspection is still at {@code expectedVersion} and not
   * locked, stores {@code signedState} (status SIGNED) and the signed record with its PDF bytes
   * (replacing a record left without its lock); otherwise writes nothing and returns {@link
   * SaveOutcome.Kind#STALE} or {@link SaveOutcome.Kind#LOCKED}, as {@link
   * vn.kiemtra.core.inspection.InspectionRepository#save(Inspection, long)} does.
   */
  SaveOutcome saveSigned(
      SignedMinutes minutes, byte[] pdf, Inspection signedState, long expectedVersion);

  Optional<SignedMinutes> findSigned(UUID inspectionId);

  /** Signed minutes whose stored PDF has this SHA-256 (hex). */
  List<SignedMinutes> findByPdfSha256(String sha256);

  /** Signed minutes printed with this verification code. */
  List<SignedMinutes> findByVerificationCode(String code);

  Optional<byte[]> signedPdf(UUID inspectionId);

  /**
   * Signed records whose inspection is not locked: left by versions that stored the record and the
   * lock in two transactions, when the program stopped between them.
   */
  List<SignedMinutes> findUnlocked();

  /**
   * Takes back the signed record of an inspection that is not locked (leaves a tombstone), in one
   * transaction that checks the lock; false when the inspection is locked or there is no record.
   */
  boolean withdrawUnlocked(UUID inspectionId);

  /**
   * Stores an amendment with the next number of the inspection, in one transaction, with the time
   * and place of its session as entered.
   */
  MinutesAmendment addAmendment(
      UUID inspectionId, String text, java.time.LocalDateTime heldAt, String place);

  List<MinutesAmendment> amendments(UUID inspectionId);

  void addScan(MinutesScan scan, byte[] content);

  List<MinutesScan> scans(UUID inspectionId);

  Optional<byte[]> scanContent(UUID scanId);
}
