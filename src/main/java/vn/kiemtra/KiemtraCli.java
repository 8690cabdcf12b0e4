package vn.kiemtra;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.kiemtra.cli.BackupCommands;
import vn.kiemtra.cli.CommandTree;
import vn.kiemtra.cli.DoctorCommand;
import vn.kiemtra.cli.MinutesCommands;
import vn.kiemtra.cli.ServicesFactory;
import vn.kiemtra.cli.SyncCommands;
import vn.kiemtra.core.settings.DataLocation;
import vn.kiemtra.report.RendererWarmUp;

/** Composition root of the office commands ({@code java -jar kiemtra.jar <command>}). */
public final class KiemtraCli {
  private KiemtraCli() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the commands on the real database (from --db, KIEMTRA_DB or the data folder), logging to
   * the file next to it.
   */
  public static int run(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return run(args, out, err);
  }

  /** Runs {@code args} on the database they name, writing to the given streams. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    String dbOption = dbOption(args);
    // The log file starts on its own thread while picocli reads the commands' annotations; the
    // command waits for it before it runs, so nothing it logs misses the file.
    AppLogging.startAhead(dbOption);
    if (rendersMinutes(args) && !Boolean.getBoolean("kiemtra.noRendererWarmUp")) {
      RendererWarmUp.start(minutesCommand(args).equals("render"));
    }
    // Ctrl+C or the system's request to end, mid-command, closes the database as the command
    // would have (no "not closed normally" at the next start).
    ClosedOnExit database = new ClosedOnExit(() -> {});
    try {
      return commands(db -> database.opened(AppContext.open(DataLocation.resolve(db))))
          .beforeRun(() -> AppLogging.start(dbOption))
          .execute(args, out, err);
    } finally {
      database.done();
    }
  }

  /**
   * {@code minutes render} or {@code minutes verify}: JasperReports can load while the database
   * opens.
   */
  static boolean rendersMinutes(String[] args) {
    String command = minutesCommand(args);
    return command.equals("render") || command.equals("verify");
  }

  /** The word after {@code minutes} when the command line starts with it, else "". */
  private static String minutesCommand(String[] args) {
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < args.length && words.size() < 2; i++) {
      if (args[i].equals("--db")) {
        i++;
      } else if (!args[i].startsWith("-")) {
        words.add(args[i]);
      }
    }
    return words.size() == 2 && words.get(0).equals("minutes") ? words.get(1) : "";
  }

  /** The command tree wired to a database opener; features add their command groups here. */
  public static CommandTree commands(ServicesFactory factory) {
    return new CommandTree(factory)
        .add(MinutesCommands.group(factory))
        .add(SyncCommands.syncGroup(factory))
        .add(SyncCommands.deviceGroup(factory))
        .add(BackupCommands.group(factory))
        .addCommand(new DoctorCommand(factory, AppLogging::logFile))
        .logFile(AppLogging::logFile);
  }

  /** The {@code --db} value wherever it is given (before or after the command), else null. */
  static String dbOption(String[] args) {
    String found = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--db") && i + 1 < args.length) {
        found = args[++i];
      } else if (args[i].startsWith("--db=")) {
        found = args[i].substring("--db=".length());
      }
    }
    return found;
  }
}
