package vn.kiemtra.crash;

import java.util.Optional;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.backup.RecoveryReport;

/** Whether opening the database needed recovery, and what the recovery could not bring back. */
final class RecoveryProbe {
  private RecoveryProbe() {}

  /** The recovery report, when the file did not open and was recovered. */
  static Optional<RecoveryReport> of(AppContext app) {
    return app.recovery();
  }
}
