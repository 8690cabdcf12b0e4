package vn.kiemtra.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard shortcuts of the window's actions: the key works while focus is inside the screen that
 * owns the action, and the control's tooltip names it ("Thêm kiến nghị (Ctrl+Shift+K)").
 */
public final class Shortcuts {
  private Shortcuts() {}

  /** "Ctrl+Shift+K", as the platform writes it. */
  public static String text(KeyCombination key) {
    return key.getDisplayText();
  }

  /** "label (key)". */
  public static String withKey(String label, KeyCombination key) {
    return label + " (" + text(key) + ")";
  }

  /** Puts the key into the control's tooltip, after its existing tooltip text if any. */
  public static void tooltip(Control control, KeyCombination key) {
    Tooltip old = control.getTooltip();
    String base = old == null ? labelOf(control) : old.getText();
    Tooltip tip = new Tooltip(withKey(base, key));
    tip.setWrapText(true);
    tip.setMaxWidth(420);
    control.setTooltip(tip);
  }

  /** Puts the key into a tab's tooltip. */
  public static void tooltip(Tab tab, KeyCombination key) {
    tab.setTooltip(new Tooltip(withKey(tab.getText(), key)));
  }

  /**
   * Runs {@code action} when {@code key} is pressed while focus is inside {@code scope}; the press
   * is consumed, so no other handler reacts to it as well.
   */
  public static void bind(Node scope, KeyCombination key, Runnable action) {
    scope.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (!e.isConsumed() && key.match(e)) {
            e.consume();
            action.run();
          }
        });
  }

  /** Binds the key to the control's action (a button fires only when enabled) and shows it. */
  public static void bind(Node scope, javafx.scene.control.ButtonBase button, KeyCombination key) {
    tooltip(button, key);
    bind(
        scope,
        key,
        () -> {
          if (!button.isDisabled() && button.isVisible() && button.getScene() != null) {
            button.fire();
          }
        });
  }

  private static String labelOf(Control control) {
    return control instanceof javafx.scene.control.Labeled l ? l.getText() : "";
  }
}
