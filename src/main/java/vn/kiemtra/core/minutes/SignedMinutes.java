package vn.kiemtra.core.minutes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The record of minutes marked signed: which inspection, the verification code printed on every
 * page, the hash of the content it came from, and the SHA-256 of the exact PDF stored.
 *
 * @param documentNumber the number printed, null when printed blank for the office to fill in
 */
public record SignedMinutes(
    UUID id,
    UUID inspectionId,
    String verificationCode,
    String contentHash,
    String pdfSha256,
    long pdfSize,
    boolean withAnnex,
    Integer documentNumber,
    OffsetDateTime signedAt) {}
