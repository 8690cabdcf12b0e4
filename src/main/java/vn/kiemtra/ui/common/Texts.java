package vn.kiemtra.ui.common;

import java.text.Normalizer;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.VietnameseText;

/** Input helpers: NFC on every keystroke and paste, Vietnamese dates, the UI message bundle. */
public final class Texts {
  private Texts() {}

  public static Messages ui() {
    return Messages.of("ui");
  }

  /** Composes what input methods and pastes deliver decomposed (Unikey "tổ hợp", macOS, Word). */
  public static <T extends TextInputControl> T nfc(T field) {
    field.setTextFormatter(
        new TextFormatter<String>(
            change -> {
              String text = change.getText();
              if (!text.isEmpty() && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                change.setText(VietnameseText.nfc(text));
              }
              return change;
            }));
    return field;
  }

  private static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** A date picker that shows and reads dates the Vietnamese way (14/09/2023). */
  public static javafx.scene.control.DatePicker datePicker(java.time.LocalDate value) {
    javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker(value);
    picker.setPromptText("dd/mm/yyyy");
    picker.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(java.time.LocalDate d) {
            return d == null ? "" : d.format(DATE);
          }

          @Override
          public java.time.LocalDate fromString(String s) {
            java.time.LocalDate parsed = parseDate(s);
            // Text that is not a date keeps the previous date (the field shows the error).
            return parsed == null && s != null && !s.isBlank() ? picker.getValue() : parsed;
          }
        });
    javafx.scene.control.Tooltip problem = new javafx.scene.control.Tooltip();
    picker
        .getEditor()
        .textProperty()
        .addListener(
            (o, a, text) -> {
              boolean bad = text != null && !text.isBlank() && parseDate(text) == null;
              picker.getStyleClass().remove("invalid");
              if (bad) {
                picker.getStyleClass().add("invalid");
                problem.setText(
                    vn.kiemtra.core.shared.Messages.of("editing")
                        .get("editor.dateInvalid", text.strip()));
                picker.setTooltip(problem);
              } else {
                picker.setTooltip(null);
              }
            });
    return picker;
  }

  private static java.time.LocalDate parseDate(String s) {
    try {
      return s == null || s.isBlank()
          ? null
          : java.time.LocalDate.parse(
              s.strip(),
              java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
                  .withResolverStyle(java.time.format.ResolverStyle.STRICT));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** The field's text composed; decomposed marks typed one by one are joined here too. */
  public static String value(TextInputControl field) {
    return VietnameseText.nfc(field.getText());
  }
}
