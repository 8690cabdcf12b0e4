package vn.kiemtra.core.sync;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An in-memory database of rows with clocks, merged with {@link RowMerger} as sync does. Edits
 * either carry their write at once ({@link #edit}) or, as the application's own saves do, only
 * change the values ({@link #change}); {@link #export} then first runs the stamp pass the database
 * runs before every export: each row whose values differ from those last stamped gets one write
 * naming every changed field.
 */
final class ReplicaModel {
  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  final UUID device;
  final Map<UUID, SyncRow> rows = new TreeMap<>();

  /** Conflicts by row and field: every value either side held. */
  final Map<String, List<String>> conflictValues = new HashMap<>();

  /** Per row, the values as last stamped (the database keeps their hashes). */
  final Map<UUID, Map<String, String>> stamped = new HashMap<>();

  /** How many rows the stamp pass gave a write, and how many of them had several fields. */
  int stampedRows;

  int stampedMultiField;

  int tick;

  ReplicaModel(UUID device) {
    this.device = device;
  }

  ReplicaModel copy(UUID newDevice) {
    ReplicaModel r = new ReplicaModel(newDevice);
    r.rows.putAll(rows);
    stamped.forEach((k, v) -> r.stamped.put(k, new LinkedHashMap<>(v)));
    conflictValues.forEach((k, v) -> r.conflictValues.put(k, new ArrayList<>(v)));
    return r;
  }

  void create(UUID id, Map<String, String> values) {
    Map<String, String> v = new LinkedHashMap<>(values);
    v.put(SyncRow.DELETED, "false");
    OffsetDateTime now = T0.plusSeconds(++tick);
    rows.put(
        id,
        new SyncRow(
            "answer", id, new RowMeta(now, now, device, device, 1), v, RowClock.created(id, v)));
    stamped.put(id, new LinkedHashMap<>(v));
  }

  void edit(UUID id, String field, String value) {
    SyncRow r = rows.get(id);
    Map<String, String> v = new LinkedHashMap<>(r.values());
    v.put(field, value);
    OffsetDateTime now = T0.plusSeconds(++tick);
    rows.put(
        id,
        new SyncRow(
            r.table(),
            id,
            new RowMeta(
                r.meta().createdAt(),
                now,
                r.meta().originDevice(),
                device,
                r.meta().revision() + 1),
            v,
            r.clock().withWrite(device, List.of(field))));
    stamped.put(id, new LinkedHashMap<>(v));
  }

  /** Changes a value as a save does: new revision, clock untouched until the stamp pass. */
  void change(UUID id, String field, String value) {
    SyncRow r = rows.get(id);
    Map<String, String> v = new LinkedHashMap<>(r.values());
    v.put(field, value);
    OffsetDateTime now = T0.plusSeconds(++tick);
    rows.put(
        id,
        new SyncRow(
            r.table(),
            id,
            new RowMeta(
                r.meta().createdAt(),
                now,
                r.meta().originDevice(),
                device,
                r.meta().revision() + 1),
            v,
            r.clock()));
  }

  /** The stamp pass: one write per row whose values changed since they were last stamped. */
  void stamp() {
    for (Map.Entry<UUID, SyncRow> e : rows.entrySet()) {
      SyncRow r = e.getValue();
      Map<String, String> before = stamped.getOrDefault(e.getKey(), Map.of());
      List<String> changed = new ArrayList<>();
      r.values()
          .forEach(
              (f, value) -> {
                if (!value.equals(before.get(f))) {
                  changed.add(f);
                }
              });
      if (!changed.isEmpty()) {
        e.setValue(
            new SyncRow(
                r.table(), r.id(), r.meta(), r.values(), r.clock().withWrite(device, changed)));
        stamped.put(e.getKey(), new LinkedHashMap<>(r.values()));
        stampedRows++;
        if (changed.size() > 1) {
          stampedMultiField++;
        }
      }
    }
  }

  /**
   * Imports a package after the stamp pass, as the database does; returns how many rows changed.
   */
  int importRows(Collection<SyncRow> incoming) {
    stamp();
    int changed = 0;
    for (SyncRow in : incoming) {
      MergeOutcome o = RowMerger.merge(rows.get(in.id()), in, false);
      if (o.result() != null) {
        if (!o.result().equals(rows.get(in.id()))) {
          changed++;
        }
        rows.put(in.id(), o.result());
        stamped.put(in.id(), new LinkedHashMap<>(o.result().values()));
      }
      for (MergeOutcome.FieldConflict c : o.conflicts()) {
        List<String> values =
            conflictValues.computeIfAbsent(in.id() + "/" + c.field(), k -> new ArrayList<>());
        values.add(c.localValue());
        values.add(c.incomingValue());
      }
    }
    return changed;
  }

  /** The rows as a package carries them, after the stamp pass. */
  List<SyncRow> export() {
    stamp();
    return List.copyOf(rows.values());
  }

  /** The content as people see it: per row, the field values. */
  Map<UUID, Map<String, String>> content() {
    Map<UUID, Map<String, String>> out = new TreeMap<>();
    rows.forEach((id, r) -> out.put(id, new TreeMap<>(r.values())));
    return out;
  }
}
