package vn.kiemtra.core.minutes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored signed minutes (PDF and hashes), their amendments and the scans of the signed paper. */
public interface SignedMinutesRepository {
  /** Stores the signed record with its PDF bytes, in one transaction. */
  void saveSigned(SignedMinutes minutes, byte[] pdf);

  Optional<SignedMinutes> findSigned(UUID inspectionId);

  /** Signed minutes whose stored PDF has this SHA-256 (hex). */
  List<SignedMinutes> findByPdfSha256(String sha256);

  /** Signed minutes printed with this verification code. */
  List<SignedMinutes> findByVerificationCode(String code);

  Optional<byte[]> signedPdf(UUID inspectionId);

  /** Takes back a signed record whose inspection could not be locked (leaves a tombstone). */
  void withdrawSigned(UUID inspectionId);

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
