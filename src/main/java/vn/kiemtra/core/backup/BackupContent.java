package vn.kiemtra.core.backup;

import java.util.Map;
import java.util.TreeMap;

/**
 * The number of rows per table of one database or backup: what a backup holds.
 *
 * @param revisions the sum of every row's revision: it only grows as the data is written, so a
 *     database file whose sum is below its newest backup's was rolled back (-1 when unknown)
 */
public record BackupContent(
    Map<String, Long> rowCounts, long inspections, long signedInspections, long revisions) {
  public BackupContent {
    rowCounts = java.util.Collections.unmodifiableMap(new TreeMap<>(rowCounts));
  }

  public BackupContent(Map<String, Long> rowCounts, long inspections, long signedInspections) {
    this(rowCounts, inspections, signedInspections, -1);
  }

  public long rows(String table) {
    return rowCounts.getOrDefault(table, 0L);
  }

  /** Tables whose counts differ between the two, for a verification message. */
  public java.util.List<String> differences(BackupContent other) {
    java.util.Set<String> tables = new java.util.TreeSet<>(rowCounts.keySet());
    tables.addAll(other.rowCounts.keySet());
    java.util.List<String> found =
        new java.util.ArrayList<>(
            tables.stream()
                .filter(t -> rows(t) != other.rows(t))
                .map(t -> t + " " + rows(t) + "≠" + other.rows(t))
                .toList());
    if (revisions >= 0 && other.revisions >= 0 && revisions != other.revisions) {
      found.add("revision " + revisions + "≠" + other.revisions);
    }
    return found;
  }
}
