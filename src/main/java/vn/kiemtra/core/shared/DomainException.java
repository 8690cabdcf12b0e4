package vn.kiemtra.core.shared;

/** A failure the user can act on; its message is Vietnamese text meant to be shown as is. */
public class DomainException extends RuntimeException {
  public DomainException(String message) {
    super(message);
  }

  public DomainException(String message, Throwable cause) {
    super(message, cause);
  }
}
