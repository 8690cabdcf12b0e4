package vn.kiemtra.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.ImportedPackage;

/** {@code sync history}: the packages imported here, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class SyncHistoryCommand extends CliCommand {
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  public SyncHistoryCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return SyncCommands.key("cmd.sync.history");
  }

  @Override
  protected int run(Services services) {
    Messages m = SyncCommands.messages();
    List<ImportedPackage> packages = services.sync().importedPackages();
    if (packages.isEmpty()) {
      out().println(m.get("out.noHistory"));
      return 0;
    }
    TextTable table =
        new TextTable(
                m.get("header.importedAt"),
                m.get("header.device"),
                m.get("header.sequence"),
                m.get("header.file"),
                m.get("header.summary"))
            .alignRight(2);
    for (ImportedPackage p : packages) {
      table.row(
          WHEN.format(p.importedAt().atZoneSameInstant(ZoneId.systemDefault())),
          p.deviceName(),
          p.sequence(),
          p.fileName(),
          p.summary());
    }
    out().print(table.render());
    return 0;
  }
}
