package vn.kiemtra.exchange;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.ValidationException;

/** Parses UTF-8 JSON files into trees with messages that say what is wrong with the file. */
final class JsonDocuments {
  private static final Messages MSG = Messages.of("messages");

  static final ObjectMapper MAPPER =
      new ObjectMapper()
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
      throw new ValidationException("", MSG.get("file.unreadable", e.getMessage()));
    }
    if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw new ValidationException("", MSG.get("file.empty"));
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new ValidationException("", MSG.get("file.notUtf8"));
    }
    try {
      JsonNode root = MAPPER.readTree(new ByteArrayInputStream(bytes));
      if (root == null || root.isMissingNode()) {
        throw new ValidationException("", MSG.get("file.empty"));
      }
      return root;
    } catch (JsonEOFException e) {
      throw new ValidationException("", MSG.get("file.truncated", e.getLocation().getLineNr()));
    } catch (JsonParseException e) {
      throw new ValidationException(
          "",
          MSG.get(
              "file.syntax",
              e.getLocation().getLineNr(),
              e.getLocation().getColumnNr(),
              e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new ValidationException("", MSG.get("file.notJson", e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ValidationException("", MSG.get("file.unreadable", e.getMessage()));
    }
  }
}
