package vn.kiemtra.core.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Marks a journal replay on this thread and holds back the backup a replayed signing asks for until
 * every entry is applied (and journaled again): a backup made half-way would cut the journal
 * entries not yet applied, and a second crash then would lose them.
 */
final class ReplayScope {
  private static final ThreadLocal<List<Runnable>> HELD = new ThreadLocal<>();

  private ReplayScope() {}

  /** Runs {@code action} now, or at the end of the replay running on this thread. */
  static void afterReplay(Runnable action) {
    List<Runnable> held = HELD.get();
    if (held == null) {
      action.run();
    } else {
      held.add(action);
    }
  }

  static <T> T call(Supplier<T> replay) {
    if (HELD.get() != null) {
      return replay.get();
    }
    List<Runnable> held = new ArrayList<>();
    HELD.set(held);
    T result;
    try {
      result = replay.get();
    } finally {
      HELD.remove();
    }
    held.forEach(Runnable::run);
    return result;
  }
}
