package vn.kiemtra.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackupPolicyTest {
  private static final ZoneOffset VN = ZoneOffset.ofHours(7);
  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 10, 16, 0, 0, 0, VN);

  private static Backup at(OffsetDateTime t, BackupReason reason) {
    return new Backup(
        Path.of("b-" + t.toLocalDateTime() + ".zip"),
        t,
        reason,
        1,
        new BackupContent(Map.of(), 0, 0),
        0,
        true,
        "");
  }

  @Test
  void keepsTheTenNewestOfToday() {
    List<Backup> all = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      all.add(at(NOW.minusMinutes(5L * i), BackupReason.PERIODIC));
    }
    List<Backup> deleted = BackupPolicy.toDelete(all, NOW);
    assertThat(deleted).containsExactlyElementsOf(all.subList(10, 15));
  }

  @Test
  void keepsTheNewestOfEachOfTheLastSevenDaysBeyondTheTen() {
    List<Backup> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      all.add(at(NOW.minusMinutes(i), BackupReason.PERIODIC));
    }
    // Two on each of the ten days before today: 08:00 and 17:00.
    for (int d = 1; d <= 10; d++) {
      OffsetDateTime day = NOW.minusDays(d);
      all.add(at(day.withHour(8), BackupReason.PERIODIC));
      all.add(at(day.withHour(17), BackupReason.CLOSE));
    }
    List<Backup> deleted = BackupPolicy.toDelete(all, NOW);
    List<Backup> kept = all.stream().filter(b -> !deleted.contains(b)).toList();
    assertThat(kept).hasSize(10 + 6);
    for (int d = 1; d <= 6; d++) {
      OffsetDateTime evening = NOW.minusDays(d).withHour(17);
      assertThat(kept).anyMatch(b -> b.createdAt().equals(evening));
      OffsetDateTime morning = NOW.minusDays(d).withHour(8);
      assertThat(kept).noneMatch(b -> b.createdAt().equals(morning));
    }
    assertThat(kept).noneMatch(b -> b.createdAt().isBefore(NOW.minusDays(6).withHour(0)));
  }

  @Test
  void keepsEveryBackupOfSignedMinutesHoweverOld() {
    List<Backup> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.add(at(NOW.minusMinutes(i), BackupReason.PERIODIC));
    }
    Backup signedLongAgo = at(NOW.minusDays(200), BackupReason.SIGNED);
    Backup closeLongAgo = at(NOW.minusDays(199), BackupReason.CLOSE);
    all.add(signedLongAgo);
    all.add(closeLongAgo);
    List<Backup> deleted = BackupPolicy.toDelete(all, NOW);
    assertThat(deleted).doesNotContain(signedLongAgo).contains(closeLongAgo);
    assertThat(deleted).hasSize(11);
  }

  @Test
  void daysAreCountedInVietnamTime() {
    // 23:30 in Vietnam on the 9th is 16:30 UTC on the 9th; 00:30 on the 10th is 17:30 UTC on the
    // 9th.
    List<Backup> all = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      all.add(at(NOW.minusMinutes(i), BackupReason.PERIODIC));
    }
    Backup lateOnThe9th =
        at(OffsetDateTime.of(2026, 12, 9, 23, 30, 0, 0, VN), BackupReason.PERIODIC);
    Backup earlyOnThe10th =
        at(OffsetDateTime.of(2026, 12, 10, 0, 30, 0, 0, VN), BackupReason.PERIODIC);
    all.add(lateOnThe9th);
    all.add(earlyOnThe10th);
    List<Backup> deleted =
        BackupPolicy.toDelete(
            all.stream().map(b -> b).toList(), NOW.withOffsetSameInstant(ZoneOffset.UTC));
    // The 10th already has its newest (today's ten); the 9th keeps its own.
    assertThat(deleted).containsExactly(earlyOnThe10th);
  }
}
