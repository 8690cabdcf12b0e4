package vn.kiemtra.core.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Three-way merge of one row, field by field, using the rows' clocks: the common history is what
 * both clocks cover. A field written on one side only takes that write; the same field written on
 * both sides with different values is a conflict. Conflicts keep both values; the row shows the
 * smaller of the two (a fixed rule, so every office that merges the same packages in any order
 * shows the same thing) until a person decides. A row deleted on one side stays deleted. Rows of
 * signed inspections are never changed: an incoming change becomes a conflict.
 */
public final class RowMerger {
  private static final Comparator<String> VALUE_ORDER =
      Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<Dot> DOT_ORDER =
      Comparator.nullsFirst(
          Comparator.comparingLong(Dot::counter).thenComparing(d -> d.device().toString()));

  private RowMerger() {}

  /**
   * Merges {@code incoming} into {@code local}.
   *
   * @param local the stored row with its clock, or null when this database has never seen it
   * @param locked the row belongs to an inspection signed here before this import
   */
  public static MergeOutcome merge(SyncRow local, SyncRow incoming, boolean locked) {
    if (local == null) {
      return new MergeOutcome(incoming, MergeOutcome.Change.ADDED, List.of());
    }
    if (local.clock().coversAll(incoming.clock())) {
      return new MergeOutcome(null, MergeOutcome.Change.UNCHANGED, List.of());
    }
    Map<String, String> values = new HashMap<>();
    Map<String, Dot> dots = new HashMap<>();
    List<MergeOutcome.FieldConflict> conflicts = new ArrayList<>();
    TreeSet<String> fields = new TreeSet<>(local.values().keySet());
    fields.addAll(incoming.values().keySet());
    for (String f : fields) {
      String lv = local.values().get(f);
      String iv = incoming.values().get(f);
      Dot ld = local.clock().dot(f);
      Dot id = incoming.clock().dot(f);
      boolean takeIncoming;
      if (Objects.equals(ld, id) || Objects.equals(lv, iv)) {
        takeIncoming = DOT_ORDER.compare(id, ld) > 0 && Objects.equals(lv, iv);
      } else if (id == null || local.clock().covers(id)) {
        takeIncoming = false;
      } else if (ld == null || incoming.clock().covers(ld)) {
        takeIncoming = true;
      } else {
        boolean incomingSmaller = VALUE_ORDER.compare(iv, lv) < 0;
        String kept = locked ? lv : (incomingSmaller ? iv : lv);
        conflicts.add(
            new MergeOutcome.FieldConflict(
                locked ? ConflictKind.LOCKED : ConflictKind.BOTH_CHANGED, f, lv, ld, iv, id, kept));
        takeIncoming = !locked && incomingSmaller;
      }
      if (takeIncoming && locked && !Objects.equals(lv, iv)) {
        conflicts.add(new MergeOutcome.FieldConflict(ConflictKind.LOCKED, f, lv, ld, iv, id, lv));
        takeIncoming = false;
      }
      values.put(f, takeIncoming ? iv : lv);
      Dot kept = takeIncoming ? id : ld;
      if (kept != null) {
        dots.put(f, kept);
      }
    }
    conflicts.addAll(deletedButChanged(local, incoming, values));
    RowClock clock =
        new RowClock(RowClock.union(local.clock().versions(), incoming.clock().versions()), dots);
    boolean valuesChanged = !values.equals(new HashMap<>(local.values()));
    RowMeta meta;
    if (!valuesChanged) {
      meta = local.meta();
    } else if (incoming.clock().coversAll(local.clock())) {
      meta = incoming.meta();
    } else {
      meta = mergedMeta(local.meta(), incoming.meta());
    }
    SyncRow result = new SyncRow(local.table(), local.id(), meta, values, clock);
    return new MergeOutcome(
        result,
        valuesChanged ? MergeOutcome.Change.UPDATED : MergeOutcome.Change.UNCHANGED,
        conflicts);
  }

  /** A row that ends deleted while the other side changed other fields concurrently. */
  private static List<MergeOutcome.FieldConflict> deletedButChanged(
      SyncRow local, SyncRow incoming, Map<String, String> merged) {
    if (!"true".equals(merged.get(SyncRow.DELETED)) || (local.deleted() && incoming.deleted())) {
      return List.of();
    }
    SyncRow deleter = local.deleted() ? local : incoming;
    SyncRow editor = local.deleted() ? incoming : local;
    for (Map.Entry<String, Dot> e : editor.clock().dots().entrySet()) {
      if (!e.getKey().equals(SyncRow.DELETED) && !deleter.clock().covers(e.getValue())) {
        boolean localDeleted = deleter == local;
        return List.of(
            new MergeOutcome.FieldConflict(
                ConflictKind.DELETED_CHANGED,
                SyncRow.DELETED,
                local.values().get(SyncRow.DELETED),
                local.clock().dot(SyncRow.DELETED),
                incoming.values().get(SyncRow.DELETED),
                incoming.clock().dot(SyncRow.DELETED),
                localDeleted ? "true" : merged.get(SyncRow.DELETED)));
      }
    }
    return List.of();
  }

  /** Bookkeeping that does not depend on the order packages arrive in. */
  static RowMeta mergedMeta(RowMeta a, RowMeta b) {
    RowMeta older = a.createdAt().isAfter(b.createdAt()) ? b : a;
    boolean aNewer =
        a.updatedAt().isAfter(b.updatedAt())
            || (a.updatedAt().isEqual(b.updatedAt())
                && a.updatedDevice().toString().compareTo(b.updatedDevice().toString()) >= 0);
    RowMeta newer = aNewer ? a : b;
    return new RowMeta(
        older.createdAt(),
        newer.updatedAt(),
        older.originDevice(),
        newer.updatedDevice(),
        Math.max(a.revision(), b.revision()) + 1);
  }
}
