package vn.kiemtra.core.backup;

import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.VietnameseNumbers;

/** How backups read to a user, the same in the window and in the commands. */
public final class BackupText {
  private BackupText() {}

  /** "3 cuộc kiểm tra (1 đã ký), 2 tệp minh chứng, 412 dòng dữ liệu". */
  public static String holds(BackupContent c) {
    Messages m = Messages.of("backup");
    if (c.inspections() < 0) {
      return m.get("out.holdsUnknown");
    }
    long rows = c.rowCounts().values().stream().mapToLong(Long::longValue).sum();
    return m.get(
        "out.holds",
        VietnameseNumbers.format(c.inspections()),
        VietnameseNumbers.format(c.signedInspections()),
        VietnameseNumbers.format(c.rows("evidence")),
        VietnameseNumbers.format(rows));
  }

  /** The reason a backup was made, with its note ("Khi ký biên bản: Kiểm tra Sở Tư pháp"). */
  public static String reason(Backup b) {
    String reason = Messages.of("backup").get("reason." + b.reason().slug());
    return b.note() == null || b.note().isBlank() ? reason : reason + ": " + b.note();
  }

  /** The outcome of checking a backup. */
  public static String checked(BackupCheck check) {
    Messages m = Messages.of("backup");
    if (!check.matches()) {
      return m.get("out.mismatch", check.backup().file(), String.join(", ", check.differences()));
    }
    return check.backup().content().rowCounts().isEmpty()
        ? m.get("out.verifiedNoRecord", check.backup().file(), holds(check.found()))
        : m.get("out.verified", check.backup().file(), holds(check.found()));
  }

  /** A backup just written and checked. */
  public static String created(Backup b) {
    return Messages.of("backup")
        .get(
            "out.created", b.file(), VietnameseNumbers.fileSize(b.sizeBytes()), holds(b.content()));
  }

  /** A restore by hand. */
  public static String restored(RestoreResult r) {
    return Messages.of("backup")
        .get(
            "out.restored",
            r.before().file(),
            r.restored().backup().file(),
            holds(r.restored().found()));
  }

  /** Disk use of the backups. */
  public static String usage(BackupUsage u) {
    return Messages.of("backup")
        .get(
            "out.usage",
            u.folder(),
            VietnameseNumbers.format(u.backups()),
            VietnameseNumbers.fileSize(u.backupBytes()),
            VietnameseNumbers.fileSize(u.journalBytes()),
            VietnameseNumbers.fileSize(u.freeBytes()));
  }
}
