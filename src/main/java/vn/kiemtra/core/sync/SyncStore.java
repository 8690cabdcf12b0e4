package vn.kiemtra.core.sync;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** What sync needs of the database (implemented in persistence). */
public interface SyncStore {
  UUID deviceId();

  /** The schema version of this database (Flyway's latest applied version). */
  int schemaVersion();

  String deviceName();

  void setDeviceName(String name);

  Optional<DeviceKeyPair> keyPair();

  void saveKeyPair(DeviceKeyPair keys);

  List<EnrolledDevice> devices();

  Optional<DeviceCard> device(UUID id);

  /** Registers (or re-registers with the same key) a device whose packages are accepted. */
  void enrol(DeviceCard card);

  /** Runs work in one write transaction: everything or nothing. */
  <T> T write(Function<SyncSession, T> work);

  /** The stored content of a file-carrying row (evidence, signed minutes, scan). */
  InputStream openFile(String table, UUID rowId);

  List<SyncConflict> conflicts(boolean includeResolved);

  /** The packages imported here, newest first. */
  List<ImportedPackage> importedPackages();
}
