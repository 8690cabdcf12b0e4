package vn.kiemtra.syncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.ManifestEntry;
import vn.kiemtra.core.sync.PackageManifest;
import vn.kiemtra.core.sync.PackageWriter;
import vn.kiemtra.core.sync.StagedPackage;
import vn.kiemtra.core.sync.SyncPackageException;
import vn.kiemtra.core.sync.SyncPackages;
import vn.kiemtra.core.sync.SyncRow;

class ZipSyncPackagesRoundTripTest {
  @TempDir Path dir;
  @TempDir Path staging;
  SyncFixture fx;
  Path out;

  @BeforeEach
  void setUp() {
    Messages.useLocale(Messages.VIETNAMESE);
    fx = new SyncFixture(staging);
    out = dir.resolve("goi-1.zip");
  }

  @Test
  void rowsAndFilesComeBackExactlyAsWritten() throws IOException {
    PackageManifest written = fx.write(out);

    try (StagedPackage staged = fx.packages.open(out, fx.directory(), 12, Progress.NONE)) {
      assertThat(staged.tables()).containsExactly("inspection", "answer");
      List<SyncRow> read = new ArrayList<>();
      staged.tables().forEach(t -> staged.forEachRow(t, read::add));
      assertThat(read).isEqualTo(fx.rows);
      assertThat(read.get(0).values().get("note"))
          .isEqualTo("Dòng một\nDòng hai\r\nDòng ba\t“trích dẫn” \\ \"kép\"");
      assertThat(read.get(0).values()).containsEntry("signed_at", null);
      assertThat(read.get(3).deleted()).isTrue();
      assertThat(staged.files()).containsExactlyElementsOf(fx.files.keySet());
      for (Map.Entry<String, byte[]> f : fx.files.entrySet()) {
        assertThat(staged.file(f.getKey())).hasBinaryContent(f.getValue());
      }
      assertThat(staged.manifest()).isEqualTo(written);
    }
  }

  @Test
  void manifestCountsEveryEntryAndNamesTheDevice() {
    PackageManifest m = fx.write(out);

    assertThat(m.formatVersion()).isEqualTo(SyncPackages.FORMAT_VERSION);
    assertThat(m.tableCounts()).containsExactly(Map.entry("inspection", 1), Map.entry("answer", 3));
    assertThat(m.fileCount()).isEqualTo(2);
    assertThat(m.fileBytes()).isEqualTo(fx.files.values().stream().mapToLong(b -> b.length).sum());
    assertThat(m.entries())
        .extracting(ManifestEntry::name)
        .containsExactly(
            "rows/inspection.jsonl",
            "rows/answer.jsonl",
            "files/" + List.copyOf(fx.files.keySet()).get(0),
            "files/" + List.copyOf(fx.files.keySet()).get(1));
    assertThat(m.device()).isEqualTo(fx.card);
    assertThat(m.acknowledgements()).containsEntry(SyncFixture.OFFICE, 17L);
  }

  @Test
  void theZipHoldsJsonLinesAndEndsWithTheSignedManifest() throws Exception {
    fx.write(out);

    try (ZipFile zip = new ZipFile(out.toFile())) {
      List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
      assertThat(names.subList(names.size() - 2, names.size()))
          .containsExactly("manifest.json", "manifest.sig");
      byte[] json = zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes();
      JsonNode manifest = JsonFields.MAPPER.readTree(json);
      assertThat(manifest.get("format").asText()).isEqualTo("kiemtra-sync");
      assertThat(manifest.get("device").get("publicKey").asText()).isEqualTo(fx.keys.publicKey());
      assertThat(manifest.get("createdAt").asText()).isEqualTo("2024-09-14T08:30:00+07:00");
      byte[] sig =
          Base64.getDecoder()
              .decode(zip.getInputStream(zip.getEntry("manifest.sig")).readAllBytes());
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(
          KeyFactory.getInstance("Ed25519")
              .generatePublic(
                  new X509EncodedKeySpec(Base64.getDecoder().decode(fx.keys.publicKey()))));
      verifier.update(json);
      assertThat(verifier.verify(sig)).isTrue();
      String rows =
          new String(
              zip.getInputStream(zip.getEntry("rows/answer.jsonl")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(rows.lines()).hasSize(3);
      JsonNode first = JsonFields.MAPPER.readTree(rows.lines().findFirst().orElseThrow());
      assertThat(first.fieldNames()).toIterable().containsExactly("id", "meta", "values", "clock");
      assertThat(first.get("clock").get("dots").get("comment").get(0).asText())
          .isEqualTo(SyncFixture.LAPTOP.toString());
      assertThat(first.get("meta").get("updatedAt").asText())
          .isEqualTo("2024-09-14T08:35:00.123456+07:00");
    }
  }

  @Test
  void anEmptyPackageRoundTrips() {
    PackageManifest m;
    try (PackageWriter writer = fx.packages.create(out)) {
      m = writer.finish(fx.manifest(), fx.keys);
    }
    try (StagedPackage staged = fx.packages.open(out, fx.directory(), 12, Progress.NONE)) {
      assertThat(staged.tables()).isEmpty();
      assertThat(staged.files()).isEmpty();
      assertThat(staged.manifest()).isEqualTo(m);
    }
  }

  @Test
  void nothingAppearsUntilFinishAndAnUnfinishedWriterLeavesNothing() throws IOException {
    try (PackageWriter writer = fx.packages.create(out)) {
      fx.rows.forEach(writer::row);
      assertThat(out).doesNotExist();
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void rowsOfOneTableMustComeTogether() {
    try (PackageWriter writer = fx.packages.create(out)) {
      writer.row(fx.rows.get(0));
      writer.row(fx.rows.get(1));
      assertThatThrownBy(() -> writer.row(fx.rows.get(0)))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aFileWhoseContentNoLongerMatchesItsHashIsRefused() {
    try (PackageWriter writer = fx.packages.create(out)) {
      String sha = fx.files.keySet().iterator().next();
      assertThatThrownBy(
              () ->
                  writer.file(
                      sha, 5, new ByteArrayInputStream("khác".getBytes(StandardCharsets.UTF_8))))
          .isInstanceOf(SyncPackageException.class)
          .hasMessageContaining(sha)
          .hasMessageContaining("không khớp");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void closingTheStagedPackageDeletesItsFolder() throws IOException {
    fx.write(out);
    StagedPackage staged = fx.packages.open(out, fx.directory(), 12, Progress.NONE);
    assertThat(fx.stagedFolders()).isEqualTo(1);
    Path file = staged.file(fx.files.keySet().iterator().next());
    assertThat(file).exists();

    staged.close();

    assertThat(file).doesNotExist();
    assertThat(fx.stagedFolders()).isZero();
  }

  @Test
  void openingReportsProgressInBytes() {
    fx.write(out);
    List<long[]> steps = new CopyOnWriteArrayList<>();
    List<String> texts = new CopyOnWriteArrayList<>();
    Progress progress =
        new Progress() {
          @Override
          public void step(String message, long done, long total) {
            texts.add(message);
            steps.add(new long[] {done, total});
          }

          @Override
          public boolean isCancelled() {
            return false;
          }
        };

    fx.packages.open(out, fx.directory(), 12, progress).close();

    assertThat(texts.get(0)).contains("Đang kiểm tra chữ ký").contains("goi-1.zip");
    long[] last = steps.get(steps.size() - 1);
    assertThat(last[0]).isEqualTo(last[1]).isPositive();
  }

  @Test
  void peekShowsWhoSentTheFileWithTheFingerprintOfItsKey() {
    fx.write(out);

    assertThat(fx.packages.peekDevice(out)).isEqualTo(fx.card);
  }

  @Test
  void aTableThePackageDoesNotHoldHasNoRows() {
    fx.write(out);
    try (StagedPackage staged = fx.packages.open(out, fx.directory(), 12, Progress.NONE)) {
      List<SyncRow> none = new ArrayList<>();
      staged.forEachRow("evidence", none::add);
      assertThat(none).isEmpty();
      assertThatThrownBy(() -> staged.file("0".repeat(64)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aLaterPackageWithTheSameTargetReplacesTheEarlierOne() throws IOException {
    fx.write(out);
    UUID before = fx.packages.peekDevice(out).id();
    fx.write(out);
    assertThat(fx.packages.peekDevice(out).id()).isEqualTo(before);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(out);
    }
  }
}
