package vn.kiemtra.core.inspection;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An inspection as stored, with its revision and the device that last changed it. */
public record StoredInspection(
    Inspection inspection, int revision, OffsetDateTime updatedAt, UUID updatedDevice) {}
