package vn.kiemtra.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command takes. */
public final class DbOption {
  @Option(names = "--db", paramLabel = "PATH", descriptionKey = "option.db")
  String path;

  public String path() {
    return path;
  }

  /**
   * The database a command uses: its own {@code --db}, else the one given before the command
   * ({@code kiemtra --db PATH <command>}), else null (the default location).
   */
  static String chosen(DbOption own, CommandSpec command) {
    if (own != null && own.path != null) {
      return own.path;
    }
    return command.root().userObject() instanceof CommandTree.Root root ? root.db : null;
  }
}
