package vn.kiemtra.syncio;

import static vn.kiemtra.syncio.JsonFields.integer;
import static vn.kiemtra.syncio.JsonFields.object;
import static vn.kiemtra.syncio.JsonFields.uuid;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.kiemtra.core.sync.Dot;
import vn.kiemtra.core.sync.RowClock;
import vn.kiemtra.core.sync.RowMeta;
import vn.kiemtra.core.sync.SyncRow;

/**
 * One {@link SyncRow} as one JSON line (keys sorted, so the same row always gives the same bytes);
 * values are strings or null and are kept exactly.
 */
final class RowJson {
  private RowJson() {}

  /** The row as UTF-8 JSON without the line break. */
  static byte[] write(SyncRow row) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = JsonFields.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", row.id().toString());
      writeMeta(g, row.meta());
      g.writeObjectFieldStart("values");
      for (Map.Entry<String, String> e : new TreeMap<>(row.values()).entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      writeClock(g, row.clock() == null ? RowClock.empty() : row.clock());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeMeta(JsonGenerator g, RowMeta meta) throws IOException {
    g.writeObjectFieldStart("meta");
    g.writeStringField("createdAt", JsonFields.format(meta.createdAt()));
    g.writeStringField("updatedAt", JsonFields.format(meta.updatedAt()));
    g.writeStringField("originDevice", text(meta.originDevice()));
    g.writeStringField("updatedDevice", text(meta.updatedDevice()));
    g.writeNumberField("revision", meta.revision());
    g.writeEndObject();
  }

  private static void writeClock(JsonGenerator g, RowClock clock) throws IOException {
    g.writeObjectFieldStart("clock");
    g.writeObjectFieldStart("versions");
    for (Map.Entry<UUID, Long> e : new TreeMap<>(clock.versions()).entrySet()) {
      g.writeNumberField(e.getKey().toString(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("dots");
    for (Map.Entry<String, Dot> e : new TreeMap<>(clock.dots()).entrySet()) {
      g.writeArrayFieldStart(e.getKey());
      g.writeString(e.getValue().device().toString());
      g.writeNumber(e.getValue().counter());
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Reads one row of {@code table}; a missing or mistyped field is a {@link JsonFields.Bad}. */
  static SyncRow read(String table, JsonNode node) {
    if (!node.isObject()) {
      throw JsonFields.bad("id");
    }
    JsonNode meta = object(node, "meta");
    RowMeta rowMeta =
        new RowMeta(
            JsonFields.dateTime(meta, "createdAt"),
            JsonFields.dateTime(meta, "updatedAt"),
            optionalUuid(meta, "originDevice"),
            optionalUuid(meta, "updatedDevice"),
            integer(meta, "revision"));
    Map<String, String> values = new LinkedHashMap<>();
    object(node, "values")
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              if (!v.isNull() && !v.isTextual()) {
                throw JsonFields.bad("values." + e.getKey());
              }
              values.put(e.getKey(), v.isNull() ? null : v.textValue());
            });
    return new SyncRow(
        table, uuid(node, "id"), rowMeta, Collections.unmodifiableMap(values), clock(node));
  }

  private static RowClock clock(JsonNode node) {
    JsonNode clock = object(node, "clock");
    Map<UUID, Long> versions = new HashMap<>();
    object(clock, "versions")
        .fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToLong()) {
                throw JsonFields.bad("clock.versions");
              }
              versions.put(JsonFields.uuid(e.getKey(), "clock.versions"), e.getValue().longValue());
            });
    Map<String, Dot> dots = new HashMap<>();
    object(clock, "dots")
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode d = e.getValue();
              if (!d.isArray()
                  || d.size() != 2
                  || !d.get(0).isTextual()
                  || !d.get(1).isIntegralNumber()
                  || !d.get(1).canConvertToLong()) {
                throw JsonFields.bad("clock.dots." + e.getKey());
              }
              UUID device = JsonFields.uuid(d.get(0).textValue(), "clock.dots." + e.getKey());
              dots.put(e.getKey(), new Dot(device, d.get(1).longValue()));
            });
    return new RowClock(versions, dots);
  }

  private static UUID optionalUuid(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : uuid(node, name);
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }
}
