package vn.kiemtra.core.backup;

import java.util.function.Supplier;

/**
 * Marks the writes the journal records itself, so the commit hook can tell them from writes it
 * cannot repeat (those get an {@link JournalEntry.Kind#OTHER_CHANGE} marker and a prompt backup).
 */
final class JournalScope {
  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private JournalScope() {}

  static boolean active() {
    return DEPTH.get() > 0;
  }

  static <T> T call(Supplier<T> work) {
    DEPTH.set(DEPTH.get() + 1);
    try {
      return work.get();
    } finally {
      DEPTH.set(DEPTH.get() - 1);
    }
  }

  static void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }
}
