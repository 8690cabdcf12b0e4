package vn.kiemtra.ui.editor;

import java.util.function.Consumer;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
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

  /** Blank text stored as null (absent), otherwise as typed. */
  static String orNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
