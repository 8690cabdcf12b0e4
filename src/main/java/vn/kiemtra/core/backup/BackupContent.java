package vn.kiemtra.core.backup;

import java.util.Map;
import java.util.TreeMap;

/** The number of live rows per table of one database or backup: what a backup holds. */
public record BackupContent(Map<String, Long> rowCounts, long inspections, long signedInspections) {
  public BackupContent {
    rowCounts = java.util.Collections.unmodifiableMap(new TreeMap<>(rowCounts));
  }

  public long rows(String table) {
    return rowCounts.getOrDefault(table, 0L);
  }

  /** Tables whose counts differ between the two, for a verification message. */
  public java.util.List<String> differences(BackupContent other) {
    java.util.Set<String> tables = new java.util.TreeSet<>(rowCounts.keySet());
    tables.addAll(other.rowCounts.keySet());
    return tables.stream()
        .filter(t -> rows(t) != other.rows(t))
        .map(t -> t + " " + rows(t) + "≠" + other.rows(t))
        .toList();
  }
}
