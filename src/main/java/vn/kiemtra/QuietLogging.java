package vn.kiemtra;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps library chatter (jOOQ banner, Flyway info lines) out of the user's terminal. */
final class QuietLogging {
  // Strong references: java.util.logging forgets configured loggers that are garbage collected.
  private static final List<Logger> CONFIGURED = new ArrayList<>();

  private QuietLogging() {}

  static synchronized void apply() {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    if (!CONFIGURED.isEmpty() || System.getenv("KIEMTRA_DEBUG") != null) {
      return;
    }
    for (String name : List.of("org.flywaydb", "org.jooq", "net.sf.jasperreports", "org.h2")) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(Level.WARNING);
      CONFIGURED.add(logger);
    }
  }
}
