package vn.kiemtra.cli;

import java.util.List;
import vn.kiemtra.core.shared.Messages;

/** The {@code sync} and {@code device} command groups and their shared bundle. */
public final class SyncCommands {
  /** The bundle of the sync commands' help and output. */
  static final String BUNDLE = "vn.kiemtra.i18n.sync";

  private SyncCommands() {}

  public static CommandTree.GroupSpec syncGroup(ServicesFactory factory) {
    return new CommandTree.GroupSpec(
        "sync",
        key("cmd.sync"),
        List.of(
            new SyncExportCommand(factory),
            new SyncImportCommand(factory),
            new SyncConflictsCommand(factory),
            new SyncResolveCommand(factory),
            new SyncHistoryCommand(factory)));
  }

  public static CommandTree.GroupSpec deviceGroup(ServicesFactory factory) {
    return new CommandTree.GroupSpec(
        "device",
        key("cmd.device"),
        List.of(
            new DeviceShowCommand(factory),
            new DeviceExportKeyCommand(factory),
            new DeviceEnrolCommand(factory),
            new DeviceListCommand(factory),
            new DeviceRenameCommand(factory)));
  }

  static String key(String key) {
    return "sync:" + key;
  }

  static Messages messages() {
    return Messages.of("sync");
  }
}
