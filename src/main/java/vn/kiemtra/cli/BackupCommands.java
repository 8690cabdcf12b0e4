package vn.kiemtra.cli;

import java.util.List;
import vn.kiemtra.core.shared.Messages;

/** The {@code backup} command group: create, list, verify and restore backups by hand. */
public final class BackupCommands {
  /** The bundle of the backup commands' help and output. */
  static final String BUNDLE = "vn.kiemtra.i18n.backup";

  private BackupCommands() {}

  public static CommandTree.GroupSpec group(ServicesFactory factory) {
    return new CommandTree.GroupSpec(
        "backup",
        key("cmd.backup"),
        List.of(
            new BackupCreateCommand(factory),
            new BackupListCommand(factory),
            new BackupVerifyCommand(factory),
            new BackupRestoreCommand(factory)));
  }

  static String key(String key) {
    return "backup:" + key;
  }

  static Messages messages() {
    return Messages.of("backup");
  }
}
