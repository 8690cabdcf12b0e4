package vn.kiemtra.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.backup.RestoreResult;

/**
 * {@code backup restore FILE|N}: replaces the data with a backup (a file, or number N of {@code
 * backup list}); the current data is backed up first.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, resourceBundle = BackupCommands.BUNDLE)
public final class BackupRestoreCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "FILE|N", descriptionKey = "param.backup.which")
  String which;

  public BackupRestoreCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return BackupCommands.key("cmd.backup.restore");
  }

  @Override
  protected int run(Services services) {
    Path file =
        which.matches("\\d{1,4}") && !Files.exists(Path.of(which))
            ? services.backups().numbered(Integer.parseInt(which)).file()
            : Path.of(which);
    RestoreResult r = services.backups().restore(file);
    out()
        .println(
            BackupCommands.messages()
                .get(
                    "out.restored",
                    r.before().file(),
                    file,
                    BackupCommands.holds(r.restored().found())));
    return 0;
  }
}
