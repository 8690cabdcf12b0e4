package vn.kiemtra.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.kiemtra.AppContext;
import vn.kiemtra.KiemtraCli;
import vn.kiemtra.core.settings.DataLocation;

/** Runs office commands in-process against a database file, capturing output and exit code. */
public final class Cli {
  /** Exit code and the two output streams of one command. */
  public record Run(int exit, String out, String err) {}

  private Cli() {}

  public static Run run(Path db, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add(db.toString());
    return runRaw(all.toArray(String[]::new));
  }

  public static Run runRaw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        KiemtraCli.commands(option -> AppContext.open(DataLocation.resolve(option)))
            .execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }
}
