package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.INSPECTION;
import static vn.kiemtra.persistence.jooq.Tables.RECOMMENDATION;
import static vn.kiemtra.persistence.jooq.Tables.SYNC_CONFLICT;
import static vn.kiemtra.persistence.jooq.Tables.SYNC_DEVICE;
import static vn.kiemtra.persistence.jooq.Tables.SYNC_PACKAGE;
import static vn.kiemtra.persistence.jooq.Tables.SYNC_STATE;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.kiemtra.core.sync.ClockCodec;
import vn.kiemtra.core.sync.PackageManifest;
import vn.kiemtra.core.sync.RowClock;
import vn.kiemtra.core.sync.RowMeta;
import vn.kiemtra.core.sync.SyncConflict;
import vn.kiemtra.core.sync.SyncRow;
import vn.kiemtra.core.sync.SyncSession;

/** One sync write transaction on H2: reads rows with their clocks, stamps edits, writes merges. */
final class JooqSyncSession implements SyncSession {
  private static final String CHANGE_KEY = "sync.change";
  private static final String SEQUENCE_KEY = "sync.sequence";

  private final DSLContext ctx;
  private final UUID device;
  private final OffsetDateTime now;
  private long change = -1;
  private boolean changeDirty;
  private final BatchedSyncWrites batched;

  /** What the stored rows last read ({@link #row}, {@link #rows}) were, so a put need not ask. */
  private final Map<String, Stored> seen = new HashMap<>();

  /** A row as last read: not stored, stored without sync state (written before sync), stored. */
  private enum Stored {
    ABSENT,
    WITHOUT_STATE,
    WITH_STATE
  }

  JooqSyncSession(DSLContext ctx, UUID device, OffsetDateTime now) {
    this.ctx = ctx;
    this.device = device;
    this.now = now;
    this.batched = new BatchedSyncWrites(ctx);
  }

  @Override
  public List<String> tables() {
    return SyncedTables.names();
  }

  @Override
  public String fileField(String table) {
    return SyncedTables.fileField(table);
  }

  @Override
  public String fileSizeField(String table) {
    return SyncedTables.fileSizeField(table);
  }

  @Override
  public long stamp() {
    batched.flush();
    for (Table<?> t : SyncedTables.ORDER) {
      String name = SyncedTables.name(t);
      Field<Integer> revision = RowWriter.field(t, RowWriter.REVISION, Integer.class);
      List<Field<?>> select = new ArrayList<>(SyncedTables.rowFields(t));
      select.add(SYNC_STATE.ROW_ID);
      select.add(SYNC_STATE.CLOCK);
      select.add(SYNC_STATE.FIELD_HASHES);
      List<Record> stale =
          ctx.select(select)
              .from(t)
              .leftJoin(SYNC_STATE)
              .on(SYNC_STATE.TABLE_NAME.eq(name))
              .and(SYNC_STATE.ROW_ID.eq(RowWriter.idField(t)))
              .where(SYNC_STATE.ROW_ID.isNull().or(SYNC_STATE.ROW_REVISION.ne(revision)))
              .fetch();
      for (Record r : stale) {
        Map<String, String> values = values(t, r);
        Map<String, String> hashes = hashes(values);
        boolean known = r.get(SYNC_STATE.ROW_ID) != null;
        Map<String, String> before =
            known ? decodeHashes(r.get(SYNC_STATE.FIELD_HASHES)) : Map.of();
        List<String> changed = new ArrayList<>();
        hashes.forEach(
            (f, h) -> {
              if (!h.equals(before.get(f))) {
                changed.add(f);
              }
            });
        UUID id = r.get(RowWriter.idField(t));
        if (known && changed.isEmpty()) {
          ctx.update(SYNC_STATE)
              .set(SYNC_STATE.ROW_REVISION, r.get(revision))
              .where(SYNC_STATE.TABLE_NAME.eq(name))
              .and(SYNC_STATE.ROW_ID.eq(id))
              .execute();
          continue;
        }
        RowClock clock =
            known
                ? ClockCodec.decode(r.get(SYNC_STATE.CLOCK)).withWrite(device, changed)
                : RowClock.created(id, values);
        saveState(name, id, r.get(revision), clock, hashes, known);
      }
    }
    return currentChange();
  }

  private void saveState(
      String table,
      UUID id,
      int revision,
      RowClock clock,
      Map<String, String> hashes,
      boolean known) {
    long no = nextChange();
    if (known) {
      ctx.update(SYNC_STATE)
          .set(SYNC_STATE.ROW_REVISION, revision)
          .set(SYNC_STATE.CHANGE_NO, no)
          .set(SYNC_STATE.CLOCK, ClockCodec.encode(clock))
          .set(SYNC_STATE.FIELD_HASHES, encodeHashes(hashes))
          .where(SYNC_STATE.TABLE_NAME.eq(table))
          .and(SYNC_STATE.ROW_ID.eq(id))
          .execute();
    } else {
      ctx.insertInto(SYNC_STATE)
          .set(SYNC_STATE.TABLE_NAME, table)
          .set(SYNC_STATE.ROW_ID, id)
          .set(SYNC_STATE.ROW_REVISION, revision)
          .set(SYNC_STATE.CHANGE_NO, no)
          .set(SYNC_STATE.CLOCK, ClockCodec.encode(clock))
          .set(SYNC_STATE.FIELD_HASHES, encodeHashes(hashes))
          .execute();
    }
  }

  @Override
  public long nextSequence() {
    batched.flush();
    long next = Long.parseLong(setting(SEQUENCE_KEY, "0")) + 1;
    putSetting(SEQUENCE_KEY, Long.toString(next));
    return next;
  }

  @Override
  public void forEachRow(
      String table, long sinceChange, Set<UUID> inspections, Consumer<SyncRow> action) {
    batched.flush();
    Table<?> t = SyncedTables.table(table);
    Condition where = SYNC_STATE.CHANGE_NO.gt(sinceChange).and(SyncedTables.travels(t));
    Field<?> inspection = SyncedTables.inspectionField(t);
    if (inspections != null && inspection != null) {
      @SuppressWarnings("unchecked")
      Field<UUID> f = (Field<UUID>) inspection;
      where = where.and(f.in(inspections));
    }
    try (Cursor<Record> cursor =
        selectWithState(t).where(where).orderBy(SYNC_STATE.CHANGE_NO).fetchSize(500).fetchLazy()) {
      for (Record r : cursor) {
        action.accept(syncRow(t, r));
      }
    }
  }

  private org.jooq.SelectOnConditionStep<Record> selectWithState(Table<?> t) {
    List<Field<?>> select = new ArrayList<>(SyncedTables.rowFields(t));
    select.add(SYNC_STATE.CLOCK);
    return ctx.select(select)
        .from(t)
        .join(SYNC_STATE)
        .on(SYNC_STATE.TABLE_NAME.eq(SyncedTables.name(t)))
        .and(SYNC_STATE.ROW_ID.eq(RowWriter.idField(t)));
  }

  @Override
  public SyncRow row(String table, UUID id) {
    return rows(table, List.of(id)).get(id);
  }

  /**
   * The stored rows with their clocks, in one query; remembers which were found for {@link #put}.
   */
  @Override
  public Map<UUID, SyncRow> rows(String table, Collection<UUID> ids) {
    Table<?> t = SyncedTables.table(table);
    for (UUID id : ids) {
      if (batched.holds(t, id)) {
        batched.flush();
        break;
      }
    }
    seen.clear();
    Map<UUID, SyncRow> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<Field<?>> select = new ArrayList<>(SyncedTables.rowFields(t));
    select.add(SYNC_STATE.ROW_ID);
    select.add(SYNC_STATE.CLOCK);
    Field<UUID> idField = RowWriter.idField(t);
    for (Record r :
        ctx.select(select)
            .from(t)
            .leftJoin(SYNC_STATE)
            .on(SYNC_STATE.TABLE_NAME.eq(table))
            .and(SYNC_STATE.ROW_ID.eq(idField))
            .where(idField.in(ids))
            .fetch()) {
      UUID id = r.get(idField);
      if (r.get(SYNC_STATE.ROW_ID) == null) {
        // A row written before sync existed and never stamped (stamp runs first, so rarely).
        seen.put(key(table, id), Stored.WITHOUT_STATE);
        out.put(id, new SyncRow(table, id, meta(t, r), values(t, r), RowClock.empty()));
      } else {
        seen.put(key(table, id), Stored.WITH_STATE);
        out.put(id, syncRow(t, r));
      }
    }
    for (UUID id : ids) {
      seen.putIfAbsent(key(table, id), Stored.ABSENT);
    }
    return out;
  }

  private static String key(String table, UUID id) {
    return table + "/" + id;
  }

  private SyncRow syncRow(Table<?> t, Record r) {
    return new SyncRow(
        SyncedTables.name(t),
        r.get(RowWriter.idField(t)),
        meta(t, r),
        values(t, r),
        ClockCodec.decode(r.get(SYNC_STATE.CLOCK)));
  }

  private static RowMeta meta(Table<?> t, Record r) {
    return new RowMeta(
        r.get(RowWriter.field(t, RowWriter.CREATED_AT, OffsetDateTime.class)),
        r.get(RowWriter.field(t, RowWriter.UPDATED_AT, OffsetDateTime.class)),
        r.get(RowWriter.field(t, RowWriter.ORIGIN_DEVICE, UUID.class)),
        r.get(RowWriter.field(t, RowWriter.UPDATED_DEVICE, UUID.class)),
        r.get(RowWriter.field(t, RowWriter.REVISION, Integer.class)));
  }

  private static Map<String, String> values(Table<?> t, Record r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Field<?> f : SyncedTables.contentFields(t)) {
      out.put(f.getName().toLowerCase(Locale.ROOT), FieldCodec.encode(r.get(f)));
    }
    return out;
  }

  @Override
  public UUID inspectionOf(SyncRow row) {
    if (row.table().equals("inspection")) {
      return row.id();
    }
    String id = row.values().get("inspection_id");
    return id == null ? null : UUID.fromString(id);
  }

  @Override
  public Set<UUID> lockedInspections() {
    batched.flush();
    return new HashSet<>(
        ctx.select(INSPECTION.ID)
            .from(INSPECTION)
            .where(INSPECTION.STATUS.eq("SIGNED"))
            .fetch(INSPECTION.ID));
  }

  @Override
  public Set<UUID> openInspections() {
    batched.flush();
    return new HashSet<>(
        ctx.select(INSPECTION.ID)
            .from(INSPECTION)
            .where(INSPECTION.STATUS.ne("SIGNED"))
            .or(
                DSL.exists(
                    DSL.selectOne()
                        .from(RECOMMENDATION)
                        .where(RECOMMENDATION.INSPECTION_ID.eq(INSPECTION.ID))
                        .and(RECOMMENDATION.DELETED.isFalse())
                        .and(RECOMMENDATION.STATUS.ne("DONE"))))
            .fetch(INSPECTION.ID));
  }

  /**
   * Queues the merged row (an insert, with its file's content when it carries one, or an update),
   * its search key computed from the merged content, and its sync state; all sent in batches.
   */
  @Override
  public void put(SyncRow row, Path file, boolean changed) {
    Table<?> t = SyncedTables.table(row.table());
    Stored stored = seen.remove(key(row.table(), row.id()));
    if (stored == null || batched.holds(t, row.id())) {
      batched.flush();
      stored = lookUp(t, row.id());
    }
    Map<Field<?>, Object> set = mergedValues(t, row);
    if (stored == Stored.ABSENT) {
      addInsertOnlyValues(t, row, set);
      Field<?> content = SyncedTables.fileContent(t);
      if (content != null && file != null) {
        set.put(content, file);
      }
    }
    Field<?> key = t.field("SEARCH_KEY");
    if (key != null) {
      Record record = ctx.newRecord(t);
      set.forEach((f, v) -> setValue(record, f, v instanceof Path ? null : v));
      set.put(key, SyncedTables.searchKey(t, record));
    }
    if (stored == Stored.ABSENT) {
      batched.insert(t, row.id(), set);
    } else {
      batched.update(t, row.id(), set);
    }
    if (stored == Stored.WITH_STATE && !changed) {
      batched.touchState(
          row.table(), row.id(), row.meta().revision(), ClockCodec.encode(row.clock()));
    } else {
      batched.mergeState(
          row.table(),
          row.id(),
          row.meta().revision(),
          nextChange(),
          ClockCodec.encode(row.clock()),
          encodeHashes(hashes(row.values())));
    }
  }

  /** Whether a row is stored, and with sync state, asked of the database. */
  private Stored lookUp(Table<?> t, UUID id) {
    if (!ctx.fetchExists(ctx.selectOne().from(t).where(RowWriter.idField(t).eq(id)))) {
      return Stored.ABSENT;
    }
    boolean known =
        ctx.fetchExists(
            ctx.selectOne()
                .from(SYNC_STATE)
                .where(SYNC_STATE.TABLE_NAME.eq(SyncedTables.name(t)))
                .and(SYNC_STATE.ROW_ID.eq(id)));
    return known ? Stored.WITH_STATE : Stored.WITHOUT_STATE;
  }

  @SuppressWarnings("unchecked")
  private static void setValue(Record record, Field<?> field, Object value) {
    record.set((Field<Object>) field, value);
  }

  /** The merged content and the bookkeeping an incoming row sets on every write. */
  private static Map<Field<?>, Object> mergedValues(Table<?> t, SyncRow row) {
    Map<Field<?>, Object> set = new LinkedHashMap<>();
    for (Field<?> f : SyncedTables.contentFields(t)) {
      String key = f.getName().toLowerCase(Locale.ROOT);
      if (row.values().containsKey(key)) {
        set.put(f, FieldCodec.decode(f, row.values().get(key)));
      }
    }
    set.put(RowWriter.field(t, RowWriter.UPDATED_AT, OffsetDateTime.class), row.meta().updatedAt());
    set.put(RowWriter.field(t, RowWriter.UPDATED_DEVICE, UUID.class), row.meta().updatedDevice());
    set.put(RowWriter.field(t, RowWriter.REVISION, Integer.class), row.meta().revision());
    return set;
  }

  /** What only an insert sets: id, creation, an empty file unless the row carries one. */
  private void addInsertOnlyValues(Table<?> t, SyncRow row, Map<Field<?>, Object> set) {
    set.put(RowWriter.idField(t), row.id());
    set.put(RowWriter.field(t, RowWriter.CREATED_AT, OffsetDateTime.class), row.meta().createdAt());
    set.put(RowWriter.field(t, RowWriter.ORIGIN_DEVICE, UUID.class), row.meta().originDevice());
    Field<?> content = SyncedTables.fileContent(t);
    if (content != null) {
      set.put(content, new byte[0]);
    }
    if (t.field("PUBLISHED_AT") != null && "PUBLISHED".equals(row.values().get("status"))) {
      // When the checklist was published here: it is local, never merged.
      set.put(t.field("PUBLISHED_AT"), now);
    }
  }

  @Override
  public void addConflict(SyncConflict c) {
    // Conflicts refer to rows by id only: held rows need not be written first.
    ctx.insertInto(SYNC_CONFLICT)
        .set(SYNC_CONFLICT.ID, c.id())
        .set(SYNC_CONFLICT.KIND, c.kind().name())
        .set(SYNC_CONFLICT.TABLE_NAME, c.table())
        .set(SYNC_CONFLICT.ROW_ID, c.rowId())
        .set(SYNC_CONFLICT.FIELD_NAME, c.field())
        .set(SYNC_CONFLICT.INSPECTION_ID, c.inspectionId())
        .set(SYNC_CONFLICT.LOCAL_VALUE, c.localValue())
        .set(SYNC_CONFLICT.LOCAL_DEVICE, c.localDevice())
        .set(SYNC_CONFLICT.INCOMING_VALUE, c.incomingValue())
        .set(SYNC_CONFLICT.INCOMING_DEVICE, c.incomingDevice())
        .set(SYNC_CONFLICT.DETECTED_AT, c.detectedAt())
        .onDuplicateKeyIgnore()
        .execute();
  }

  @Override
  public SyncConflict conflict(UUID id) {
    var r = ctx.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(id)).fetchOne();
    if (r == null) {
      return null;
    }
    if (batched.holds(SyncedTables.table(r.getTableName()), r.getRowId())) {
      batched.flush(); // the conflict shows the row's current value
    }
    return JooqSyncStore.conflict(ctx, r);
  }

  @Override
  public void markResolved(UUID conflictId, String value) {
    batched.flush();
    ctx.update(SYNC_CONFLICT)
        .set(SYNC_CONFLICT.RESOLVED_AT, now)
        .set(SYNC_CONFLICT.RESOLVED_VALUE, value)
        .where(SYNC_CONFLICT.ID.eq(conflictId))
        .execute();
  }

  @Override
  public boolean packageImported(UUID packageId) {
    batched.flush();
    return ctx.fetchExists(ctx.selectOne().from(SYNC_PACKAGE).where(SYNC_PACKAGE.ID.eq(packageId)));
  }

  @Override
  public void recordPackage(PackageManifest m, String fileName, String summary) {
    batched.flush();
    ctx.insertInto(SYNC_PACKAGE)
        .set(SYNC_PACKAGE.ID, m.packageId())
        .set(SYNC_PACKAGE.DEVICE_ID, m.device().id())
        .set(SYNC_PACKAGE.DEVICE_NAME, m.device().name())
        .set(SYNC_PACKAGE.SEQUENCE_NO, m.sequence())
        .set(SYNC_PACKAGE.KIND, m.kind())
        .set(SYNC_PACKAGE.FROM_CHANGE, m.fromChange())
        .set(SYNC_PACKAGE.TO_CHANGE, m.toChange())
        .set(SYNC_PACKAGE.CREATED_AT, m.createdAt())
        .set(SYNC_PACKAGE.IMPORTED_AT, now)
        .set(SYNC_PACKAGE.FILE_NAME, fileName)
        .set(SYNC_PACKAGE.SUMMARY, summary)
        .execute();
  }

  @Override
  public List<Long> sequencesFrom(UUID deviceId) {
    batched.flush();
    return ctx.select(SYNC_PACKAGE.SEQUENCE_NO)
        .from(SYNC_PACKAGE)
        .where(SYNC_PACKAGE.DEVICE_ID.eq(deviceId))
        .fetch(SYNC_PACKAGE.SEQUENCE_NO);
  }

  @Override
  public Map<UUID, Long> acknowledgements() {
    batched.flush();
    Map<UUID, List<long[]>> ranges = new HashMap<>();
    for (var r :
        ctx.select(SYNC_PACKAGE.DEVICE_ID, SYNC_PACKAGE.FROM_CHANGE, SYNC_PACKAGE.TO_CHANGE)
            .from(SYNC_PACKAGE)
            .orderBy(SYNC_PACKAGE.FROM_CHANGE)
            .fetch()) {
      ranges
          .computeIfAbsent(r.value1(), k -> new ArrayList<>())
          .add(new long[] {r.value2(), r.value3()});
    }
    Map<UUID, Long> out = new TreeMap<>();
    ranges.forEach(
        (dev, list) -> {
          long covered = 0;
          for (long[] range : list) {
            if (range[0] <= covered + 1) {
              covered = Math.max(covered, range[1]);
            }
          }
          out.put(dev, covered);
        });
    return out;
  }

  @Override
  public void recordAcknowledgement(UUID deviceId, long changeNo) {
    batched.flush();
    ctx.update(SYNC_DEVICE)
        .set(SYNC_DEVICE.ACKED_CHANGE, DSL.greatest(SYNC_DEVICE.ACKED_CHANGE, DSL.val(changeNo)))
        .where(SYNC_DEVICE.ID.eq(deviceId))
        .execute();
  }

  @Override
  public void writeHeldRows() {
    batched.flush();
  }

  /** Writes the change counter back; called once at the end of the transaction. */
  void flush() {
    batched.flush();
    if (changeDirty) {
      putSetting(CHANGE_KEY, Long.toString(change));
      changeDirty = false;
    }
  }

  private long currentChange() {
    if (change < 0) {
      change = Long.parseLong(setting(CHANGE_KEY, "0"));
    }
    return change;
  }

  private long nextChange() {
    currentChange();
    change++;
    changeDirty = true;
    return change;
  }

  private String setting(String key, String fallback) {
    return JooqSettingsRepository.read(ctx, key)
        .filter(v -> !v.isBlank())
        .map(String::trim)
        .orElse(fallback);
  }

  private void putSetting(String key, String value) {
    JooqSettingsRepository.write(ctx, key, value, now);
  }

  private static Map<String, String> hashes(Map<String, String> values) {
    Map<String, String> out = new TreeMap<>();
    values.forEach((f, v) -> out.put(f, FieldCodec.hash(v)));
    return out;
  }

  private static String encodeHashes(Map<String, String> hashes) {
    StringBuilder sb = new StringBuilder();
    hashes.forEach((f, h) -> sb.append(sb.isEmpty() ? "" : ";").append(f).append('=').append(h));
    return sb.toString();
  }

  private static Map<String, String> decodeHashes(String text) {
    Map<String, String> out = new HashMap<>();
    if (text != null) {
      for (String part : text.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          out.put(part.substring(0, eq), part.substring(eq + 1));
        }
      }
    }
    return out;
  }
}
