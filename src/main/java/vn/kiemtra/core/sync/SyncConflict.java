package vn.kiemtra.core.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A field whose two versions could not be merged. Both values are kept here; the row shows {@code
 * currentValue} until a person decides.
 *
 * @param context what the row is, for people ("Kiểm tra Sở Tư pháp · tiêu chí 3.2")
 * @param inspectionId the inspection the row belongs to, or null for reference data
 */
public record SyncConflict(
    UUID id,
    ConflictKind kind,
    String table,
    UUID rowId,
    String field,
    UUID inspectionId,
    String context,
    String localValue,
    UUID localDevice,
    String incomingValue,
    UUID incomingDevice,
    String currentValue,
    OffsetDateTime detectedAt,
    OffsetDateTime resolvedAt,
    String resolvedValue) {
  public boolean resolved() {
    return resolvedAt != null;
  }
}
