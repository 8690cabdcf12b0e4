package vn.kiemtra.core.backup;

import java.nio.file.Path;
import vn.kiemtra.core.shared.DomainException;

/** The database file exists but does not open or cannot be read through: recovery may help. */
public final class UnreadableDatabaseException extends DomainException {
  private final transient Path file;
  private final boolean olderThanBackup;

  public UnreadableDatabaseException(Path file, String message, Throwable cause) {
    this(file, message, cause, false);
  }

  /**
   * @param olderThanBackup the file opens but holds less than its newest backup: H2 fell back to an
   *     older state after a crash or the file was cut short
   */
  public UnreadableDatabaseException(
      Path file, String message, Throwable cause, boolean olderThanBackup) {
    super(message, cause);
    this.file = file;
    this.olderThanBackup = olderThanBackup;
  }

  public boolean olderThanBackup() {
    return olderThanBackup;
  }

  public Path file() {
    return file;
  }
}
