package vn.kiemtra.syncio;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Passes bytes on while counting them and computing their SHA-256; never closes its target. */
final class HashingOutputStream extends OutputStream {
  private final OutputStream target;
  private final MessageDigest digest = Ed25519Keys.sha256();
  private long size;

  HashingOutputStream(OutputStream target) {
    this.target = target;
  }

  @Override
  public void write(int b) throws IOException {
    target.write(b);
    digest.update((byte) b);
    size++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    target.write(b, off, len);
    digest.update(b, off, len);
    size += len;
  }

  @Override
  public void flush() throws IOException {
    target.flush();
  }

  /** Leaves the target open (it is the zip stream, which holds further entries). */
  @Override
  public void close() {}

  long size() {
    return size;
  }

  /** The SHA-256 of everything written, lower-case hex. */
  String sha256() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
