package vn.kiemtra.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;
import vn.kiemtra.core.backup.UnreadableDatabaseException;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/** Turns H2 and Flyway failures into messages a Vietnamese user can act on. */
final class DatabaseErrors {
  private static final Messages MSG = Messages.of("messages");

  private DatabaseErrors() {}

  static DomainException translateOpen(Path base, SQLException e) {
    String file = base + ".mv.db";
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

  static RuntimeException translate(DataAccessException e) {
    if (e.getCause() instanceof DomainException d) {
      return d;
    }
    Throwable t = e;
    while (t != null) {
      if (t instanceof DomainException d) {
        return d;
      }
      t = t.getCause();
    }
    return new DomainException(MSG.get("db.error", e.getMessage()), e);
  }
}
