package vn.kiemtra.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.backup.Backup;
import vn.kiemtra.core.backup.BackupCheck;
import vn.kiemtra.core.backup.BackupReason;
import vn.kiemtra.core.text.VietnameseNumbers;

/** {@code backup create [--out FILE]}: a verified backup now, in backups/ or to a chosen file. */
@Command(name = "create", mixinStandardHelpOptions = true, resourceBundle = BackupCommands.BUNDLE)
public final class BackupCreateCommand extends CliCommand {
  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.backup.out")
  Path out;

  public BackupCreateCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return BackupCommands.key("cmd.backup.create");
  }

  @Override
  protected int run(Services services) {
    if (out != null) {
      BackupCheck check = services.backups().createTo(out);
      out()
          .println(
              BackupCommands.messages()
                  .get(
                      "out.created",
                      check.backup().file(),
                      VietnameseNumbers.fileSize(check.backup().sizeBytes()),
                      BackupCommands.holds(check.found())));
      return 0;
    }
    Backup b = services.backups().create(BackupReason.MANUAL, "");
    out()
        .println(
            BackupCommands.messages()
                .get(
                    "out.created",
                    b.file(),
                    VietnameseNumbers.fileSize(b.sizeBytes()),
                    BackupCommands.holds(b.content())));
    return 0;
  }
}
