package vn.kiemtra.core.inspection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An inspection as stored, with its revision and the device that last changed it.
 *
 * @param revision the revision of the inspection's own row
 * @param version the version of the whole aggregate (the inspection and all its child rows): it
 *     grows with every committed change of any of them, made here or merged from another device. An
 *     edit saved with {@link InspectionRepository#save(Inspection, long)} must name it.
 */
public record StoredInspection(
    Inspection inspection,
    int revision,
    OffsetDateTime updatedAt,
    UUID updatedDevice,
    long version) {

  /** A stored inspection whose aggregate version is its row revision (fakes, older callers). */
  public StoredInspection(
      Inspection inspection, int revision, OffsetDateTime updatedAt, UUID updatedDevice) {
    this(inspection, revision, updatedAt, updatedDevice, revision);
  }
}
