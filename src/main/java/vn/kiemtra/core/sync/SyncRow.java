package vn.kiemtra.core.sync;

import java.util.Map;
import java.util.UUID;

/**
 * One synchronised row as it travels: table, id, content fields as canonical text (the {@code
 * deleted} tombstone flag among them as "true"/"false"), bookkeeping, and the row's clock. A binary
 * column travels as a file named by the SHA-256 in the row's hash column.
 */
public record SyncRow(
    String table, UUID id, RowMeta meta, Map<String, String> values, RowClock clock) {

  /** The tombstone field's name. */
  public static final String DELETED = "deleted";

  public boolean deleted() {
    return "true".equals(values.get(DELETED));
  }
}
