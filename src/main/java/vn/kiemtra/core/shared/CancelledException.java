package vn.kiemtra.core.shared;

/** The user cancelled long work; whatever it was writing has been rolled back. */
public final class CancelledException extends DomainException {
  public CancelledException(String message) {
    super(message);
  }
}
