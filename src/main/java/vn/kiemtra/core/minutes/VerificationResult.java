package vn.kiemtra.core.minutes;

import java.util.List;
import java.util.Optional;

/**
 * What a PDF is, compared with the signed minutes in the database.
 *
 * @param pdfSha256 the file's SHA-256 (hex)
 * @param identical signed minutes whose stored PDF is byte-identical to the file
 * @param codeInFile the verification code found in the file, if any
 * @param codeOwners signed minutes printed with that code (same content, maybe another file)
 */
public record VerificationResult(
    String pdfSha256,
    Optional<SignedMinutes> identical,
    Optional<String> codeInFile,
    List<SignedMinutes> codeOwners) {
  public VerificationResult {
    codeOwners = List.copyOf(codeOwners);
  }

  public boolean isIdentical() {
    return identical.isPresent();
  }
}
