package vn.kiemtra.cli;

import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.ExportResult;
import vn.kiemtra.core.sync.ReconciliationText;

/** {@code sync export --out FILE [--full] [--for DEVICE]}: writes one signed package. */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class SyncExportCommand extends CliCommand {
  @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.sync.out")
  Path out;

  @Option(names = "--full", descriptionKey = "option.sync.full")
  boolean full;

  @Option(names = "--for", paramLabel = "DEVICE", descriptionKey = "option.sync.for")
  UUID forDevice;

  public SyncExportCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return SyncCommands.key("cmd.sync.export");
  }

  @Override
  protected int run(Services services) {
    ExportResult r = services.sync().export(out, full, forDevice, Progress.NONE);
    Messages m = SyncCommands.messages();
    out()
        .println(
            m.get(
                "out.exported",
                Long.toString(r.sequence()),
                m.get("report.kind." + r.kind()),
                r.file().toAbsolutePath(),
                vn.kiemtra.core.text.VietnameseNumbers.format(r.rows()),
                vn.kiemtra.core.text.VietnameseNumbers.format(r.files()),
                new ReconciliationText(services.sync()).size(r.packageBytes())));
    return 0;
  }
}
