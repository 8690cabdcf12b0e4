package vn.kiemtra.core.sync;

import vn.kiemtra.core.shared.DomainException;

/** A sync package refused: the message says in Vietnamese what is wrong and what to do. */
public class SyncPackageException extends DomainException {
  public SyncPackageException(String message) {
    super(message);
  }

  public SyncPackageException(String message, Throwable cause) {
    super(message, cause);
  }
}
