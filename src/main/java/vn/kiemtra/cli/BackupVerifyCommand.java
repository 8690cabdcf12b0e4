package vn.kiemtra.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.backup.BackupCheck;

/** {@code backup verify FILE}: opens a backup on its own and compares it with its record. */
@Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = BackupCommands.BUNDLE)
public final class BackupVerifyCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.backup.file")
  Path file;

  public BackupVerifyCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return BackupCommands.key("cmd.backup.verify");
  }

  @Override
  protected int run(Services services) {
    BackupCheck check = services.backups().verify(file);
    if (!check.matches()) {
      err()
          .println(
              messages.get(
                  "error.prefix",
                  BackupCommands.messages()
                      .get("out.mismatch", file, String.join(", ", check.differences()))));
      return 1;
    }
    out().println(BackupCommands.checked(check));
    return 0;
  }
}
