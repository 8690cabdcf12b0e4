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
    MVStore store = new MVStore.Builder().fileName(mvDbFile.toString()).readOnly().open();
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
