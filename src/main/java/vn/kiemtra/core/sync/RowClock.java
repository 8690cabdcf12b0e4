package vn.kiemtra.core.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A row's causal history: a version vector (per device, the highest counter of that device's writes
 * the row includes) and, per field, the dot of the write that set the field's value. One version's
 * field value supersedes another's when its vector covers the other's dot; when neither covers the
 * other's dot the two writes were concurrent: a conflict.
 */
public record RowClock(Map<UUID, Long> versions, Map<String, Dot> dots) {
  public RowClock {
    versions = Map.copyOf(versions);
    dots = Map.copyOf(dots);
  }

  public static RowClock empty() {
    return new RowClock(Map.of(), Map.of());
  }

  /**
   * The clock of a row as first written: each field's dot names its content (row, field, value)
   * rather than the device, so two devices that create the same row with the same values (the same
   * inspection document imported at two offices, the built-in checklist) share one history, and a
   * later change of either is merged as one-sided. Different first values get different dots and so
   * remain concurrent.
   */
  public static RowClock created(UUID rowId, Map<String, String> values) {
    Map<UUID, Long> v = new HashMap<>();
    Map<String, Dot> d = new HashMap<>();
    values.forEach(
        (field, value) -> {
          UUID content =
              vn.kiemtra.core.shared.Ids.derived(
                  rowId, "value", field + "=" + (value == null ? "\0" : value));
          v.put(content, 1L);
          d.put(field, new Dot(content, 1));
        });
    return new RowClock(v, d);
  }

  /** True when this history includes the write {@code dot}. */
  public boolean covers(Dot dot) {
    return dot != null && versions.getOrDefault(dot.device(), 0L) >= dot.counter();
  }

  /** True when this history includes everything of {@code other}. */
  public boolean coversAll(RowClock other) {
    for (Map.Entry<UUID, Long> e : other.versions.entrySet()) {
      if (versions.getOrDefault(e.getKey(), 0L) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** The device's highest counter in this history (0 when none). */
  public long counter(UUID device) {
    return versions.getOrDefault(device, 0L);
  }

  /** The dot of the field's current value, or null when no write of it is known. */
  public Dot dot(String field) {
    return dots.get(field);
  }

  /** Pointwise maximum of both vectors; dots as given. */
  public static Map<UUID, Long> union(Map<UUID, Long> a, Map<UUID, Long> b) {
    Map<UUID, Long> out = new TreeMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, Math::max));
    return out;
  }

  /** A copy with a new write by {@code device} of the given fields. */
  public RowClock withWrite(UUID device, Iterable<String> fields) {
    long next = counter(device) + 1;
    Map<UUID, Long> v = new HashMap<>(versions);
    v.put(device, next);
    Map<String, Dot> d = new HashMap<>(dots);
    Dot dot = new Dot(device, next);
    for (String f : fields) {
      d.put(f, dot);
    }
    return new RowClock(v, d);
  }
}
