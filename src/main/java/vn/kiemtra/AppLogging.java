package vn.kiemtra;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import vn.kiemtra.core.settings.DataLocation;

/**
 * Sends the application's log to a rolling file in the data folder ({@code
 * <folder>/logs/kiemtra.log}, a new file each day and at 5 MB, 14 days and 50 MB at most), with
 * library noise (H2, Flyway, jOOQ, JasperReports, POI) kept at WARN and java.util.logging bridged.
 * Nothing reaches the terminal unless {@code KIEMTRA_DEBUG} is set.
 */
public final class AppLogging {
  static final String FOLDER = "logs";
  static final String FILE = "kiemtra.log";
  private static final List<String> LIBRARIES =
      List.of(
          "org.h2",
          "h2database",
          "org.flywaydb",
          "org.jooq",
          "net.sf.jasperreports",
          "org.apache",
          "com.lowagie",
          "com.fasterxml",
          "picocli");

  private static Path current;

  /** The log file whose folder could not be made, so that it is reported once per process. */
  private static Path unwritable;

  private AppLogging() {}

  /**
   * Starts logging next to the database named by {@code dbOption} (else {@code KIEMTRA_DB} or the
   * user's data folder); returns the log file, or null when the folder cannot be written (then
   * warnings still go to standard error).
   */
  public static synchronized Path start(String dbOption) {
    quietLibraries();
    Path folder = dataFolder(dbOption).resolve(FOLDER);
    Path file = folder.resolve(FILE);
    if (file.equals(current)) {
      return current;
    }
    if (file.equals(unwritable)) {
      return null; // said once already (a command's log started ahead, then waited for)
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException | RuntimeException e) {
      LoggerFactory.getLogger(AppLogging.class).warn("no log folder {}: {}", folder, e.toString());
      unwritable = file;
      return null;
    }
    configure(file);
    current = file;
    return file;
  }

  /**
   * Starts the log file on a thread of its own (logback and the java.util.logging bridge take a few
   * hundred milliseconds cold), while the caller goes on: the window starts its toolkit meanwhile.
   * A later {@link #start} with the same folder waits for it, and returns the same file.
   */
  public static void startAhead(String dbOption) {
    quietLibraries();
    new vn.kiemtra.core.shared.WarmUp("kiemtra-log-start", () -> start(dbOption)).start();
  }

  /**
   * No banners from jOOQ, and only errors from SLF4J about itself: its notice that warnings logged
   * while it started on another thread are replayed (a command's log starts ahead of it) is English
   * for the user's terminal, not news. Set before SLF4J starts, which reads it then.
   */
  private static void quietLibraries() {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  /**
   * Stops writing to the file and goes back to the packaged configuration (warnings on standard
   * error), as before {@link #start}.
   */
  static synchronized void stop() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    try {
      new ch.qos.logback.classic.util.ContextInitializer(context).autoConfig();
    } catch (ch.qos.logback.core.joran.spi.JoranException e) {
      // the context stays reset: nothing is logged, which is what stopping asks for
    }
    current = null;
    unwritable = null;
  }

  /** The log file in use, or null before {@link #start}. */
  public static synchronized Path logFile() {
    return current;
  }

  /**
   * The folder of the database in use; the user's data folder when the path is not one kiemtra
   * would open (a {@code ;} in it is refused when the database opens).
   */
  static Path dataFolder(String dbOption) {
    try {
      Path db = DataLocation.resolve(dbOption).toAbsolutePath();
      if (db.toString().indexOf(';') < 0 && db.getParent() != null) {
        return db.getParent();
      }
    } catch (RuntimeException e) {
      // an unusable path: the database open reports it, the log goes to the data folder
    }
    return DataLocation.dataFolder(
        System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
  }

  private static void configure(Path file) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    LevelChangePropagator julLevels = new LevelChangePropagator();
    julLevels.setContext(context);
    julLevels.setResetJUL(true);
    julLevels.start();
    context.addListener(julLevels);

    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    DeferredAppender appender = new DeferredAppender("FILE", () -> fileAppender(context, file));
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
    for (String library : LIBRARIES) {
      context.getLogger(library).setLevel(Level.WARN);
    }
    if (System.getenv("KIEMTRA_DEBUG") != null) {
      DeferredAppender console =
          new DeferredAppender("STDERR", () -> consoleAppender(context, FILE_PATTERN));
      console.setContext(context);
      console.start();
      root.addAppender(console);
      root.setLevel(Level.DEBUG);
    }
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }

  private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path file) {
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName("FILE");
    appender.setFile(file.toString());
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
    policy.setContext(context);
    policy.setParent(appender);
    policy.setFileNamePattern(file.resolveSibling("kiemtra.%d{yyyy-MM-dd}.%i.log.gz").toString());
    policy.setMaxFileSize(FileSize.valueOf("5MB"));
    policy.setMaxHistory(14);
    policy.setTotalSizeCap(FileSize.valueOf("50MB"));
    policy.start();
    appender.setRollingPolicy(policy);
    appender.setEncoder(encoder(context, FILE_PATTERN));
    appender.start();
    return appender;
  }

  /** A console appender on standard error (also the one before the log file starts). */
  static ConsoleAppender<ILoggingEvent> consoleAppender(LoggerContext context, String pattern) {
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("STDERR");
    console.setTarget("System.err");
    console.setEncoder(encoder(context, pattern));
    console.start();
    return console;
  }

  private static final String FILE_PATTERN =
      "%d{yyyy-MM-dd HH:mm:ss.SSS XXX} %-5level [%thread] %logger{30} - %msg%n";

  private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.setPattern(pattern);
    encoder.start();
    return encoder;
  }
}
