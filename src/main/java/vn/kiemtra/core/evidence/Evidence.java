package vn.kiemtra.core.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Metadata of an evidence file (photo, scan) attached to an inspection or one criterion. */
public record Evidence(
    UUID id,
    UUID inspectionId,
    String criterionCode,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    String caption,
    OffsetDateTime createdAt) {

  public boolean isImage() {
    return mediaType != null && mediaType.startsWith("image/");
  }
}
