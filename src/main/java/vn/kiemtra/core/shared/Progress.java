package vn.kiemtra.core.shared;

/**
 * Where long work (sync, rendering) reports how far it got and learns that the user cancelled.
 * Implementations must be thread-safe: work calls them from a background thread.
 */
public interface Progress {
  /** No reporting, never cancelled. */
  Progress NONE =
      new Progress() {
        @Override
        public void step(String message, long done, long total) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  /**
   * The current step in words (already localised), and done of total units ({@code total ≤ 0}:
   * unknown).
   */
  void step(String message, long done, long total);

  boolean isCancelled();

  /** Throws {@link CancelledException} when the user cancelled. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancelledException(Messages.of("messages").get("work.cancelled"));
    }
  }
}
