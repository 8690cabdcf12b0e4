package vn.kiemtra.core.minutes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import vn.kiemtra.core.text.VietnameseText;

/**
 * The deterministic serialisation of a document's content and the hashes derived from it. Every
 * printed string goes in, in print order, NFC, one {@code key=value} line each, with line breaks
 * escaped, so equal content always gives the same hash on every device and JVM.
 */
public final class ContentFingerprint {
  /** Crockford base-32: no I, L, O or U, so a code read aloud or typed is unambiguous. */
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private static final int CODE_LENGTH = 10;

  private ContentFingerprint() {}

  static String contentHash(
      MinutesKind kind,
      UUID inspectionId,
      MinutesHeader header,
      List<MinutesBlock> body,
      MinutesSignatures signatures,
      MinutesAnnex annex,
      String documentTitle) {
    StringBuilder out = new StringBuilder("kiemtra-minutes-v1\n");
    line(out, "kind", kind.name());
    line(out, "inspection", inspectionId.toString());
    line(out, "title", documentTitle);
    line(out, "governing", header.governingBody());
    line(out, "issuing", header.issuingBody());
    line(out, "number", header.numberLine());
    line(out, "national", header.nationalTitle());
    line(out, "motto", header.motto());
    line(out, "placeDate", header.placeAndDate());
    line(out, "type", header.documentType());
    header.summary().forEach(s -> line(out, "summary", s));
    for (MinutesBlock b : body) {
      line(out, "block." + b.kind().name(), b.lead() + "|" + b.text());
    }
    signature(out, "left", signatures.left());
    signature(out, "right", signatures.right());
    signature(out, "centre", signatures.centre());
    if (annex != null) {
      line(out, "annex.label", annex.label());
      line(out, "annex.title", annex.title());
      line(out, "annex.reference", annex.reference());
      annex.columns().forEach(c -> line(out, "annex.column", c));
      for (AnnexRow r : annex.rows()) {
        line(
            out,
            r.area() ? "annex.area" : "annex.row",
            r.code() + "|" + r.text() + "|" + r.result() + "|" + r.score());
      }
      line(out, "annex.total", annex.totalLabel() + "|" + annex.totalScore());
    }
    return sha256Hex(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void signature(StringBuilder out, String key, SignatureBlock block) {
    if (block == null) {
      line(out, "sign." + key, null);
    } else {
      line(out, "sign." + key, block.title() + "|" + block.name());
    }
  }

  private static void line(StringBuilder out, String key, String value) {
    String v = value == null ? "\u2205" : VietnameseText.nfc(value);
    out.append(key)
        .append('=')
        .append(v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
        .append('\n');
  }

  /**
   * The printed verification code: the first 50 bits of the hash in Crockford base-32, as two
   * groups of five ("3FQ9K-M2XTB").
   *
   * @param contentHashHex a SHA-256 in hex
   */
  public static String verificationCode(String contentHashHex) {
    byte[] bytes = HexFormat.of().parseHex(contentHashHex);
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (bytes[i] & 0xFF);
    }
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < CODE_LENGTH; i++) {
      int shift = 64 - 5 * (i + 1);
      code.append(ALPHABET.charAt((int) ((bits >>> shift) & 0x1F)));
      if (i == 4) {
        code.append('-');
      }
    }
    return code.toString();
  }

  /** SHA-256 of the bytes, lower-case hex. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
