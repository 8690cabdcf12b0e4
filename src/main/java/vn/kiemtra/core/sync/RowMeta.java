package vn.kiemtra.core.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The bookkeeping every synchronised row carries besides its content. */
public record RowMeta(
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID originDevice,
    UUID updatedDevice,
    int revision) {}
