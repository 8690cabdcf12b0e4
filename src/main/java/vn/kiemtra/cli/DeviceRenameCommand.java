package vn.kiemtra.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kiemtra.core.Services;

/** {@code device rename NAME}: the name other devices see on this device's packages. */
@Command(name = "rename", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class DeviceRenameCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "param.device.name")
  String name;

  public DeviceRenameCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return SyncCommands.key("cmd.device.rename");
  }

  @Override
  protected int run(Services services) {
    services.sync().renameDevice(name);
    out().println(SyncCommands.messages().get("out.renamed", services.sync().thisDevice().name()));
    return 0;
  }
}
