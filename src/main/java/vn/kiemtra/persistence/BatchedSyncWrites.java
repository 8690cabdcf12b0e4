package vn.kiemtra.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The writes of a sync import held back and sent as JDBC batches instead of one statement each: new
 * rows (a file's content streamed from its verified staged copy), updated rows, and their sync
 * state. Row writes keep their order (a batch ends where the statement changes: another table,
 * insert after update, other columns), so constraints see them as written one by one; sync state
 * rows are independent of each other and of the data rows. The session sends everything before a
 * read that could see it; at most {@link #SIZE} rows wait per batch, so the heap bound of a
 * streaming import does not change (a file waits as its path, and H2 reads it when it is sent).
 */
final class BatchedSyncWrites {
  static final int SIZE = 500;

  private static final String STATE_MERGE =
      "MERGE INTO SYNC_STATE (TABLE_NAME, ROW_ID, ROW_REVISION, CHANGE_NO, CLOCK, FIELD_HASHES)"
          + " KEY (TABLE_NAME, ROW_ID) VALUES (?, ?, ?, ?, ?, ?)";
  private static final String STATE_TOUCH =
      "UPDATE SYNC_STATE SET ROW_REVISION = ?, CLOCK = ? WHERE TABLE_NAME = ? AND ROW_ID = ?";

  private final DSLContext ctx;
  private String rowSql;
  private final List<Object[]> rows = new ArrayList<>();
  private final List<Object[]> stateMerges = new ArrayList<>();
  private final List<Object[]> stateTouches = new ArrayList<>();
  private final Set<String> held = new HashSet<>();

  BatchedSyncWrites(DSLContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Queues a new row: its columns and values; a {@link Path} value is a file whose content the
   * column gets.
   */
  void insert(Table<?> t, UUID id, Map<Field<?>, Object> values) {
    String sql =
        "INSERT INTO "
            + t.getName()
            + " ("
            + values.keySet().stream().map(Field::getName).collect(Collectors.joining(", "))
            + ") VALUES ("
            + "?, ".repeat(values.size() - 1)
            + "?)";
    queueRow(sql, key(t, id), values.values().toArray());
  }

  /** Queues the update of a stored row's columns. */
  void update(Table<?> t, UUID id, Map<Field<?>, Object> values) {
    String sql =
        "UPDATE "
            + t.getName()
            + " SET "
            + values.keySet().stream()
                .map(f -> f.getName() + " = ?")
                .collect(Collectors.joining(", "))
            + " WHERE ID = ?";
    Object[] params = new Object[values.size() + 1];
    int i = 0;
    for (Object v : values.values()) {
      params[i++] = v;
    }
    params[i] = id;
    queueRow(sql, key(t, id), params);
  }

  /** Queues a row's whole sync state (made or replaced). */
  void mergeState(
      String table, UUID id, int revision, long changeNo, String clock, String fieldHashes) {
    held.add(key(table, id));
    stateMerges.add(new Object[] {table, id, revision, changeNo, clock, fieldHashes});
    if (stateMerges.size() >= SIZE) {
      flush();
    }
  }

  /** Queues a new revision and clock for a row whose content did not change. */
  void touchState(String table, UUID id, int revision, String clock) {
    held.add(key(table, id));
    stateTouches.add(new Object[] {revision, clock, table, id});
    if (stateTouches.size() >= SIZE) {
      flush();
    }
  }

  /** True when a write of the row or of its state is queued and not yet in the database. */
  boolean holds(Table<?> t, UUID id) {
    return held.contains(key(t, id));
  }

  private void queueRow(String sql, String key, Object[] params) {
    if (!sql.equals(rowSql)) {
      flushRows();
      rowSql = sql;
    }
    held.add(key);
    rows.add(params);
    if (rows.size() >= SIZE) {
      flush();
    }
  }

  /** Sends what is queued: the rows in their order, then the sync state. */
  void flush() {
    try {
      flushRows();
      send(STATE_MERGE, stateMerges);
      send(STATE_TOUCH, stateTouches);
    } finally {
      // Sent or refused, never sent twice: a refusal rolls the whole transaction back.
      stateMerges.clear();
      stateTouches.clear();
      held.clear();
    }
  }

  private void flushRows() {
    try {
      send(rowSql, rows);
    } finally {
      rows.clear();
      rowSql = null;
    }
  }

  private void send(String sql, List<Object[]> batch) {
    if (batch.isEmpty()) {
      return;
    }
    ctx.connection(c -> execute(c, sql, batch));
  }

  private static void execute(Connection c, String sql, List<Object[]> batch) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Object[] params : batch) {
        for (int i = 0; i < params.length; i++) {
          if (params[i] instanceof Path file) {
            // H2 copies the stream into its large-object store here; the batch keeps a reference.
            try (InputStream in = Files.newInputStream(file)) {
              ps.setBinaryStream(i + 1, in, Files.size(file));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          } else {
            ps.setObject(i + 1, params[i]);
          }
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String key(Table<?> t, UUID id) {
    return key(SyncedTables.name(t), id);
  }

  private static String key(String table, UUID id) {
    return table + "/" + id;
  }
}
