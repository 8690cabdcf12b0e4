package vn.kiemtra.core.sync;

/**
 * The package comes from a device this database has not enrolled. Carries the card the package
 * claims, so the window can show the fingerprint and ask whether to enrol it.
 */
public final class UnknownDeviceException extends SyncPackageException {
  private final transient DeviceCard claimed;

  public UnknownDeviceException(String message, DeviceCard claimed) {
    super(message);
    this.claimed = claimed;
  }

  public DeviceCard claimed() {
    return claimed;
  }
}
