package vn.kiemtra.core.sync;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The compact text form of a {@link RowClock} kept beside each row in the database: {@code
 * device:n,device:n|field=device:n;field=device:n}.
 */
public final class ClockCodec {
  private ClockCodec() {}

  public static String encode(RowClock clock) {
    // Sorted arrays rather than TreeMap copies: this runs for every row an import writes.
    @SuppressWarnings("unchecked")
    Map.Entry<UUID, Long>[] versions = clock.versions().entrySet().toArray(new Map.Entry[0]);
    Arrays.sort(versions, Map.Entry.comparingByKey());
    @SuppressWarnings("unchecked")
    Map.Entry<String, Dot>[] dots = clock.dots().entrySet().toArray(new Map.Entry[0]);
    Arrays.sort(dots, Map.Entry.comparingByKey());
    StringBuilder sb = new StringBuilder(versions.length * 40 + dots.length * 64 + 1);
    for (int i = 0; i < versions.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(versions[i].getKey()).append(':').append(versions[i].getValue());
    }
    sb.append('|');
    for (int i = 0; i < dots.length; i++) {
      if (i > 0) {
        sb.append(';');
      }
      Dot dot = dots[i].getValue();
      sb.append(dots[i].getKey())
          .append('=')
          .append(dot.device())
          .append(':')
          .append(dot.counter());
    }
    return sb.toString();
  }

  public static RowClock decode(String text) {
    if (text == null || text.isEmpty()) {
      return RowClock.empty();
    }
    int bar = text.indexOf('|');
    Map<UUID, Long> versions = new HashMap<>();
    for (String part : text.substring(0, bar).split(",")) {
      if (!part.isEmpty()) {
        int colon = part.lastIndexOf(':');
        versions.put(
            UUID.fromString(part.substring(0, colon)), Long.parseLong(part.substring(colon + 1)));
      }
    }
    Map<String, Dot> dots = new HashMap<>();
    for (String part : text.substring(bar + 1).split(";")) {
      if (!part.isEmpty()) {
        int eq = part.indexOf('=');
        String dot = part.substring(eq + 1);
        int colon = dot.lastIndexOf(':');
        dots.put(
            part.substring(0, eq),
            new Dot(
                UUID.fromString(dot.substring(0, colon)),
                Long.parseLong(dot.substring(colon + 1))));
      }
    }
    return new RowClock(versions, dots);
  }
}
