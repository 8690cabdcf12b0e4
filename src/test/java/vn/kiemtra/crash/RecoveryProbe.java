package vn.kiemtra.crash;

import java.util.Optional;
import vn.kiemtra.AppContext;

/** Whether opening the database needed recovery, and how many changes it replayed. */
final class RecoveryProbe {
  private RecoveryProbe() {}

  static Optional<Integer> replayed(AppContext app) {
    return Optional.empty();
  }
}
