package vn.kiemtra.core.shared;

/**
 * Work reached the data after it was closed (the application is stopping): it did nothing, and
 * nobody is left to be told; a late background read on the closing window is the usual case.
 */
public final class DataClosedException extends IllegalStateException {
  public DataClosedException(Throwable cause) {
    super("the data is closed", cause);
  }

  /** Whether {@code error}, or one of its causes, says the data was closed under the work. */
  public static boolean isCause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof DataClosedException) {
        return true;
      }
    }
    return false;
  }
}
