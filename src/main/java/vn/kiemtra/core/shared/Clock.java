package vn.kiemtra.core.shared;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Source of "now" for timestamps, replaceable in tests. */
@FunctionalInterface
public interface Clock {
  ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  OffsetDateTime now();

  static Clock system() {
    return () -> OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MILLIS);
  }
}
