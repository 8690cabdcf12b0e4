package vn.kiemtra.cli;

import java.util.List;
import picocli.CommandLine.Command;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.backup.Backup;
import vn.kiemtra.core.backup.BackupUsage;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.Nd30Dates;
import vn.kiemtra.core.text.VietnameseNumbers;

/** {@code backup list}: the backups, newest first (number 1), with what each holds and disk use. */
@Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = BackupCommands.BUNDLE)
public final class BackupListCommand extends CliCommand {
  public BackupListCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return BackupCommands.key("cmd.backup.list");
  }

  @Override
  protected int run(Services services) {
    Messages m = BackupCommands.messages();
    List<Backup> backups = services.backups().list();
    BackupUsage usage = services.backups().usage();
    if (backups.isEmpty()) {
      out().println(m.get("backup.none", usage.folder()));
    } else {
      TextTable table =
          new TextTable(
                  m.get("header.number"),
                  m.get("header.time"),
                  m.get("header.reason"),
                  m.get("header.size"),
                  m.get("header.holds"),
                  m.get("header.file"))
              .alignRight(0, 3);
      int n = 1;
      for (Backup b : backups) {
        String reason = BackupCommands.reason(b);
        if (b.note() != null && !b.note().isBlank()) {
          reason = reason + ": " + b.note();
        }
        table.row(
            n++,
            Nd30Dates.timeAndDate(b.createdAt()),
            reason,
            VietnameseNumbers.fileSize(b.sizeBytes()),
            BackupCommands.holds(b.content()),
            b.file().getFileName());
      }
      out().print(table.render());
    }
    out()
        .println(
            m.get(
                "out.usage",
                usage.folder(),
                VietnameseNumbers.format(usage.backups()),
                VietnameseNumbers.fileSize(usage.backupBytes()),
                VietnameseNumbers.fileSize(usage.journalBytes()),
                VietnameseNumbers.fileSize(usage.freeBytes())));
    return 0;
  }
}
