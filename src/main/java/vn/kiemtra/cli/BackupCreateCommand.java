package vn.kiemtra.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.backup.Backup;
import vn.kiemtra.core.backup.BackupReason;
import vn.kiemtra.core.backup.BackupText;

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
    Backup b =
        out != null
            ? services.backups().createTo(out).backup()
            : services.backups().create(BackupReason.MANUAL, "");
    out().println(BackupText.created(b));
    return 0;
  }
}
