package vn.kiemtra.core.minutes;

import java.util.List;
import java.util.UUID;

/**
 * Everything a minutes document prints, assembled from an inspection, its template and its score:
 * header, body paragraphs in order, signatures and the optional annex. Renderers only lay it out.
 *
 * <p>The verification code printed in every page footer is derived from the SHA-256 of the
 * content's canonical text ({@link ContentFingerprint}), not from the PDF: a PDF cannot contain its
 * own hash, and a code from the content is the same on the paper signed on site and on the PDF
 * stored when the minutes are marked signed.
 *
 * @param contentHash SHA-256 (hex) of the canonical text of everything else
 * @param verificationCode the short code derived from the content hash, "ABCDE-FGHJK"
 * @param footer the footer line printed on every page ("Mã xác thực: ABCDE-FGHJK")
 */
public record MinutesContent(
    MinutesKind kind,
    UUID inspectionId,
    MinutesHeader header,
    List<MinutesBlock> body,
    MinutesSignatures signatures,
    MinutesAnnex annex,
    String documentTitle,
    String contentHash,
    String verificationCode,
    String footer) {

  public MinutesContent {
    body = List.copyOf(body);
  }

  /**
   * Builds the content and derives its hash and verification code.
   *
   * @param footerPattern the footer text with {@code {0}} for the code
   */
  public static MinutesContent seal(
      MinutesKind kind,
      UUID inspectionId,
      MinutesHeader header,
      List<MinutesBlock> body,
      MinutesSignatures signatures,
      MinutesAnnex annex,
      String documentTitle,
      String footerPattern) {
    String hash =
        ContentFingerprint.contentHash(
            kind, inspectionId, header, body, signatures, annex, documentTitle);
    String code = ContentFingerprint.verificationCode(hash);
    return new MinutesContent(
        kind,
        inspectionId,
        header,
        body,
        signatures,
        annex,
        documentTitle,
        hash,
        code,
        footerPattern.replace("{0}", code));
  }

  public boolean hasAnnex() {
    return annex != null;
  }
}
