package vn.kiemtra.cli;

import picocli.CommandLine.Command;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.sync.DeviceCard;

/** {@code device show}: this device's id, name and key fingerprint. */
@Command(name = "show", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class DeviceShowCommand extends CliCommand {
  public DeviceShowCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return SyncCommands.key("cmd.device.show");
  }

  @Override
  protected int run(Services services) {
    DeviceCard me = services.sync().thisDevice();
    out().println(SyncCommands.messages().get("out.device", me.name(), me.id(), me.fingerprint()));
    return 0;
  }
}
