package vn.kiemtra.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.sync.DeviceCard;

/** {@code device export-key --out FILE}: this device's public card for enrolment. */
@Command(name = "export-key", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class DeviceExportKeyCommand extends CliCommand {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      descriptionKey = "option.device.out")
  Path out;

  public DeviceExportKeyCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return SyncCommands.key("cmd.device.exportKey");
  }

  @Override
  protected int run(Services services) {
    services.sync().exportKey(out);
    DeviceCard me = services.sync().thisDevice();
    out()
        .println(
            SyncCommands.messages()
                .get("out.keyWritten", me.name(), out.toAbsolutePath(), me.fingerprint()));
    return 0;
  }
}
