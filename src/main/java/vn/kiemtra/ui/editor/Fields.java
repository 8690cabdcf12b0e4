package vn.kiemtra.ui.editor;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import vn.kiemtra.core.text.VietnameseText;
import vn.kiemtra.ui.common.Texts;

/** Text inputs of the editor: NFC, initial value, and every change passed on as it is typed. */
final class Fields {
  private Fields() {}

  static TextField text(String id, String initial, Consumer<String> onChange) {
    return wire(new TextField(), id, initial, onChange);
  }

  static TextArea area(String id, String initial, int rows, Consumer<String> onChange) {
    TextArea area = wire(new TextArea(), id, initial, onChange);
    area.setPrefRowCount(rows);
    area.setWrapText(true);
    tabMovesOn(area);
    return area;
  }

  private static <T extends TextInputControl> T wire(
      T field, String id, String initial, Consumer<String> onChange) {
    Texts.nfc(field);
    field.setId(id);
    field.setText(initial == null ? "" : initial);
    field.textProperty().addListener((o, a, b) -> onChange.accept(VietnameseText.nfc(b)));
    return field;
  }

  /**
   * Tab leaves a text area for the next field (Shift+Tab for the previous one) as in every other
   * input, instead of typing a tab character: the area's own Ctrl+Tab traversal is used for it.
   */
  static void tabMovesOn(TextArea area) {
    area.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            e.consume();
            area.fireEvent(
                new KeyEvent(
                    e.getSource(),
                    area,
                    KeyEvent.KEY_PRESSED,
                    e.getCharacter(),
                    e.getText(),
                    KeyCode.TAB,
                    e.isShiftDown(),
                    true,
                    e.isAltDown(),
                    e.isMetaDown()));
          }
        });
  }

  /** The red line under an input that names what is wrong with its text; hidden when empty. */
  static Label errorLabel(String id) {
    Label error = new Label();
    error.setId(id);
    error.getStyleClass().add("error");
    error.setWrapText(true);
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    error.visibleProperty().bind(error.textProperty().isNotEmpty());
    return error;
  }

  /** Shows the problem (or clears it) and marks the inputs it is about. */
  static void showProblem(Label error, String problem, Node... inputs) {
    error.setText(problem == null ? "" : problem);
    java.util.List<Node> marked = new java.util.ArrayList<>(java.util.List.of(inputs));
    if (error.getProperties().get("field") instanceof Node field) {
      marked.add(field);
    }
    for (Node input : marked) {
      input.getStyleClass().remove("invalid");
      if (problem != null) {
        input.getStyleClass().add("invalid");
      }
    }
  }

  /** Blank text stored as null (absent), otherwise as typed. */
  static String orNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
