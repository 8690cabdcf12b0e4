package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.SYNC_STATE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * New rows a sync import adds, with their sync state, held back and sent as JDBC batches of one
 * statement shape (one table, the same columns) instead of one statement each. The session sends
 * them before anything that could read or depend on them; at most {@link #SIZE} rows wait, so the
 * heap bound of a streaming import does not change. Works for any synchronised table.
 */
final class BatchedInserts {
  static final int SIZE = 500;

  private static final List<Field<?>> STATE_FIELDS =
      List.of(
          SYNC_STATE.TABLE_NAME,
          SYNC_STATE.ROW_ID,
          SYNC_STATE.ROW_REVISION,
          SYNC_STATE.CHANGE_NO,
          SYNC_STATE.CLOCK,
          SYNC_STATE.FIELD_HASHES);

  private final DSLContext ctx;
  private Table<?> table;
  private List<Field<?>> fields = List.of();
  private final List<Object[]> rows = new ArrayList<>();
  private final List<Object[]> states = new ArrayList<>();
  private final Set<UUID> ids = new HashSet<>();

  BatchedInserts(DSLContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Queues a new row of {@code t} (its columns and values in {@code values}) and its sync state row
   * (table name, row id, revision, change number, clock, field hashes).
   */
  void add(Table<?> t, UUID id, Map<Field<?>, Object> values, Object[] state) {
    List<Field<?>> columns = List.copyOf(values.keySet());
    if (t != table || !columns.equals(fields)) {
      flush();
      table = t;
      fields = columns;
    }
    rows.add(values.values().toArray());
    states.add(state);
    ids.add(id);
    if (rows.size() >= SIZE) {
      flush();
    }
  }

  /** True when the row is queued and not yet in the database. */
  boolean holds(Table<?> t, UUID id) {
    return t == table && ids.contains(id);
  }

  /** Sends what is queued: the rows first, then their sync state. */
  void flush() {
    if (rows.isEmpty()) {
      return;
    }
    try {
      BatchBindStep insert =
          ctx.batch(
              ctx.insertInto(table)
                  .columns(fields)
                  .values(Collections.nCopies(fields.size(), null)));
      for (Object[] row : rows) {
        insert = insert.bind(row);
      }
      insert.execute();
      // A state row can outlive its data row (a file restored from an older backup): merge it.
      BatchBindStep state =
          ctx.batch(
              ctx.mergeInto(SYNC_STATE)
                  .columns(STATE_FIELDS)
                  .key(SYNC_STATE.TABLE_NAME, SYNC_STATE.ROW_ID)
                  .values(Collections.nCopies(STATE_FIELDS.size(), null)));
      for (Object[] s : states) {
        state = state.bind(s);
      }
      state.execute();
    } finally {
      // Sent or refused, never sent twice: a refusal rolls the whole transaction back.
      rows.clear();
      states.clear();
      ids.clear();
    }
  }
}
