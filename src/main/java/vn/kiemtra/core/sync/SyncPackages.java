package vn.kiemtra.core.sync;

import java.nio.file.Path;
import vn.kiemtra.core.shared.Progress;

/**
 * The sync package file format and device keys (implemented in {@code vn.kiemtra.syncio}). A
 * package is data only: a zip of a manifest, its Ed25519 signature, the rows as JSON lines and the
 * evidence files; never SQL and never a database file.
 */
public interface SyncPackages {
  /** The package format this version writes and reads. */
  int FORMAT_VERSION = 1;

  /** A new Ed25519 key pair for this installation. */
  DeviceKeyPair newKeyPair();

  /** The fingerprint of a public key as people compare it ("AB12 CD34 …"). */
  String fingerprint(String publicKey);

  /** Starts a package that will be moved to {@code out} when finished. */
  PackageWriter create(Path out);

  /**
   * Checks the file and unpacks it: refuses (with {@link SyncPackageException}, nothing else
   * touched) an empty, truncated or altered file, a zip that is not a package, a database file, a
   * newer format or schema, a device that {@code devices} does not know ({@link
   * UnknownDeviceException}) and a bad signature.
   */
  StagedPackage open(Path file, DeviceDirectory devices, int schemaVersion, Progress progress);

  /** Reads the manifest's device card without verifying anything (to show who sent a file). */
  DeviceCard peekDevice(Path file);

  /** Writes this device's public card for enrolment at the office. */
  void writeKeyFile(DeviceCard card, Path out);

  /** Reads a card written by {@link #writeKeyFile}; the fingerprint is recomputed from the key. */
  DeviceCard readKeyFile(Path file);
}
