package vn.kiemtra.syncio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Strict reading of JSON fields: a missing or mistyped field names itself in a {@link Bad}. */
final class JsonFields {
  // Field names are not interned: a row's clock has keys unique to the row (content-derived
  // device ids), which made the shared symbol table grow and be copied on every row (10x slower).
  static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonFields() {}

  /** A field that is missing or invalid; {@link #getMessage} is a localised detail. */
  static final class Bad extends RuntimeException {
    Bad(String detail) {
      super(detail, null, false, false);
    }
  }

  static JsonNode parse(byte[] json) {
    try {
      return rootObject(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new Bad(PackageRefusals.text("detail.notJson", e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw new Bad(PackageRefusals.text("detail.notJson", e.getMessage()));
    }
  }

  /** A line already decoded: parsing the text spares encoding it back to UTF-8 for the parser. */
  static JsonNode parse(String json) {
    try {
      return rootObject(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new Bad(PackageRefusals.text("detail.notJson", e.getOriginalMessage()));
    }
  }

  private static JsonNode rootObject(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new Bad(PackageRefusals.text("detail.notJson", "{}"));
    }
    return root;
  }

  static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new Bad(PackageRefusals.text("detail.missingField", name));
    }
    return value;
  }

  static JsonNode object(JsonNode node, String name) {
    JsonNode value = field(node, name);
    return require(value.isObject(), value, name);
  }

  static JsonNode array(JsonNode node, String name) {
    JsonNode value = field(node, name);
    return require(value.isArray(), value, name);
  }

  static String text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    return require(value.isTextual(), value, name).textValue();
  }

  static String optionalText(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return require(value.isTextual(), value, name).textValue();
  }

  static long number(JsonNode node, String name) {
    JsonNode value = field(node, name);
    return require(value.isIntegralNumber() && value.canConvertToLong(), value, name).longValue();
  }

  static int integer(JsonNode node, String name) {
    JsonNode value = field(node, name);
    return require(value.isIntegralNumber() && value.canConvertToInt(), value, name).intValue();
  }

  static UUID uuid(JsonNode node, String name) {
    return uuid(text(node, name), name);
  }

  static UUID uuid(String text, String name) {
    try {
      UUID id = UUID.fromString(text);
      if (!id.toString().equals(text)) {
        throw new IllegalArgumentException(text);
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw new Bad(PackageRefusals.text("detail.badField", name));
    }
  }

  static OffsetDateTime dateTime(JsonNode node, String name) {
    String text = optionalText(node, name);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new Bad(PackageRefusals.text("detail.badField", name));
    }
  }

  static String format(OffsetDateTime time) {
    return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  static Bad bad(String name) {
    return new Bad(PackageRefusals.text("detail.badField", name));
  }

  private static JsonNode require(boolean ok, JsonNode value, String name) {
    if (!ok) {
      throw bad(name);
    }
    return value;
  }
}
