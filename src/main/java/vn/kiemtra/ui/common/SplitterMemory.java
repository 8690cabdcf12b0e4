package vn.kiemtra.ui.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;

/**
 * Keeps where the user left a split pane's divider: the same place when the screen is built again
 * (another inspection, a reload) and at the next start (user preferences).
 */
public final class SplitterMemory {
  private static final Map<String, Double> POSITIONS = new ConcurrentHashMap<>();

  private SplitterMemory() {}

  private static Preferences store() {
    return Preferences.userRoot().node("vn/kiemtra/window");
  }

  /**
   * Puts the divider where it was last left (else at {@code initial}) and follows the user's moves
   * of it. A move that comes with a new size of the pane (the window resized, a side that keeps its
   * width) is the layout's, not the user's: it is not kept.
   */
  public static void remember(SplitPane split, String key, double initial) {
    double at = POSITIONS.computeIfAbsent(key, k -> store().getDouble(k, initial));
    split.setDividerPositions(at);
    double[] sizeAtLastMove = {size(split)};
    split
        .getDividers()
        .get(0)
        .positionProperty()
        .addListener(
            (o, was, now) -> {
              double p = now.doubleValue();
              double size = size(split);
              boolean resized = size != sizeAtLastMove[0];
              sizeAtLastMove[0] = size;
              // The skin lays the divider out at 0 or 1 while the pane has no size yet.
              if (!resized && size > 0 && p > 0.05 && p < 0.95) {
                POSITIONS.put(key, p);
                store().putDouble(key, p);
              }
            });
  }

  private static double size(SplitPane split) {
    return split.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
        ? split.getWidth()
        : split.getHeight();
  }

  /** Forgets where the divider of {@code key} was left: the next screen starts at its default. */
  public static void forget(String key) {
    POSITIONS.remove(key);
    store().remove(key);
  }

  /** Where the divider of {@code key} was last left, if it was moved in this run. */
  public static java.util.Optional<Double> position(String key) {
    return java.util.Optional.ofNullable(POSITIONS.get(key));
  }
}
