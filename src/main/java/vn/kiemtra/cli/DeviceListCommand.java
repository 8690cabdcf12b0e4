package vn.kiemtra.cli;

import java.util.List;
import picocli.CommandLine.Command;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.EnrolledDevice;
import vn.kiemtra.core.text.Nd30Dates;

/** {@code device list}: the devices whose packages this database accepts. */
@Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = SyncCommands.BUNDLE)
public final class DeviceListCommand extends CliCommand {
  public DeviceListCommand(ServicesFactory factory) {
    super(factory);
  }

  @Override
  public String descriptionKey() {
    return SyncCommands.key("cmd.device.list");
  }

  @Override
  protected int run(Services services) {
    Messages m = SyncCommands.messages();
    List<EnrolledDevice> devices = services.sync().devices();
    if (devices.isEmpty()) {
      out().println(m.get("out.noDevices"));
      return 0;
    }
    TextTable table =
        new TextTable(
                m.get("header.device"),
                m.get("header.id"),
                m.get("header.fingerprint"),
                m.get("header.enrolledAt"),
                m.get("header.lastSequence"))
            .alignRight(4);
    for (EnrolledDevice d : devices) {
      table.row(
          d.card().name(),
          d.card().id(),
          d.card().fingerprint(),
          Nd30Dates.timeAndDate(d.enrolledAt()),
          d.lastSequence());
    }
    out().print(table.render());
    return 0;
  }
}
