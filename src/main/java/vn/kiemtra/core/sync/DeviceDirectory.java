package vn.kiemtra.core.sync;

import java.util.Optional;
import java.util.UUID;

/** The enrolled devices this database accepts packages from. */
@FunctionalInterface
public interface DeviceDirectory {
  Optional<DeviceCard> find(UUID deviceId);
}
