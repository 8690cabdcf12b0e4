package vn.kiemtra.core.minutes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A scan or photo of the signed paper minutes, attached after signing. Stored once, never
 * rewritten.
 */
public record MinutesScan(
    UUID id,
    UUID inspectionId,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    OffsetDateTime createdAt) {}
