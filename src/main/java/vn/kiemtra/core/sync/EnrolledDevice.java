package vn.kiemtra.core.sync;

import java.time.OffsetDateTime;

/**
 * A device in this database's register, with when it was enrolled, the last package number received
 * from it and how far it has acknowledged this database's changes.
 */
public record EnrolledDevice(
    DeviceCard card, OffsetDateTime enrolledAt, long lastSequence, long acknowledgedChange) {}
