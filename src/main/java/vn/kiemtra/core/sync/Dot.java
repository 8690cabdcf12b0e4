package vn.kiemtra.core.sync;

import java.util.UUID;

/** One write of one field: the device that made it and that device's counter for the row. */
public record Dot(UUID device, long counter) {}
