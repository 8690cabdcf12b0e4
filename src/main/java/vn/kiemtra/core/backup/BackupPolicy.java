package vn.kiemtra.core.backup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.kiemtra.core.shared.Clock;

/**
 * Which backups to keep: the ten newest, the newest of each of the last seven days, and every
 * backup made when minutes were signed. Everything else may be deleted. Pure: no files, no clock.
 */
public final class BackupPolicy {
  public static final int KEEP_NEWEST = 10;
  public static final int KEEP_DAYS = 7;

  private BackupPolicy() {}

  /** The backups to delete, given every backup in the folder and the time now. */
  public static List<Backup> toDelete(List<Backup> all, OffsetDateTime now) {
    List<Backup> newestFirst = new ArrayList<>(all);
    newestFirst.sort(Comparator.comparing(Backup::createdAt).reversed());
    Set<Backup> keep =
        new LinkedHashSet<>(newestFirst.subList(0, Math.min(KEEP_NEWEST, all.size())));
    LocalDate today = now.atZoneSameInstant(Clock.VIETNAM).toLocalDate();
    Set<LocalDate> daysSeen = new HashSet<>();
    for (Backup b : newestFirst) {
      LocalDate day = b.createdAt().atZoneSameInstant(Clock.VIETNAM).toLocalDate();
      boolean withinWeek = !day.isBefore(today.minusDays(KEEP_DAYS - 1L)) && !day.isAfter(today);
      if (withinWeek && daysSeen.add(day)) {
        keep.add(b);
      }
      if (b.reason() == BackupReason.SIGNED) {
        keep.add(b);
      }
    }
    return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
  }
}
