package vn.kiemtra.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.jooq.exception.DataAccessException;
import vn.kiemtra.core.backup.UnreadableDatabaseException;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * Turns H2 and Flyway failures into messages a Vietnamese user can act on. A full disk, a disk that
 * fails, a value too long for its column: each gets its own sentence saying that nothing was
 * changed; H2's and jOOQ's English (SQL text, "Cannot commit transaction") goes to the log only.
 */
final class DatabaseErrors {
  private static final Messages MSG = Messages.of("messages");
  private static final Logger LOG = Logger.getLogger(DatabaseErrors.class.getName());

  /** What operating systems say when a write finds no room (Linux, macOS, Windows, quotas). */
  private static final String[] DISK_FULL = {
    "no space left on device", "not enough space on the disk", "disk quota exceeded", "disk full"
  };

  private DatabaseErrors() {}

  static DomainException translateOpen(Path base, SQLException e) {
    String file = base + ".mv.db";
    if (isDiskFull(e)) {
      return logged(new DomainException(MSG.get("db.diskFull"), e));
    }
    return switch (e.getErrorCode()) {
      case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new DomainException(MSG.get("db.inUse", file), e);
      case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
          new DomainException(MSG.get("db.password", file), e);
      case ErrorCode.FILE_VERSION_ERROR_1 ->
          new DomainException(MSG.get("db.newerVersion", file), e);
      case ErrorCode.FILE_CORRUPTED_1, ErrorCode.GENERAL_ERROR_1 -> unreadable(base, e);
      default ->
          damagedStore(e)
              ? unreadable(base, e)
              : new DomainException(MSG.get("db.openFailed", file, e.getMessage()), e);
    };
  }

  /** H2's storage layer reports a page it cannot read somewhere in the cause chain. */
  private static boolean damagedStore(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.h2.mvstore.MVStoreException) {
        return true;
      }
    }
    return false;
  }

  /** The file exists but does not open or read through: recovery from backups may bring it back. */
  static UnreadableDatabaseException unreadable(Path base, Throwable cause) {
    Path file = base.resolveSibling(base.getFileName() + ".mv.db");
    return new UnreadableDatabaseException(file, MSG.get("db.corrupt", file), cause);
  }

  static DomainException translateMigration(Path base, FlywayException e) {
    return new DomainException(MSG.get("db.migrationFailed", base + ".mv.db", e.getMessage()), e);
  }

  /** The user's message for a failed read or write; a rule broken inside the work is kept. */
  static RuntimeException translate(DataAccessException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException d) {
        return d;
      }
    }
    if (isDiskFull(e)) {
      return logged(new DomainException(MSG.get("db.diskFull"), e));
    }
    SQLException sql = firstSqlException(e);
    int code = sql == null ? 0 : sql.getErrorCode();
    if (code == ErrorCode.VALUE_TOO_LONG_2 || code == ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_1) {
      return logged(new DomainException(MSG.get("db.valueTooLong"), e));
    }
    if (isWriteFailure(e, code)) {
      return logged(new DomainException(MSG.get("db.writeFailed"), e));
    }
    return logged(new DomainException(MSG.get("db.error", String.valueOf(code)), e));
  }

  /** True when anything in the chain says the disk has no room left. */
  static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      for (String phrase : DISK_FULL) {
        if (text.contains(phrase)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static boolean isWriteFailure(Throwable e, int code) {
    if (code == ErrorCode.IO_EXCEPTION_1
        || code == ErrorCode.IO_EXCEPTION_2
        || code == ErrorCode.DATABASE_IS_CLOSED) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MVStoreException m
          && (m.getErrorCode() == DataUtils.ERROR_WRITING_FAILED
              || m.getErrorCode() == DataUtils.ERROR_CLOSED)) {
        return true;
      }
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static SQLException firstSqlException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  /** The cause in full goes to the log, for whoever supports the office. */
  private static DomainException logged(DomainException d) {
    LOG.log(Level.WARNING, d.getMessage(), d.getCause());
    return d;
  }
}
