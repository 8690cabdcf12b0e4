package vn.kiemtra.ui.editor;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The editor's keys, shown in the tooltips of its buttons and in the "Cuộc kiểm tra" menu. */
public final class EditorShortcuts {
  private EditorShortcuts() {}

  public static final KeyCombination NEXT_UNANSWERED = new KeyCodeCombination(KeyCode.F3);
  public static final KeyCombination ADD_MEMBER = shortcutShift(KeyCode.T);
  public static final KeyCombination ADD_PARTICIPANT = shortcutShift(KeyCode.U);
  public static final KeyCombination ADD_BASIS = shortcutShift(KeyCode.B);
  public static final KeyCombination ADD_RECOMMENDATION = shortcutShift(KeyCode.K);
  public static final KeyCombination DRAFT_FINDINGS = shortcutShift(KeyCode.D);
  public static final KeyCombination ATTACH_EVIDENCE = shortcutShift(KeyCode.O);
  public static final KeyCombination MARK_READY = shortcutShift(KeyCode.R);
  public static final KeyCombination CLOSE =
      new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

  /** Ctrl+1 … Ctrl+6: the editor's tabs in order (Alt would open the menu bar). */
  public static KeyCombination tab(int index) {
    return new KeyCodeCombination(
        KeyCode.valueOf("DIGIT" + (index + 1)), KeyCombination.SHORTCUT_DOWN);
  }

  private static KeyCombination shortcutShift(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  }
}
