package vn.kiemtra.core.shared;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Source of "now" for timestamps, replaceable in tests. */
@FunctionalInterface
public interface Clock {
  ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  OffsetDateTime now();

  /**
   * The wall-clock time in Vietnam, whatever zone the computer is set to: what the window shows
   * beside the stored times, which are in Vietnam time too.
   */
  static java.time.LocalDateTime localNow() {
    return java.time.LocalDateTime.now(VIETNAM);
  }

  static Clock system() {
    return () -> OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MILLIS);
  }
}
