package vn.kiemtra.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Writes the desired state of a set of rows with the bookkeeping every synchronised row carries: a
 * new row gets revision 1 and this device as origin; a row whose content changed gets the next
 * revision; a row no longer wanted becomes a tombstone. Unchanged rows are not touched.
 */
final class RowWriter {
  static final String ID = "ID";
  static final String CREATED_AT = "CREATED_AT";
  static final String UPDATED_AT = "UPDATED_AT";
  static final String ORIGIN_DEVICE = "ORIGIN_DEVICE";
  static final String UPDATED_DEVICE = "UPDATED_DEVICE";
  static final String REVISION = "REVISION";
  static final String DELETED = "DELETED";

  private final DSLContext ctx;
  private final UUID device;
  private final OffsetDateTime now;
  private int changed;

  RowWriter(DSLContext ctx, UUID device, OffsetDateTime now) {
    this.ctx = ctx;
    this.device = device;
    this.now = now;
  }

  /** Number of rows inserted, updated or tombstoned so far. */
  int changed() {
    return changed;
  }

  /** One row's wanted content: its id and its content columns (no bookkeeping columns). */
  static final class Row {
    final UUID id;
    final Map<Field<?>, Object> values = new LinkedHashMap<>();

    Row(UUID id) {
      this.id = id;
    }

    <T> Row set(Field<T> field, T value) {
      values.put(field, value instanceof String s ? VietnameseText.nfc(s) : value);
      return this;
    }
  }

  /**
   * Makes the live children of {@code parentId} in {@code table} exactly {@code desired}.
   *
   * @return the number of rows changed
   */
  <R extends Record> int syncChildren(
      Table<R> table, TableField<R, UUID> parentField, UUID parentId, List<Row> desired) {
    Map<UUID, R> existing = new HashMap<>();
    for (R r : ctx.selectFrom(table).where(parentField.eq(parentId)).fetch()) {
      existing.put(r.get(idField(table)), r);
    }
    int before = changed;
    for (Row row : desired) {
      row.values.put(parentField, parentId);
      upsert(table, existing.remove(row.id), row);
    }
    for (R stale : existing.values()) {
      if (!Boolean.TRUE.equals(stale.get(field(table, DELETED, Boolean.class)))) {
        tombstone(table, stale);
      }
    }
    return changed - before;
  }

  /**
   * Inserts or updates one row.
   *
   * @return true when the row changed
   */
  <R extends Record> boolean upsert(Table<R> table, Row row) {
    R existing = ctx.selectFrom(table).where(idField(table).eq(row.id)).fetchOne();
    return upsert(table, existing, row);
  }

  /** Marks a row deleted. */
  <R extends Record> boolean delete(Table<R> table, UUID id) {
    R existing = ctx.selectFrom(table).where(idField(table).eq(id)).fetchOne();
    if (existing == null
        || Boolean.TRUE.equals(existing.get(field(table, DELETED, Boolean.class)))) {
      return false;
    }
    tombstone(table, existing);
    return true;
  }

  /** Takes a row out of the trash. */
  <R extends Record> boolean undelete(Table<R> table, UUID id) {
    R existing = ctx.selectFrom(table).where(idField(table).eq(id)).fetchOne();
    if (existing == null
        || !Boolean.TRUE.equals(existing.get(field(table, DELETED, Boolean.class)))) {
      return false;
    }
    ctx.update(table)
        .set(field(table, DELETED, Boolean.class), false)
        .set(field(table, REVISION, Integer.class), revision(table, existing) + 1)
        .set(field(table, UPDATED_AT, OffsetDateTime.class), now)
        .set(field(table, UPDATED_DEVICE, UUID.class), device)
        .where(idField(table).eq(id))
        .execute();
    changed++;
    return true;
  }

  /** Bumps a row's revision although its own columns did not change (a child did). */
  <R extends Record> void touch(Table<R> table, UUID id) {
    R existing = ctx.selectFrom(table).where(idField(table).eq(id)).fetchOne();
    if (existing == null) {
      return;
    }
    ctx.update(table)
        .set(field(table, REVISION, Integer.class), revision(table, existing) + 1)
        .set(field(table, UPDATED_AT, OffsetDateTime.class), now)
        .set(field(table, UPDATED_DEVICE, UUID.class), device)
        .where(idField(table).eq(id))
        .execute();
  }

  private <R extends Record> boolean upsert(Table<R> table, R existing, Row row) {
    if (existing == null) {
      var insert = ctx.insertInto(table).set(idField(table), row.id);
      for (Map.Entry<Field<?>, Object> e : row.values.entrySet()) {
        insert = insert.set(uncheckedField(e.getKey()), e.getValue());
      }
      insert
          .set(field(table, CREATED_AT, OffsetDateTime.class), now)
          .set(field(table, UPDATED_AT, OffsetDateTime.class), now)
          .set(field(table, ORIGIN_DEVICE, UUID.class), device)
          .set(field(table, UPDATED_DEVICE, UUID.class), device)
          .set(field(table, REVISION, Integer.class), 1)
          .set(field(table, DELETED, Boolean.class), false)
          .execute();
      changed++;
      return true;
    }
    boolean wasDeleted = Boolean.TRUE.equals(existing.get(field(table, DELETED, Boolean.class)));
    boolean differs = wasDeleted;
    for (Map.Entry<Field<?>, Object> e : row.values.entrySet()) {
      if (!sameValue(existing.get(e.getKey()), e.getValue())) {
        differs = true;
        break;
      }
    }
    if (!differs) {
      return false;
    }
    var update = ctx.update(table).set(field(table, DELETED, Boolean.class), false);
    for (Map.Entry<Field<?>, Object> e : row.values.entrySet()) {
      update = update.set(uncheckedField(e.getKey()), e.getValue());
    }
    update
        .set(field(table, REVISION, Integer.class), revision(table, existing) + 1)
        .set(field(table, UPDATED_AT, OffsetDateTime.class), now)
        .set(field(table, UPDATED_DEVICE, UUID.class), device)
        .where(idField(table).eq(row.id))
        .execute();
    changed++;
    return true;
  }

  private <R extends Record> void tombstone(Table<R> table, R existing) {
    ctx.update(table)
        .set(field(table, DELETED, Boolean.class), true)
        .set(field(table, REVISION, Integer.class), revision(table, existing) + 1)
        .set(field(table, UPDATED_AT, OffsetDateTime.class), now)
        .set(field(table, UPDATED_DEVICE, UUID.class), device)
        .where(idField(table).eq(existing.get(idField(table))))
        .execute();
    changed++;
  }

  static boolean sameValue(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  private static <R extends Record> int revision(Table<R> table, R record) {
    Integer r = record.get(field(table, REVISION, Integer.class));
    return r == null ? 0 : r;
  }

  static <R extends Record> Field<UUID> idField(Table<R> table) {
    return field(table, ID, UUID.class);
  }

  @SuppressWarnings("unchecked")
  static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
    Field<?> f = table.field(name);
    if (f == null) {
      throw new IllegalArgumentException(table.getName() + " has no column " + name);
    }
    return (Field<T>) f;
  }

  @SuppressWarnings("unchecked")
  private static Field<Object> uncheckedField(Field<?> f) {
    return (Field<Object>) f;
  }
}
