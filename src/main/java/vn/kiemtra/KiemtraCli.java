package vn.kiemtra;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import vn.kiemtra.cli.BackupCommands;
import vn.kiemtra.cli.CommandTree;
import vn.kiemtra.cli.MinutesCommands;
import vn.kiemtra.cli.ServicesFactory;
import vn.kiemtra.cli.SyncCommands;
import vn.kiemtra.core.settings.DataLocation;

/** Composition root of the office commands ({@code java -jar kiemtra.jar <command>}). */
public final class KiemtraCli {
  private KiemtraCli() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the commands on the real database (from --db, KIEMTRA_DB or the data folder). */
  public static int run(String[] args) {
    QuietLogging.apply();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return commands(dbOption -> AppContext.open(DataLocation.resolve(dbOption)))
        .execute(args, out, err);
  }

  /** The command tree wired to a database opener; features add their command groups here. */
  public static CommandTree commands(ServicesFactory factory) {
    return new CommandTree(factory)
        .add(MinutesCommands.group(factory))
        .add(SyncCommands.syncGroup(factory))
        .add(SyncCommands.deviceGroup(factory))
        .add(BackupCommands.group(factory));
  }
}
