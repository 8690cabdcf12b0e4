package vn.kiemtra.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.settings.DataLocation;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * {@code kiemtra doctor}: what support needs to know about this installation, one fact a line
 * (version, Java, data folder, database and schema version, log file, the minutes' fonts, device
 * id). The facts that need no database are printed even when the database cannot be opened.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true)
public final class DoctorCommand implements Callable<Integer> {
  static final String DESCRIPTION = "commandline:cmd.doctor";
  private static final String BUNDLED_SERIF =
      "com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Regular.ttf";

  @Mixin DbOption db;

  @Spec CommandSpec spec;

  private final ServicesFactory factory;
  private final Supplier<Path> logFile;
  private final Messages m = Messages.of("commandline");

  public DoctorCommand(ServicesFactory factory, Supplier<Path> logFile) {
    this.factory = factory;
    this.logFile = logFile;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String option = DbOption.chosen(db, spec);
    Path database = DataLocation.resolve(option).toAbsolutePath();
    line(out, "doctor.version", "kiemtra " + CommandTree.VERSION);
    line(
        out,
        "doctor.java",
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    line(
        out,
        "doctor.os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    line(out, "doctor.dataFolder", database.getParent());
    Path log = logFile.get();
    line(out, "doctor.log", log == null ? m.get("doctor.none") : log);
    line(out, "doctor.fonts", fonts());
    try (Services services = factory.open(option)) {
      line(out, "doctor.database", services.databaseFile().toAbsolutePath());
      line(out, "doctor.schema", services.sync().schemaVersion());
      line(out, "doctor.device", services.deviceId());
      return 0;
    } catch (DomainException e) {
      line(out, "doctor.database", database);
      throw e;
    }
  }

  private void line(PrintWriter out, String key, Object value) {
    out.println(m.get(key) + ": " + value);
  }

  /** The minutes use "Times New Roman", served by the Liberation Serif bundled with kiemtra. */
  private String fonts() {
    Set<String> installed = installedFamilies();
    boolean bundled = DoctorCommand.class.getClassLoader().getResource(BUNDLED_SERIF) != null;
    return m.get(
        "doctor.fontsLine",
        yesNo(bundled),
        yesNo(installed.contains("times new roman")),
        yesNo(installed.contains("liberation serif")));
  }

  private static Set<String> installedFamilies() {
    try {
      return Arrays.stream(
              GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
          .map(f -> f.toLowerCase(Locale.ROOT))
          .collect(Collectors.toSet());
    } catch (RuntimeException | Error e) {
      return Set.of();
    }
  }

  private String yesNo(boolean yes) {
    return m.get(yes ? "doctor.yes" : "doctor.no");
  }
}
