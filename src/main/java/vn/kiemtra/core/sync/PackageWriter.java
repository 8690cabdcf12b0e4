package vn.kiemtra.core.sync;

import java.io.IOException;
import java.io.InputStream;

/**
 * Writes one sync package, streaming: rows (all rows of a table one after another), then files.
 * Nothing appears at the target path until {@link #finish}; closing an unfinished writer removes
 * what it wrote.
 */
public interface PackageWriter extends AutoCloseable {
  /** Adds a row; the rows of one table must come together. */
  void row(SyncRow row);

  /**
   * Adds a file (evidence, signed minutes, scans) named by its SHA-256, read from {@code content}.
   */
  void file(String sha256, long size, InputStream content) throws IOException;

  /**
   * Completes the manifest with the entries written (its {@code entries}, {@code tableCounts},
   * {@code fileCount} and {@code fileBytes} are filled in here), signs it with {@code key} and
   * moves the finished package to the target path.
   *
   * @return the manifest as written
   */
  PackageManifest finish(PackageManifest manifest, DeviceKeyPair key);

  @Override
  void close();
}
