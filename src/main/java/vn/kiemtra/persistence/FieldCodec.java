package vn.kiemtra.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import org.jooq.Field;
import vn.kiemtra.core.shared.Decimals;
import vn.kiemtra.core.text.VietnameseText;

/**
 * One canonical text form per column type, so a value read on one device and written on another
 * compares equal: ISO dates and times, plain decimals without trailing zeros, NFC text.
 */
final class FieldCodec {
  /**
   * One digest per thread: looking one up costs more than hashing a field (every row, every field).
   */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  private FieldCodec() {}

  static String encode(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return VietnameseText.nfc(s);
    }
    if (value instanceof BigDecimal d) {
      return Decimals.normal(d).toPlainString();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toString();
    }
    return value.toString();
  }

  static Object decode(Field<?> field, String text) {
    if (text == null) {
      return null;
    }
    Class<?> type = field.getType();
    if (type == String.class) {
      return VietnameseText.nfc(text);
    }
    if (type == UUID.class) {
      return UUID.fromString(text);
    }
    if (type == Integer.class) {
      return Integer.valueOf(text);
    }
    if (type == Long.class) {
      return Long.valueOf(text);
    }
    if (type == Short.class) {
      return Short.valueOf(text);
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(text);
    }
    if (type == Boolean.class) {
      return Boolean.valueOf(text);
    }
    if (type == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.parse(text);
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.parse(text);
    }
    throw new IllegalArgumentException("no text form for " + field + " of " + type);
  }

  /** A short hash of a field's text (null has its own), to notice this device's edits. */
  static String hash(String text) {
    if (text == null) {
      return "-";
    }
    byte[] d = SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 12));
  }
}
