package vn.kiemtra.core.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The compact text form of a {@link RowClock} kept beside each row in the database: {@code
 * device:n,device:n|field=device:n;field=device:n}.
 */
public final class ClockCodec {
  private ClockCodec() {}

  public static String encode(RowClock clock) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(clock.versions())
        .forEach((d, n) -> sb.append(sb.isEmpty() ? "" : ",").append(d).append(':').append(n));
    sb.append('|');
    int start = sb.length();
    new TreeMap<>(clock.dots())
        .forEach(
            (f, dot) ->
                sb.append(sb.length() == start ? "" : ";")
                    .append(f)
                    .append('=')
                    .append(dot.device())
                    .append(':')
                    .append(dot.counter()));
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
