package vn.kiemtra.core.sync;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a sync package says of itself ({@code manifest.json}). The signature covers the manifest,
 * and the manifest names the SHA-256 of every other entry, so one signature covers it all.
 *
 * @param formatVersion the package format ({@link SyncPackages#FORMAT_VERSION})
 * @param sequence the sending device's package counter, 1, 2, 3… (gaps are reported)
 * @param schemaVersion the sender's database schema version (Flyway's latest applied)
 * @param kind {@code incremental}, {@code full} or {@code office}
 * @param fromChange first change number of the sender included (1 for a full package)
 * @param toChange last change number of the sender included
 * @param acknowledgements per peer device: the highest change number of that peer this sender has
 *     received without a gap
 * @param tableCounts rows per table
 */
public record PackageManifest(
    int formatVersion,
    UUID packageId,
    DeviceCard device,
    long sequence,
    OffsetDateTime createdAt,
    int schemaVersion,
    String kind,
    long fromChange,
    long toChange,
    Map<UUID, Long> acknowledgements,
    Map<String, Integer> tableCounts,
    int fileCount,
    long fileBytes,
    List<ManifestEntry> entries) {}
