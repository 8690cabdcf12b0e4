package vn.kiemtra.syncio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.DeviceDirectory;
import vn.kiemtra.core.sync.DeviceKeyPair;
import vn.kiemtra.core.sync.PackageManifest;
import vn.kiemtra.core.sync.PackageWriter;
import vn.kiemtra.core.sync.RowClock;
import vn.kiemtra.core.sync.RowMeta;
import vn.kiemtra.core.sync.SyncRow;

/** A laptop's key, card and a small package of Vietnamese rows and two evidence files. */
final class SyncFixture {
  static final UUID LAPTOP = UUID.fromString("0b6f3c1e-7d4a-4f2b-9c8e-1a2b3c4d5e6f");
  static final UUID OFFICE = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
  static final OffsetDateTime T0 =
      OffsetDateTime.of(2024, 9, 14, 8, 30, 0, 0, ZoneOffset.ofHours(7));

  final ZipSyncPackages packages;
  final DeviceKeyPair keys;
  final DeviceCard card;
  final Path staging;
  final Map<String, byte[]> files = new LinkedHashMap<>();
  final List<SyncRow> rows = new ArrayList<>();

  SyncFixture(Path staging) {
    this.staging = staging;
    this.packages = new ZipSyncPackages(staging);
    this.keys = packages.newKeyPair();
    this.card =
        new DeviceCard(
            LAPTOP,
            "Máy xách tay Đoàn 1",
            keys.publicKey(),
            packages.fingerprint(keys.publicKey()));
    byte[] photo = new byte[150_000];
    new Random(7).nextBytes(photo);
    files.put(sha256(photo), photo);
    byte[] scan = "%PDF-1.7 biên bản đã ký\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    files.put(sha256(scan), scan);
    UUID inspection = UUID.fromString("11111111-2222-4333-8444-555555555555");
    rows.add(
        row(
            "inspection",
            inspection,
            values(
                "title",
                "Kiểm tra công tác cải cách hành chính tại Sở Tư pháp",
                "note",
                "Dòng một\nDòng hai\r\nDòng ba\t“trích dẫn” \\ \"kép\"",
                "signed_at",
                null,
                SyncRow.DELETED,
                "false")));
    for (int i = 1; i <= 3; i++) {
      rows.add(
          row(
              "answer",
              UUID.nameUUIDFromBytes(("a" + i).getBytes(StandardCharsets.UTF_8)),
              values(
                  "inspection_id",
                  inspection.toString(),
                  "criterion_code",
                  "3." + i,
                  "comment",
                  i == 2 ? null : "Đạt yêu cầu; đã xem hồ sơ số " + (11_300 + i),
                  "evidence_sha256",
                  i == 1 ? files.keySet().iterator().next() : "",
                  SyncRow.DELETED,
                  i == 3 ? "true" : "false")));
    }
  }

  static Map<String, String> values(String... pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return values;
  }

  static SyncRow row(String table, UUID id, Map<String, String> values) {
    RowClock clock =
        RowClock.empty().withWrite(LAPTOP, values.keySet()).withWrite(OFFICE, List.of("title"));
    RowMeta meta = new RowMeta(T0, T0.plusMinutes(5).plusNanos(123_456_000), LAPTOP, OFFICE, 2);
    return new SyncRow(table, id, meta, values, clock);
  }

  DeviceDirectory directory() {
    return id -> id.equals(card.id()) ? Optional.of(card) : Optional.empty();
  }

  PackageManifest manifest() {
    return new PackageManifest(
        1,
        UUID.fromString("33333333-4444-4555-8666-777777777777"),
        card,
        3,
        T0,
        12,
        "incremental",
        10,
        42,
        Map.of(OFFICE, 17L),
        Map.of(),
        0,
        0,
        List.of());
  }

  /** Writes the fixture's rows and files as a package at {@code out}. */
  PackageManifest write(Path out) {
    try (PackageWriter writer = packages.create(out)) {
      rows.forEach(writer::row);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        writer.file(f.getKey(), f.getValue().length, new ByteArrayInputStream(f.getValue()));
      }
      return writer.finish(manifest(), keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long stagedFolders() throws IOException {
    try (Stream<Path> s = Files.list(staging)) {
      return s.count();
    }
  }

  /** Where an entry's data begins in a package: after its local header's name (no extra field). */
  static int dataOf(byte[] bytes, String name) {
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 30; i < bytes.length - n.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (bytes[i + j] != n[j]) {
          continue outer;
        }
      }
      return i + n.length;
    }
    throw new AssertionError(name);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
