package vn.kiemtra.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.QuotedValue;
import vn.kiemtra.core.shared.ValidationException;
import vn.kiemtra.core.shared.ValidationException.Problem;
import vn.kiemtra.core.text.VietnameseText;

/**
 * Reads typed values out of a JSON tree, collecting every problem with its JSON path instead of
 * stopping at the first. Text comes back as NFC.
 */
final class JsonFields {
  private static final Messages MSG = Messages.of("messages");

  private final List<Problem> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final boolean strict;
  private final boolean blanksAllowed;

  JsonFields(boolean strict) {
    this(strict, false);
  }

  /**
   * @param blanksAllowed required texts may be empty: a document the application saved itself (an
   *     inspection still being filled in, from the edit journal)
   */
  JsonFields(boolean strict, boolean blanksAllowed) {
    this.strict = strict;
    this.blanksAllowed = blanksAllowed;
  }

  List<String> warnings() {
    return warnings;
  }

  void error(String path, String message) {
    problems.add(new Problem(path, message));
  }

  /**
   * A rule a document from outside must meet (a leader in the team, an end after the start) but an
   * inspection the application saved while it was being filled in may not meet yet.
   */
  void rule(String path, String message) {
    if (!blanksAllowed) {
      error(path, message);
    }
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** The path of a key; keys of the document itself are named bare ("format"). */
  static String at(String path, String key) {
    return path.isEmpty() || path.equals("$") ? key : path + "." + key;
  }

  static String at(String path, int index) {
    return path + "[" + index + "]";
  }

  /** Flags keys the format does not define: an error in strict mode, a warning otherwise. */
  void onlyKeys(JsonNode node, String path, String... allowed) {
    if (node == null || !node.isObject()) {
      return;
    }
    Set<String> known = Arrays.stream(allowed).collect(Collectors.toSet());
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        String shown = QuotedValue.of(key);
        String message = MSG.get("json.unknownKey", shown);
        if (strict) {
          error(at(path, shown), message);
        } else {
          warnings.add(at(path, shown) + ": " + MSG.get("json.ignored", message));
        }
      }
    }
  }

  private static boolean absent(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  /** An object; null when absent (with an error if required). */
  JsonNode object(JsonNode parent, String key, String path, boolean required) {
    JsonNode n = parent == null ? null : parent.get(key);
    String p = at(path, key);
    if (absent(n)) {
      if (required) {
        error(p, MSG.get("json.missingKey"));
      }
      return null;
    }
    if (!n.isObject()) {
      error(p, MSG.get("json.notObject"));
      return null;
    }
    return n;
  }

  /** An array; empty when absent (with an error if required). */
  List<JsonNode> array(JsonNode parent, String key, String path, boolean required) {
    JsonNode n = parent == null ? null : parent.get(key);
    String p = at(path, key);
    if (absent(n)) {
      if (required) {
        error(p, MSG.get("json.missingKey"));
      }
      return List.of();
    }
    if (!n.isArray()) {
      error(p, MSG.get("json.notArray"));
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    n.forEach(items::add);
    return items;
  }

  String text(JsonNode parent, String key, String path, boolean required) {
    JsonNode n = parent == null ? null : parent.get(key);
    String p = at(path, key);
    if (absent(n)) {
      if (required) {
        error(p, MSG.get("json.missingKey"));
      }
      return null;
    }
    if (!n.isTextual()) {
      error(p, MSG.get("json.notText", describe(n)));
      return null;
    }
    String value = VietnameseText.nfc(n.textValue());
    if (!printable(value, p)) {
      return null;
    }
    if (required && !blanksAllowed && value.isBlank()) {
      error(p, MSG.get("json.blank"));
    }
    return value;
  }

  /**
   * Refuses control characters other than tab and line breaks, and halves of surrogate pairs: JSON
   * allows them escaped, but they cannot be printed in minutes nor typed again by a clerk.
   */
  private boolean printable(String value, String path) {
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      boolean control = Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r';
      if (control || Character.getType(cp) == Character.SURROGATE) {
        error(path, MSG.get("json.controlChar", String.format("U+%04X", cp)));
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** A text item of an array. */
  String textItem(JsonNode n, String path) {
    if (absent(n) || !n.isTextual()) {
      error(path, MSG.get("json.notText", describe(n)));
      return null;
    }
    String value = VietnameseText.nfc(n.textValue());
    return printable(value, path) ? value : null;
  }

  Long integer(JsonNode parent, String key, String path, boolean required) {
    JsonNode n = parent == null ? null : parent.get(key);
    String p = at(path, key);
    if (absent(n)) {
      if (required) {
        error(p, MSG.get("json.missingKey"));
      }
      return null;
    }
    if (n.isTextual()) {
      error(p, MSG.get("json.numberAsText", QuotedValue.of(n.textValue())));
      return null;
    }
    if (n.isIntegralNumber() && !n.canConvertToLong()) {
      error(p, MSG.get("json.tooLarge"));
      return null;
    }
    if (!n.isIntegralNumber()) {
      error(p, MSG.get("json.notInteger", describe(n)));
      return null;
    }
    return n.longValue();
  }

  Integer smallInteger(JsonNode parent, String key, String path, boolean required) {
    Long v = integer(parent, key, path, required);
    if (v == null) {
      return null;
    }
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      error(at(path, key), MSG.get("json.tooLarge"));
      return null;
    }
    return v.intValue();
  }

  BigDecimal decimal(JsonNode parent, String key, String path, boolean required) {
    JsonNode n = parent == null ? null : parent.get(key);
    String p = at(path, key);
    if (absent(n)) {
      if (required) {
        error(p, MSG.get("json.missingKey"));
      }
      return null;
    }
    if (!n.isNumber()) {
      error(p, MSG.get("json.notDecimal", describe(n)));
      return null;
    }
    return n.decimalValue();
  }

  UUID uuid(JsonNode parent, String key, String path, boolean required) {
    return parsedText(
        parent,
        key,
        path,
        required,
        s -> {
          UUID id = UUID.fromString(s.trim());
          if (!id.toString().equalsIgnoreCase(s.trim())) {
            throw new IllegalArgumentException(s);
          }
          return id;
        },
        "json.notUuid");
  }

  LocalDate date(JsonNode parent, String key, String path, boolean required) {
    return parsedText(parent, key, path, required, LocalDate::parse, "json.notDate");
  }

  LocalDateTime dateTime(JsonNode parent, String key, String path, boolean required) {
    return parsedText(parent, key, path, required, LocalDateTime::parse, "json.notDateTime");
  }

  /** A text value turned into a typed one; a value the parser rejects is reported, not thrown. */
  private <T> T parsedText(
      JsonNode parent,
      String key,
      String path,
      boolean required,
      Function<String, T> parser,
      String problemKey) {
    String s = text(parent, key, path, required);
    if (s == null) {
      return null;
    }
    try {
      return parser.apply(s);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      error(at(path, key), MSG.get(problemKey, QuotedValue.of(s)));
      return null;
    }
  }

  <E extends Enum<E>> E enumValue(
      JsonNode parent, String key, String path, Class<E> type, boolean required) {
    String s = text(parent, key, path, required);
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      error(
          at(path, key),
          MSG.get(
              "json.badEnum",
              QuotedValue.of(s),
              Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))));
      return null;
    }
  }

  private static String describe(JsonNode n) {
    if (absent(n)) {
      return MSG.get("json.describe.null");
    }
    if (n.isTextual()) {
      return MSG.get("json.describe.text", QuotedValue.of(n.textValue()));
    }
    if (n.isNumber()) {
      return MSG.get("json.describe.number", QuotedValue.of(n.asText()));
    }
    if (n.isBoolean()) {
      return MSG.get("json.describe.value", n.asText());
    }
    if (n.isArray()) {
      return MSG.get("json.describe.array");
    }
    return MSG.get("json.describe.object");
  }
}
