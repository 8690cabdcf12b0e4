package vn.kiemtra.ui.editor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the inspector types into date, time and number inputs. Empty means the text is not a
 * value: the caller shows an error on the field and stores nothing.
 */
final class InputParsing {
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:hH.]\\s*(\\d{2})?");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private InputParsing() {}

  /** "8:30", "08:30", "8h30", "8h", "8.30". */
  static Optional<LocalTime> time(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (hour > 23 || minute > 59 || (m.group(2) == null && !text.strip().matches("\\d{1,2}[hH]"))) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }

  /** "14/09/2023", "4/9/2023". */
  static Optional<LocalDate> date(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip(), DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A whole number above zero. */
  static Optional<Integer> positiveInt(String text) {
    if (text == null || !text.strip().matches("\\d{1,6}")) {
      return Optional.empty();
    }
    int n = Integer.parseInt(text.strip());
    return n > 0 ? Optional.of(n) : Optional.empty();
  }
}
