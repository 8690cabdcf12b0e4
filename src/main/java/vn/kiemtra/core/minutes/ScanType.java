package vn.kiemtra.core.minutes;

import java.util.Optional;

/** Recognises the scan formats accepted for signed paper minutes by their first bytes. */
final class ScanType {
  private ScanType() {}

  static Optional<String> detect(byte[] b) {
    if (starts(b, '%', 'P', 'D', 'F', '-')) {
      return Optional.of("application/pdf");
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return Optional.of("image/jpeg");
    }
    if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && starts(slice(b, 1), 'P', 'N', 'G')) {
      return Optional.of("image/png");
    }
    return Optional.empty();
  }

  private static byte[] slice(byte[] b, int from) {
    byte[] out = new byte[b.length - from];
    System.arraycopy(b, from, out, 0, out.length);
    return out;
  }

  private static boolean starts(byte[] b, char... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != (byte) prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
