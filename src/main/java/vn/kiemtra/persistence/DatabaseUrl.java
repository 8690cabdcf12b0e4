package vn.kiemtra.persistence;

import java.nio.file.Path;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * The JDBC URL of a database file, built only from its path: the path can never add settings to the
 * connection (a {@code ;} would start H2 settings such as {@code INIT=…}), so such a path is
 * refused.
 */
final class DatabaseUrl {
  // WRITE_DELAY=0: every commit is in the file when the save returns (ADR 0003 for why
  // REUSE_SPACE=FALSE is not set). H2 traces go to the application log (level 4: SLF4J), not to a
  // .trace.db beside the data. MAX_COMPACT_TIME=0: H2 does not compact the file as it closes;
  // Database.close compacts it only after a session that wrote (a read-only command would
  // otherwise spend up to 200 ms of its run rewriting a file it did not change).
  private static final String SETTINGS =
      ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=4;MAX_COMPACT_TIME=0";

  private DatabaseUrl() {}

  /** Refuses a path H2 would read as more than a file name. */
  static void checkPath(Path base) {
    String text = base.toString();
    if (text.indexOf(';') >= 0 || text.indexOf('\0') >= 0) {
      throw new DomainException(Messages.of("safety").get("db.pathSemicolon", text));
    }
  }

  /** The URL of the database whose file is {@code base + ".mv.db"}. */
  static String of(Path base) {
    checkPath(base);
    return "jdbc:h2:file:" + base.toAbsolutePath() + SETTINGS;
  }
}
