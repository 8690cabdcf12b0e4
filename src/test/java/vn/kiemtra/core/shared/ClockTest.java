package vn.kiemtra.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ClockTest {
  @Test
  void theLocalTimeShownIsVietnamTimeEvenOnAComputerSetToAnotherZone() {
    TimeZone before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Honolulu")); // UTC−10, 17 h behind Vietnam
    try {
      LocalDateTime shown = Clock.localNow();
      // Vietnam has kept UTC+7 all year since 1975.
      LocalDateTime vietnam = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.ofHours(7));
      assertThat(Duration.between(shown, vietnam).abs()).isLessThan(Duration.ofMinutes(1));
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void storedTimesCarryVietnamsOffset() {
    assertThat(Clock.system().now().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
  }
}
