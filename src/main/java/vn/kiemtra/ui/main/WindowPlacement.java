package vn.kiemtra.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Where the main window opens: where the user left it last time if that still fits a screen, else
 * 1280×800 centred on the primary screen, or maximized on a screen hardly larger than that — and
 * never larger than the screen's free area (a 1024×700 laptop gets a window that fits it, not one
 * that runs under the task bar).
 */
public final class WindowPlacement {
  static final double PREFERRED_WIDTH = 1280;
  static final double PREFERRED_HEIGHT = 800;
  static final double MIN_WIDTH = 760;
  static final double MIN_HEIGHT = 520;

  /** How much of a remembered window must still be on a screen for it to open there again. */
  private static final double VISIBLE_PART = 100;

  private static final String X = "main.x";
  private static final String Y = "main.y";
  private static final String WIDTH = "main.width";
  private static final String HEIGHT = "main.height";
  private static final String MAXIMIZED = "main.maximized";

  private final Preferences store;

  public WindowPlacement(Preferences store) {
    this.store = store;
  }

  /** The user's placement, kept beside the other window preferences. */
  public static WindowPlacement forUser() {
    return new WindowPlacement(Preferences.userRoot().node("vn/kiemtra/window"));
  }

  /**
   * The window's bounds on screens with these free areas (the first is the primary): the remembered
   * bounds, cut to the screen they are on, when at least a corner of them is still visible;
   * otherwise the preferred size cut to the primary screen and centred on it.
   */
  static Rectangle2D bounds(List<Rectangle2D> visualBounds, Optional<Rectangle2D> remembered) {
    if (remembered.isPresent()) {
      Rectangle2D r = remembered.get();
      for (Rectangle2D screen : visualBounds) {
        if (visiblePart(screen, r)) {
          return fitted(screen, r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
        }
      }
    }
    Rectangle2D primary = visualBounds.get(0);
    double w = Math.min(PREFERRED_WIDTH, primary.getWidth());
    double h = Math.min(PREFERRED_HEIGHT, primary.getHeight());
    return fitted(
        primary,
        primary.getMinX() + (primary.getWidth() - w) / 2,
        primary.getMinY() + (primary.getHeight() - h) / 2,
        w,
        h);
  }

  private static boolean visiblePart(Rectangle2D screen, Rectangle2D r) {
    double w = Math.min(r.getMaxX(), screen.getMaxX()) - Math.max(r.getMinX(), screen.getMinX());
    double h = Math.min(r.getMaxY(), screen.getMaxY()) - Math.max(r.getMinY(), screen.getMinY());
    return w >= VISIBLE_PART && h >= VISIBLE_PART;
  }

  /** No larger than the screen and wholly on it, keeping the size and moving the corner. */
  private static Rectangle2D fitted(Rectangle2D screen, double x, double y, double w, double h) {
    double width = Math.min(Math.max(w, Math.min(MIN_WIDTH, screen.getWidth())), screen.getWidth());
    double height =
        Math.min(Math.max(h, Math.min(MIN_HEIGHT, screen.getHeight())), screen.getHeight());
    double left = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width));
    double top = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height));
    return new Rectangle2D(left, top, width, height);
  }

  /**
   * Whether the window opens maximized: as the user left it, or, the first time, when the preferred
   * size would leave only a thin strip of a small screen (1366×768, 1024×700) around it.
   */
  static boolean maximized(Rectangle2D primary, Optional<Boolean> remembered) {
    return remembered.orElse(
        primary.getWidth() < PREFERRED_WIDTH + 120 || primary.getHeight() < PREFERRED_HEIGHT + 80);
  }

  /** Places the stage before it is shown, and remembers where the user leaves it. */
  public void apply(Stage stage) {
    Screen primaryScreen = Screen.getPrimary();
    List<Rectangle2D> screens = new java.util.ArrayList<>();
    screens.add(primaryScreen.getVisualBounds());
    Screen.getScreens().stream()
        .filter(s -> !s.equals(primaryScreen))
        .forEach(s -> screens.add(s.getVisualBounds()));
    Rectangle2D at = bounds(screens, remembered());
    Rectangle2D primary = screens.get(0);
    stage.setMinWidth(Math.min(MIN_WIDTH, primary.getWidth()));
    stage.setMinHeight(Math.min(MIN_HEIGHT, primary.getHeight()));
    stage.setX(at.getMinX());
    stage.setY(at.getMinY());
    stage.setWidth(at.getWidth());
    stage.setHeight(at.getHeight());
    stage.setMaximized(maximized(primary, rememberedMaximized()));
    stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> remember(stage));
  }

  private Optional<Boolean> rememberedMaximized() {
    String value = store.get(MAXIMIZED, null);
    return value == null ? Optional.empty() : Optional.of(Boolean.parseBoolean(value));
  }

  private Optional<Rectangle2D> remembered() {
    double w = store.getDouble(WIDTH, -1);
    double h = store.getDouble(HEIGHT, -1);
    if (w <= 0 || h <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Rectangle2D(store.getDouble(X, 0), store.getDouble(Y, 0), w, h));
  }

  /** Keeps the last bounds the window had while not maximized or minimized. */
  void remember(Stage stage) {
    store.putBoolean(MAXIMIZED, stage.isMaximized());
    if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
      store.putDouble(X, stage.getX());
      store.putDouble(Y, stage.getY());
      store.putDouble(WIDTH, stage.getWidth());
      store.putDouble(HEIGHT, stage.getHeight());
    }
  }
}
