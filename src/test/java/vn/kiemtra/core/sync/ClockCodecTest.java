package vn.kiemtra.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The stored text of a clock is fixed: devices and fields in order, as databases already hold it.
 */
class ClockCodecTest {
  private static final UUID LOW = UUID.fromString("00000000-0000-0000-0000-000000000002");
  // UUIDs compare as signed numbers: this one sorts before LOW.
  private static final UUID HIGH = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");
  private static final UUID MID = UUID.fromString("7a3e0000-0000-4000-8000-00000000000a");

  @Test
  void encodesDevicesInUuidOrderAndFieldsInNameOrder() {
    RowClock clock =
        new RowClock(
            Map.of(LOW, 1L, MID, 12L, HIGH, 3L),
            Map.of(
                "note", new Dot(MID, 12), "deleted", new Dot(LOW, 1), "answer", new Dot(HIGH, 3)));

    assertThat(ClockCodec.encode(clock))
        .isEqualTo(
            "ffffffff-ffff-ffff-ffff-ffffffffffff:3,"
                + "00000000-0000-0000-0000-000000000002:1,"
                + "7a3e0000-0000-4000-8000-00000000000a:12"
                + "|answer=ffffffff-ffff-ffff-ffff-ffffffffffff:3"
                + ";deleted=00000000-0000-0000-0000-000000000002:1"
                + ";note=7a3e0000-0000-4000-8000-00000000000a:12");
    assertThat(ClockCodec.decode(ClockCodec.encode(clock))).isEqualTo(clock);
  }

  @Test
  void anEmptyClockIsABar() {
    assertThat(ClockCodec.encode(RowClock.empty())).isEqualTo("|");
    assertThat(ClockCodec.decode("|")).isEqualTo(RowClock.empty());
  }
}
