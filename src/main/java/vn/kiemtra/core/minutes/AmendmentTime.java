package vn.kiemtra.core.minutes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the time of an amending session as an office writes it: "09:30 15/09/2023" (also
 * "9h30 15/9/2023" or the date first). Text that is not a real time and date reads as empty, so the
 * caller can say what is wrong instead of guessing.
 */
public final class AmendmentTime {
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:hH]\\s*(\\d{2})?");
  private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu");

  private AmendmentTime() {}

  /** "09:30 15/09/2023", "15/9/2023 9h30"; empty when it is not one time and one date. */
  public static Optional<LocalDateTime> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.strip().split("\\s+");
    if (parts.length != 2) {
      return Optional.empty();
    }
    boolean dateFirst = DATE.matcher(parts[0]).matches();
    Optional<LocalDate> date = date(dateFirst ? parts[0] : parts[1]);
    Optional<LocalTime> time = time(dateFirst ? parts[1] : parts[0]);
    return date.isPresent() && time.isPresent()
        ? Optional.of(date.get().atTime(time.get()))
        : Optional.empty();
  }

  /** "9:30", "09:30", "9h30", "9h". */
  public static Optional<LocalTime> time(String text) {
    Matcher m = text == null ? null : TIME.matcher(text.strip());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    boolean hourOnly = m.group(2) == null && !text.strip().matches("\\d{1,2}[hH]");
    if (hour > 23 || minute > 59 || hourOnly) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text, DATE_FORMAT));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** "09:30 15/09/2023". */
  public static String format(LocalDateTime time) {
    return time == null ? "" : SHOWN.format(time);
  }
}
