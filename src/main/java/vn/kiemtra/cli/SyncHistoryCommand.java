package vn.kiemtra.cli;

import java.util.List;
import picocli.CommandLine.Command;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.ImportedPackage;
import vn.kiemtra.core.text.Nd30Dates;

/** {@code sync history}: the packages imported here, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class SyncHistoryCommand extends CliCommand {
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
          Nd30Dates.timeAndDate(p.importedAt()),
          p.deviceName(),
          p.sequence(),
          p.fileName(),
          p.summary());
    }
    out().print(table.render());
    return 0;
  }
}
