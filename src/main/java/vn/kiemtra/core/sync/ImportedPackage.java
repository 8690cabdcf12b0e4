package vn.kiemtra.core.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One package imported into this database, from the package log. */
public record ImportedPackage(
    UUID packageId,
    UUID deviceId,
    String deviceName,
    long sequence,
    String kind,
    OffsetDateTime createdAt,
    OffsetDateTime importedAt,
    String fileName,
    String summary) {}
