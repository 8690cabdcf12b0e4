package vn.kiemtra.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.QuotedValue;
import vn.kiemtra.core.shared.ValidationException;

/**
 * Turns Jackson's parse failures into one Vietnamese sentence with the line, column and, where
 * known, the JSON path. Jackson's own message is only inspected to tell the kinds apart; it is
 * never shown.
 */
final class JsonSyntaxMessages {
  private static final Messages MSG = Messages.of("messages");
  private static final Pattern QUOTED = Pattern.compile("'(.*?)'");
  private static final Pattern CHAR_CODE = Pattern.compile("code (\\d+)");

  private JsonSyntaxMessages() {}

  static ValidationException refusal(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    if (at == null && e.getProcessor() instanceof JsonParser parser) {
      at = parser.currentLocation();
    }
    String line = JsonDocuments.line(at);
    String column = JsonDocuments.column(at);
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String path = path(e);
    String message;
    if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
      message = MSG.get("file.truncated", line);
    } else if (e instanceof StreamConstraintsException) {
      message = constraint(original, line);
    } else if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
      message = MSG.get("json.syntax.trailing", line, column);
    } else if (original.startsWith("Duplicate field")) {
      message = MSG.get("json.syntax.duplicateKey", QuotedValue.of(quoted(original)), line);
    } else if (original.startsWith("Non-standard token")) {
      message = MSG.get("json.syntax.nonNumeric", line, column, QuotedValue.of(quoted(original)));
    } else if (original.startsWith("Unrecognized token")) {
      message = MSG.get("json.syntax.token", line, column, QuotedValue.of(quoted(original)));
    } else if (original.startsWith("Illegal unquoted character")
        || original.startsWith("Illegal character")) {
      message = MSG.get("json.syntax.control", line, column, charCode(original));
    } else if (original.startsWith("Unrecognized character escape")) {
      message = MSG.get("json.syntax.escape", line, column);
    } else if (original.contains("Leading zeroes")
        || original.startsWith("Invalid numeric value")
        || original.contains("in numeric value")) {
      message = MSG.get("json.syntax.number", line, column);
    } else if (original.startsWith("Unexpected close marker")) {
      message = MSG.get("json.syntax.closing", line, column);
    } else if (original.startsWith("Unexpected character")
        || original.startsWith("Invalid white space")) {
      message = MSG.get("json.syntax.character", line, column, charCode(original));
    } else {
      message = MSG.get("file.syntax", line, column);
    }
    return new ValidationException(path, message);
  }

  private static String constraint(String original, String line) {
    if (original.startsWith("Document nesting depth")) {
      return MSG.get("json.syntax.nesting", String.valueOf(JsonDocuments.MAX_NESTING), line, "?");
    }
    return MSG.get("json.syntax.tooBig", line, "?");
  }

  private static String quoted(String original) {
    Matcher m = QUOTED.matcher(original);
    return m.find() ? m.group(1) : "";
  }

  /** The offending character as the clerk can find it: itself if printable, else its code. */
  private static String charCode(String original) {
    Matcher m = CHAR_CODE.matcher(original);
    if (!m.find()) {
      return "?";
    }
    int cp = Integer.parseInt(m.group(1));
    if (cp > 32 && cp < 127) {
      return "«" + (char) cp + "»";
    }
    return String.format("U+%04X", cp);
  }

  /** The JSON path of the value being read when parsing failed, e.g. inspection.team[0]. */
  private static String path(JsonProcessingException e) {
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return "";
    }
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    String path = String.join("", parts);
    path = path.startsWith(".") ? path.substring(1) : path;
    // A key the clerk cannot read (huge, or with control characters) is left out of the path.
    return path.length() > 200 || path.chars().anyMatch(Character::isISOControl) ? "" : path;
  }
}
