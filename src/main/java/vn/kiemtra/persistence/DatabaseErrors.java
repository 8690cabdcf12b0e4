package vn.kiemtra.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;
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
      case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 ->
          new DomainException(MSG.get("db.corrupt", file), e);
      case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
          new DomainException(MSG.get("db.password", file), e);
      default -> new DomainException(MSG.get("db.openFailed", file, e.getMessage()), e);
    };
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
