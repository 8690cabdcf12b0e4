package vn.kiemtra.core.backup;

import java.util.UUID;

/** What the journaling stores tell the backup service. */
public interface SafetyNet {
  /** A journal entry reached the disk. */
  void journalWritten();

  /** A journal entry could not be written (a full disk, a removed drive). */
  void journalFailed(RuntimeException cause);

  /** Minutes were signed (or numbered): a backup keeps that state for good. */
  void minutesSigned(UUID inspectionId, String title);
}
