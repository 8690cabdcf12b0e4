package vn.kiemtra.core.sync;

import java.nio.file.Path;
import java.util.Map;

/** What an export wrote: the file, its sequence number and what it holds. */
public record ExportResult(
    Path file,
    long sequence,
    String kind,
    Map<String, Integer> rowsPerTable,
    int files,
    long fileBytes,
    long packageBytes) {
  public int rows() {
    return rowsPerTable.values().stream().mapToInt(Integer::intValue).sum();
  }
}
