package vn.kiemtra.syncio;

import java.nio.file.Path;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.SyncPackageException;
import vn.kiemtra.core.sync.UnknownDeviceException;

/** The refusals of a package or key file, each a message saying what is wrong and what to do. */
final class PackageRefusals {
  private PackageRefusals() {}

  static String text(String key, Object... args) {
    return Messages.of("syncio").get(key, args);
  }

  static SyncPackageException refuse(String key, Object... args) {
    return new SyncPackageException(text(key, args));
  }

  static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  static SyncPackageException of(String key, Path file) {
    return refuse(key, name(file));
  }

  static SyncPackageException damaged(Path file, Throwable cause) {
    return new SyncPackageException(text("file.damaged", name(file)), cause);
  }

  static SyncPackageException unreadable(Path file, Throwable cause) {
    return new SyncPackageException(
        text("file.unreadable", name(file), String.valueOf(cause.getMessage())), cause);
  }

  static SyncPackageException malformed(Path file, String detail) {
    return refuse("package.malformedManifest", name(file), detail);
  }

  static SyncPackageException entry(String key, Path file, String entry) {
    return refuse(key, name(file), entry);
  }

  static UnknownDeviceException unknownDevice(Path file, DeviceCard claimed) {
    return new UnknownDeviceException(
        text(
            "package.unknownDevice",
            name(file),
            claimed.name(),
            claimed.id(),
            claimed.fingerprint()),
        claimed);
  }

  static SyncPackageException keyMismatch(Path file, DeviceCard claimed, DeviceCard enrolled) {
    return refuse(
        "package.keyMismatch",
        name(file),
        claimed.name(),
        claimed.id(),
        claimed.fingerprint(),
        enrolled.fingerprint());
  }
}
