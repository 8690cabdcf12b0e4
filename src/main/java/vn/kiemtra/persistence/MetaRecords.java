package vn.kiemtra.persistence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.VersionedValueType;
import org.h2.mvstore.type.LongDataType;
import org.h2.result.RowFactory;
import org.h2.result.SearchRow;
import org.h2.value.CompareMode;
import org.h2.value.TypeInfo;
import org.h2.value.Value;
import org.h2.value.VersionedValue;

/**
 * Reads the schema an H2 file would execute when opened (its {@code SYS} table: one SQL statement
 * per object) straight from the file, read-only, without starting a database: nothing in the file
 * runs and nothing is written.
 */
final class MetaRecords {
  /** H2 keeps its SYS table (ID, HEAD, TYPE, SQL) in the map of table id 0. */
  private static final String SYS_MAP = "table.0";

  private static final TypeInfo[] SYS_COLUMNS = {
    TypeInfo.TYPE_INTEGER, TypeInfo.TYPE_INTEGER, TypeInfo.TYPE_INTEGER, TypeInfo.TYPE_VARCHAR
  };

  /** One stored object: its H2 object type and the statement that recreates it. */
  record Entry(int type, String sql) {}

  private MetaRecords() {}

  /**
   * Every statement stored in {@code mvDbFile}, committed or not (an unfinished transaction's
   * version is included too, so nothing escapes the check).
   */
  static List<Entry> read(Path mvDbFile) {
    try {
      return read(mvDbFile, true);
    } catch (RuntimeException readOnlyFailed) {
      if (readOnlyFailed instanceof org.h2.mvstore.MVStoreException m
          && m.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED) {
        throw readOnlyFailed;
      }
      // A file left by a crash may need writing to open (H2 repairs its header): read a private
      // copy instead, never the file itself.
      return readCopy(mvDbFile);
    }
  }

  private static List<Entry> readCopy(Path mvDbFile) {
    java.nio.file.Path dir = null;
    try {
      dir = java.nio.file.Files.createTempDirectory("kiemtra-guard-");
      java.nio.file.Path copy = dir.resolve("copy.mv.db");
      java.nio.file.Files.copy(mvDbFile, copy);
      return read(copy, false);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      if (dir != null) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
          // a leftover folder in the system's temporary directory is harmless
        }
      }
    }
  }

  private static List<Entry> read(Path mvDbFile, boolean readOnly) {
    MVStore.Builder builder = new MVStore.Builder().fileName(mvDbFile.toString());
    MVStore store = (readOnly ? builder.readOnly() : builder).open();
    try {
      if (!store.hasMap(SYS_MAP)) {
        throw new IllegalStateException("no SYS table");
      }
      MVMap<Long, VersionedValue<SearchRow>> sys =
          store.openMap(
              SYS_MAP,
              new MVMap.Builder<Long, VersionedValue<SearchRow>>()
                  .keyType(LongDataType.INSTANCE)
                  .valueType(new VersionedValueType<>(rowType())));
      List<Entry> entries = new ArrayList<>();
      for (VersionedValue<SearchRow> value : sys.values()) {
        add(entries, value.getCurrentValue());
        if (value.getCommittedValue() != value.getCurrentValue()) {
          add(entries, value.getCommittedValue());
        }
      }
      return entries;
    } finally {
      store.closeImmediately();
    }
  }

  private static void add(List<Entry> entries, SearchRow row) {
    if (row == null) {
      return;
    }
    Value type = row.getValue(2);
    Value sql = row.getValue(3);
    if (type == null || sql == null || type.getValueType() != Value.INTEGER) {
      throw new IllegalStateException("malformed SYS row");
    }
    entries.add(new Entry(type.getInt(), sql.getString()));
  }

  private static org.h2.mvstore.db.RowDataType rowType() {
    return RowFactory.getDefaultRowFactory()
        .createRowFactory(
            null, CompareMode.getInstance(null, 0), null, null, null, SYS_COLUMNS, 4, false)
        .getRowDataType();
  }
}
