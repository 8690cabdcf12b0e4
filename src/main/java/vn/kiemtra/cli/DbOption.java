package vn.kiemtra.cli;

import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command takes. */
public final class DbOption {
  @Option(names = "--db", paramLabel = "PATH", descriptionKey = "option.db")
  String path;

  public String path() {
    return path;
  }
}
