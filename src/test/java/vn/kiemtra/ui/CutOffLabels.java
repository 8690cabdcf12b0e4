package vn.kiemtra.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds the texts of a screen that are cut off: every shown {@link Labeled} whose rendered text
 * (the skin's text node, which ends in an ellipsis when the text does not fit its width) differs
 * from its text, or whose text node is wider than the control; and every empty text field whose
 * hint is wider than the field.
 */
public final class CutOffLabels {
  private CutOffLabels() {}

  /** Descriptions of the cut-off labels under {@code root} that are on screen. */
  public static List<String> in(Parent root) {
    List<String> cut = new ArrayList<>();
    visit(root, root, cut);
    return cut;
  }

  private static void visit(Parent root, Node node, List<String> cut) {
    if (!node.isVisible()) {
      return;
    }
    // Table and list rows show data that may be longer than a column; they are not labels.
    if (node instanceof IndexedCell<?>) {
      return;
    }
    if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
      check(root, l, cut);
    }
    if (node instanceof javafx.scene.control.TextField f) {
      checkPrompt(f, cut);
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        visit(root, child, cut);
      }
    }
  }

  /** An empty field's hint (its prompt text) must fit the field, or the user reads half of it. */
  private static void checkPrompt(javafx.scene.control.TextField f, List<String> cut) {
    String prompt = f.getPromptText();
    if (prompt == null || prompt.isEmpty() || (f.getText() != null && !f.getText().isEmpty())) {
      return;
    }
    Text measured = new Text(prompt);
    measured.setFont(f.getFont());
    double room = f.getWidth() - f.getInsets().getLeft() - f.getInsets().getRight();
    if (f.getWidth() > 0 && measured.getLayoutBounds().getWidth() > room + 0.5) {
      cut.add(
          "TextField"
              + (f.getId() == null ? "" : "#" + f.getId())
              + " hint «"
              + prompt
              + "» is wider than the field");
    }
  }

  private static void check(Parent root, Labeled l, List<String> cut) {
    Bounds onScreen = l.localToScene(l.getLayoutBounds());
    Bounds window = root.localToScene(root.getLayoutBounds());
    if (onScreen == null || !window.intersects(onScreen)) {
      return;
    }
    // A label whose own box is cut by a clipping parent (a split pane's side, a scroll viewport).
    for (Node up = l.getParent(); up != null; up = up.getParent()) {
      if (up.getClip() != null) {
        Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
        boolean inside =
            onScreen.getMinX() >= clip.getMinX() - 0.5
                && onScreen.getMaxX() <= clip.getMaxX() + 0.5;
        boolean scrolledAway = !clip.intersects(onScreen);
        // Scroll panes and a table's header row scroll: what they clip is reached by scrolling.
        boolean scrolls =
            up instanceof javafx.scene.control.ScrollPane
                || up instanceof javafx.scene.control.skin.TableHeaderRow;
        if (!inside && scrolls) {
          break; // partly scrolled out of view: the outer panes clip it for the same reason
        }
        if (!inside && !scrolledAway) {
          cut.add(
              l.getClass().getSimpleName()
                  + (l.getId() == null ? "" : "#" + l.getId())
                  + " «"
                  + l.getText()
                  + "» runs past the edge of its "
                  + up.getClass().getSimpleName());
          return;
        }
      }
    }
    if (l.isWrapText() && l.getHeight() + 0.5 < l.prefHeight(l.getWidth())) {
      cut.add(
          l.getClass().getSimpleName()
              + (l.getId() == null ? "" : "#" + l.getId())
              + " «"
              + l.getText()
              + "» has lost wrapped lines");
      return;
    }
    for (Node child : l.getChildrenUnmodifiable()) {
      if (child instanceof Text t && t.isVisible()) {
        String shown = t.getText();
        boolean elided = !normalise(shown).equals(normalise(l.getText()));
        boolean wider = !l.isWrapText() && t.getLayoutBounds().getWidth() > l.getWidth() + 0.5;
        if (elided || wider) {
          cut.add(
              l.getClass().getSimpleName()
                  + (l.getId() == null ? "" : "#" + l.getId())
                  + " «"
                  + l.getText()
                  + "» shown as «"
                  + shown
                  + "» in "
                  + Math.round(l.getWidth())
                  + " px");
        }
      }
    }
  }

  /** Wrapping turns spaces into line breaks; a mnemonic underscore is not shown. */
  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
