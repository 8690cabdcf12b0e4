package vn.kiemtra.core.backup;

import java.nio.file.Path;
import vn.kiemtra.core.shared.DomainException;

/** The database file exists but does not open or cannot be read through: recovery may help. */
public final class UnreadableDatabaseException extends DomainException {
  private final transient Path file;

  public UnreadableDatabaseException(Path file, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
