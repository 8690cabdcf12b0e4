package vn.kiemtra.syncio;

import static vn.kiemtra.syncio.JsonFields.array;
import static vn.kiemtra.syncio.JsonFields.integer;
import static vn.kiemtra.syncio.JsonFields.number;
import static vn.kiemtra.syncio.JsonFields.object;
import static vn.kiemtra.syncio.JsonFields.text;
import static vn.kiemtra.syncio.JsonFields.uuid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.ManifestEntry;
import vn.kiemtra.core.sync.PackageManifest;

/** {@code manifest.json}: the package's description, written and read strictly. */
final class ManifestJson {
  private ManifestJson() {}

  static byte[] write(PackageManifest m) {
    ObjectNode root = JsonFields.MAPPER.createObjectNode();
    root.put("format", EntryNames.FORMAT);
    root.put("formatVersion", m.formatVersion());
    root.put("packageId", m.packageId().toString());
    root.set("device", device(m.device()));
    root.put("sequence", m.sequence());
    root.put("createdAt", JsonFields.format(m.createdAt()));
    root.put("schemaVersion", m.schemaVersion());
    root.put("kind", m.kind());
    root.put("fromChange", m.fromChange());
    root.put("toChange", m.toChange());
    ObjectNode acks = root.putObject("acknowledgements");
    new TreeMap<>(m.acknowledgements()).forEach((k, v) -> acks.put(k.toString(), v));
    ObjectNode counts = root.putObject("tableCounts");
    m.tableCounts().forEach(counts::put);
    root.put("fileCount", m.fileCount());
    root.put("fileBytes", m.fileBytes());
    ArrayNode entries = root.putArray("entries");
    for (ManifestEntry e : m.entries()) {
      entries.addObject().put("name", e.name()).put("size", e.size()).put("sha256", e.sha256());
    }
    try {
      return JsonFields.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode device(DeviceCard card) {
    ObjectNode node = JsonFields.MAPPER.createObjectNode();
    node.put("id", card.id().toString());
    node.put("name", card.name());
    node.put("publicKey", card.publicKey());
    node.put("fingerprint", Ed25519Keys.fingerprint(card.publicKey()));
    return node;
  }

  /** The card of a device node, its fingerprint recomputed from the key (never trusted). */
  static DeviceCard readDevice(JsonNode node) {
    UUID id = uuid(node, "id");
    String name = text(node, "name");
    String key = text(node, "publicKey");
    if (!Ed25519Keys.isPublicKey(key)) {
      throw JsonFields.bad("publicKey");
    }
    return new DeviceCard(id, name, key, Ed25519Keys.fingerprint(key));
  }

  /** Reads a manifest whose format was already checked; every inconsistency is a {@code Bad}. */
  static PackageManifest read(JsonNode root) {
    DeviceCard device = readDevice(object(root, "device"));
    Map<UUID, Long> acks = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : fields(object(root, "acknowledgements"))) {
      acks.put(
          JsonFields.uuid(e.getKey(), "acknowledgements"),
          nonNegative(e.getValue(), "acknowledgements"));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : fields(object(root, "tableCounts"))) {
      if (!EntryNames.isTable(e.getKey()) || !e.getValue().canConvertToInt()) {
        throw JsonFields.bad("tableCounts");
      }
      counts.put(e.getKey(), (int) nonNegative(e.getValue(), "tableCounts"));
    }
    List<ManifestEntry> entries = entries(array(root, "entries"));
    PackageManifest m =
        new PackageManifest(
            integer(root, "formatVersion"),
            uuid(root, "packageId"),
            device,
            number(root, "sequence"),
            JsonFields.dateTime(root, "createdAt"),
            integer(root, "schemaVersion"),
            text(root, "kind"),
            number(root, "fromChange"),
            number(root, "toChange"),
            Collections.unmodifiableMap(acks),
            Collections.unmodifiableMap(counts),
            integer(root, "fileCount"),
            number(root, "fileBytes"),
            List.copyOf(entries));
    if (m.createdAt() == null) {
      throw JsonFields.bad("createdAt");
    }
    checkCounts(m);
    return m;
  }

  private static List<ManifestEntry> entries(JsonNode array) {
    List<ManifestEntry> entries = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode node : array) {
      if (!node.isObject()) {
        throw JsonFields.bad("entries");
      }
      ManifestEntry e =
          new ManifestEntry(text(node, "name"), number(node, "size"), text(node, "sha256"));
      if (!EntryNames.isData(e.name()) || e.size() < 0 || !EntryNames.isSha256(e.sha256())) {
        throw JsonFields.bad("entries");
      }
      if (!names.add(e.name())) {
        throw new JsonFields.Bad(PackageRefusals.text("detail.duplicate", e.name()));
      }
      String sha = EntryNames.sha(e.name());
      if (sha != null && !sha.equals(e.sha256())) {
        throw new JsonFields.Bad(PackageRefusals.text("detail.fileName", e.name()));
      }
      entries.add(e);
    }
    return entries;
  }

  private static void checkCounts(PackageManifest m) {
    List<String> tables = new ArrayList<>();
    int files = 0;
    long bytes = 0;
    for (ManifestEntry e : m.entries()) {
      String table = EntryNames.table(e.name());
      if (table != null) {
        tables.add(table);
      } else {
        files++;
        bytes += e.size();
      }
    }
    if (!Set.copyOf(tables).equals(m.tableCounts().keySet())
        || files != m.fileCount()
        || bytes != m.fileBytes()) {
      throw new JsonFields.Bad(PackageRefusals.text("detail.counts"));
    }
  }

  private static long nonNegative(JsonNode value, String name) {
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
      throw JsonFields.bad(name);
    }
    return value.longValue();
  }

  private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return node::fields;
  }
}
