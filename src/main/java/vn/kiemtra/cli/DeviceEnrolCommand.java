package vn.kiemtra.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.sync.DeviceCard;

/** {@code device enrol FILE}: accepts packages from the device whose key file this is. */
@Command(name = "enrol", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class DeviceEnrolCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.device.keyFile")
  Path file;

  public DeviceEnrolCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return SyncCommands.key("cmd.device.enrol");
  }

  @Override
  protected int run(Services services) {
    DeviceCard card = services.sync().enrolKeyFile(file);
    out()
        .println(
            SyncCommands.messages()
                .get("out.enrolled", card.name(), card.id(), card.fingerprint()));
    return 0;
  }
}
