package vn.kiemtra.syncio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.kiemtra.core.sync.DeviceKeyPair;

/** Rewrites a package in tests: edit its entries and manifest, then sign again (or not). */
final class Repack {
  final Map<String, byte[]> entries = new LinkedHashMap<>();
  ObjectNode manifest;
  byte[] signature;

  Repack(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
      }
    }
    manifest = (ObjectNode) JsonFields.MAPPER.readTree(entries.remove(EntryNames.MANIFEST));
    signature = entries.remove(EntryNames.SIGNATURE);
  }

  Repack edit(Consumer<ObjectNode> change) {
    change.accept(manifest);
    return this;
  }

  /** Writes the package, signed with {@code key} (or with the original signature when null). */
  Path write(Path out, DeviceKeyPair key) throws IOException {
    byte[] json = JsonFields.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    byte[] sig =
        key == null ? signature : Ed25519Keys.sign(json, key).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream os = Files.newOutputStream(out);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
      put(zip, EntryNames.MANIFEST, json);
      put(zip, EntryNames.SIGNATURE, sig);
    }
    return out;
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }
}
