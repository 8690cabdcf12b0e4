package vn.kiemtra.syncio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import vn.kiemtra.core.sync.DeviceCard;

/**
 * A device's public card as a small JSON file ({@code "format":"kiemtra-device-key"}), carried to
 * the office for enrolment; reading recomputes the fingerprint from the key.
 */
final class KeyFileJson {
  static final String FORMAT = "kiemtra-device-key";
  private static final int LIMIT = 64 * 1024;

  private KeyFileJson() {}

  static void write(DeviceCard card, Path out) {
    ObjectNode root = JsonFields.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("deviceId", card.id().toString());
    root.put("name", card.name());
    root.put("publicKey", card.publicKey());
    root.put("fingerprint", Ed25519Keys.fingerprint(card.publicKey()));
    Path target = out.toAbsolutePath();
    Path temp = null;
    try {
      byte[] bytes = JsonFields.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      if (temp != null) {
        temp.toFile().delete();
      }
      throw PackageRefusals.refuse("key.writeFailed", PackageRefusals.name(out), e.getMessage());
    }
  }

  static DeviceCard read(Path file) {
    if (!Files.exists(file)) {
      throw PackageRefusals.of("file.missing", file);
    }
    if (!Files.isRegularFile(file)) {
      throw PackageRefusals.of("file.notRegular", file);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(LIMIT + 1);
    } catch (IOException e) {
      throw PackageRefusals.unreadable(file, e);
    }
    if (bytes.length == 0) {
      throw PackageRefusals.of("file.empty", file);
    }
    if (bytes.length > LIMIT) {
      throw malformed(file, PackageRefusals.text("detail.tooLarge"));
    }
    try {
      JsonNode root = JsonFields.parse(bytes);
      JsonNode format = root.get("format");
      if (format == null || !FORMAT.equals(format.textValue())) {
        throw PackageRefusals.of("key.wrongFormat", file);
      }
      UUID id = JsonFields.uuid(root, "deviceId");
      String name = JsonFields.text(root, "name");
      String key = JsonFields.text(root, "publicKey");
      if (!Ed25519Keys.isPublicKey(key)) {
        throw PackageRefusals.of("key.invalidKey", file);
      }
      return new DeviceCard(id, name, key.strip(), Ed25519Keys.fingerprint(key));
    } catch (JsonFields.Bad e) {
      throw malformed(file, e.getMessage());
    }
  }

  private static RuntimeException malformed(Path file, String detail) {
    return PackageRefusals.refuse("key.malformed", PackageRefusals.name(file), detail);
  }
}
