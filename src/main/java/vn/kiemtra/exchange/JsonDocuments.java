package vn.kiemtra.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.ValidationException;

/**
 * Parses UTF-8 JSON files into trees. Every way a file can fail to be JSON is refused with one
 * Vietnamese sentence naming the line and column (see {@link JsonSyntaxMessages}), never with the
 * parser's own English text.
 */
final class JsonDocuments {
  private static final Messages MSG = Messages.of("messages");

  /** Exchange documents are a few levels deep; anything deeper is a broken or hostile file. */
  static final int MAX_NESTING = 64;

  /** Longer than any text a clerk writes (in UTF-8 bytes); protects memory from broken files. */
  static final int MAX_STRING = 2_000_000;

  /** Longer than any number the format holds. */
  static final int MAX_NUMBER = 100;

  static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING)
                          .maxStringLength(MAX_STRING + 1)
                          .maxNumberLength(MAX_NUMBER + 1)
                          .build())
                  .build())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private JsonDocuments() {}

  static JsonNode parse(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ValidationException("", MSG.get("file.unreadable", reason(e)));
    }
    if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw new ValidationException("", MSG.get("file.empty"));
    }
    requireUtf8(bytes);
    requireShallow(bytes);
    try {
      JsonNode root = MAPPER.readTree(new ByteArrayInputStream(bytes));
      if (root == null || root.isMissingNode()) {
        throw new ValidationException("", MSG.get("file.empty"));
      }
      return root;
    } catch (JsonProcessingException e) {
      throw JsonSyntaxMessages.refusal(e);
    } catch (IOException e) {
      throw new ValidationException("", MSG.get("file.unreadable", reason(e)));
    }
  }

  /** Refuses bytes that are not UTF-8, naming the line and byte where the first bad one is. */
  private static void requireUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = in.hasRemaining() ? decoder.decode(in, out, true) : decoder.flush(out);
      if (r.isError()) {
        int offset = in.position();
        int line = 1;
        for (int i = 0; i < offset; i++) {
          if (bytes[i] == '\n') {
            line++;
          }
        }
        throw new ValidationException(
            "", MSG.get("file.notUtf8", String.valueOf(line), String.valueOf(offset + 1)));
      }
      if (r.isOverflow()) {
        out.clear();
      } else if (!in.hasRemaining()) {
        return;
      }
    }
  }

  /**
   * Refuses, before parsing, nesting deeper than {@link #MAX_NESTING}, a string longer than {@link
   * #MAX_STRING} bytes and a number longer than {@link #MAX_NUMBER} characters, naming the line and
   * column where it starts (the parser's own limits do not say where).
   */
  private static void requireShallow(byte[] bytes) {
    int depth = 0;
    int line = 1;
    int lineStart = 0;
    int stringStart = -1;
    int stringLine = 0;
    int stringColumn = 0;
    int numberLength = 0;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (stringStart >= 0) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          stringStart = -1;
        } else if (i - stringStart > MAX_STRING) {
          throw tooBig(stringLine, stringColumn);
        }
        if (b == '\n') {
          line++;
          lineStart = i + 1;
        }
        continue;
      }
      boolean numeric = (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e';
      numberLength = numeric ? numberLength + 1 : 0;
      if (numberLength > MAX_NUMBER) {
        throw tooBig(line, i - lineStart + 1 - MAX_NUMBER);
      }
      if (b == '\n') {
        line++;
        lineStart = i + 1;
      } else if (b == '"') {
        stringStart = i;
        stringLine = line;
        stringColumn = i - lineStart + 1;
      } else if (b == '[' || b == '{') {
        if (++depth > MAX_NESTING) {
          throw new ValidationException(
              "",
              MSG.get(
                  "json.syntax.nesting",
                  String.valueOf(MAX_NESTING),
                  String.valueOf(line),
                  String.valueOf(i - lineStart + 1)));
        }
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
  }

  private static ValidationException tooBig(int line, int column) {
    return new ValidationException(
        "", MSG.get("json.syntax.tooBig", String.valueOf(line), String.valueOf(column)));
  }

  /** What the operating system said, without Java class names. */
  private static String reason(IOException e) {
    return e.getMessage() == null ? MSG.get("file.ioUnknown") : e.getMessage();
  }

  static String line(JsonLocation at) {
    return at == null || at.getLineNr() < 0 ? "?" : String.valueOf(at.getLineNr());
  }

  static String column(JsonLocation at) {
    return at == null || at.getColumnNr() < 0 ? "?" : String.valueOf(at.getColumnNr());
  }
}
