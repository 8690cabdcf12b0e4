package vn.kiemtra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.kiemtra.core.settings.DataLocation;
import vn.kiemtra.launcher.InstanceChannel;

/**
 * Launcher of the jar and of the installed program: with no command (or only a {@code .kiemtra}
 * sync package, as a double-click passes it) it opens the window, or hands the request to the
 * window already running on the same database; otherwise it runs an office command without loading
 * any window class. It does not extend {@code Application}, so JavaFX can load from the classpath.
 */
public final class Main {
  /** The file type of sync packages, opened by the window's import screen. */
  static final String PACKAGE_SUFFIX = ".kiemtra";

  private Main() {}

  public static void main(String[] args) {
    if (opensWindow(args)) {
      Path database = DataLocation.resolve(KiemtraCli.dbOption(args));
      if (InstanceChannel.handOff(database, new InstanceChannel.Request(packageFile(args)))) {
        return;
      }
      // The log file starts while the toolkit starts; KiemtraApp.start waits for it.
      AppLogging.startAhead(KiemtraCli.dbOption(args));
      KiemtraApp.main(args);
    } else {
      System.exit(KiemtraCli.run(args));
    }
  }

  /** No arguments, or only {@code --db PATH} and at most one {@code .kiemtra} file: the window. */
  static boolean opensWindow(String[] args) {
    List<String> rest = withoutDb(args);
    return rest.isEmpty() || (rest.size() == 1 && isPackage(rest.get(0)));
  }

  /** The sync package named on the command line (a double-click on a .kiemtra file), if any. */
  static Optional<Path> packageFile(String[] args) {
    List<String> rest = withoutDb(args);
    return rest.size() == 1 && isPackage(rest.get(0))
        ? Optional.of(Path.of(rest.get(0)).toAbsolutePath())
        : Optional.empty();
  }

  private static boolean isPackage(String arg) {
    return !arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(PACKAGE_SUFFIX);
  }

  private static List<String> withoutDb(String[] args) {
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--db") && i + 1 < args.length) {
        i++;
      } else if (!args[i].startsWith("--db=")) {
        rest.add(args[i]);
      }
    }
    return rest;
  }
}
