package vn.kiemtra.syncio;

import java.nio.file.Path;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.DeviceDirectory;
import vn.kiemtra.core.sync.DeviceKeyPair;
import vn.kiemtra.core.sync.PackageWriter;
import vn.kiemtra.core.sync.StagedPackage;
import vn.kiemtra.core.sync.SyncPackageException;
import vn.kiemtra.core.sync.SyncPackages;

/**
 * Sync packages as signed zip files ({@code manifest.json}, {@code manifest.sig}, {@code
 * rows/<table>.jsonl}, {@code files/<sha256>}) and Ed25519 device keys.
 */
public final class ZipSyncPackages implements SyncPackages {
  private final Path tempBase;

  /** Unpacks verified packages under the system's temporary folder. */
  public ZipSyncPackages() {
    this(Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** Unpacks verified packages under {@code tempBase}. */
  public ZipSyncPackages(Path tempBase) {
    this.tempBase = tempBase;
  }

  /**
   * Removes the unpacking folders that imports killed before they finished left behind (never one a
   * running import holds); returns how many were removed.
   */
  public int removeStaleStaging() {
    return StagingFolders.removeStale(tempBase, java.time.Instant.now());
  }

  @Override
  public DeviceKeyPair newKeyPair() {
    return Ed25519Keys.newKeyPair();
  }

  @Override
  public String fingerprint(String publicKey) {
    try {
      return Ed25519Keys.fingerprint(publicKey);
    } catch (IllegalArgumentException e) {
      throw new SyncPackageException(PackageRefusals.text("key.badKey"), e);
    }
  }

  @Override
  public PackageWriter create(Path out) {
    return new ZipPackageWriter(out);
  }

  @Override
  public StagedPackage open(
      Path file, DeviceDirectory devices, int schemaVersion, Progress progress) {
    return new PackageOpener(file, tempBase, progress).open(devices, schemaVersion);
  }

  @Override
  public DeviceCard peekDevice(Path file) {
    return PackageOpener.peek(file);
  }

  @Override
  public void writeKeyFile(DeviceCard card, Path out) {
    KeyFileJson.write(card, out);
  }

  @Override
  public DeviceCard readKeyFile(Path file) {
    return KeyFileJson.read(file);
  }
}
