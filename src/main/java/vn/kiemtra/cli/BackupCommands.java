package vn.kiemtra.cli;

import java.util.List;
import vn.kiemtra.core.backup.Backup;
import vn.kiemtra.core.backup.BackupCheck;
import vn.kiemtra.core.backup.BackupContent;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.VietnameseNumbers;

/** The {@code backup} command group: create, list, verify and restore backups by hand. */
public final class BackupCommands {
  /** The bundle of the backup commands' help and output. */
  static final String BUNDLE = "vn.kiemtra.i18n.backup";

  private BackupCommands() {}

  public static CommandTree.GroupSpec group(ServicesFactory factory) {
    return new CommandTree.GroupSpec(
        "backup",
        key("cmd.backup"),
        List.of(
            new BackupCreateCommand(factory),
            new BackupListCommand(factory),
            new BackupVerifyCommand(factory),
            new BackupRestoreCommand(factory)));
  }

  static String key(String key) {
    return "backup:" + key;
  }

  static Messages messages() {
    return Messages.of("backup");
  }

  /** "3 cuộc kiểm tra (1 đã ký), 412 dòng dữ liệu". */
  static String holds(BackupContent c) {
    if (c.inspections() < 0) {
      return messages().get("out.holdsUnknown");
    }
    long rows = c.rowCounts().values().stream().mapToLong(Long::longValue).sum();
    return messages()
        .get(
            "out.holds",
            VietnameseNumbers.format(c.inspections()),
            VietnameseNumbers.format(c.signedInspections()),
            VietnameseNumbers.format(c.rows("evidence")),
            VietnameseNumbers.format(rows));
  }

  static String reason(Backup b) {
    return messages().get("reason." + b.reason().slug());
  }

  static String checked(BackupCheck check) {
    return check.backup().content().rowCounts().isEmpty()
        ? messages().get("out.verifiedNoRecord", check.backup().file(), holds(check.found()))
        : messages().get("out.verified", check.backup().file(), holds(check.found()));
  }
}
