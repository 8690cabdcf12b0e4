package vn.kiemtra.syncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kiemtra.core.shared.CancelledException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.SyncPackageException;
import vn.kiemtra.core.sync.UnknownDeviceException;

/** Every file open() must refuse, each with its Vietnamese message and nothing left staged. */
class ZipSyncPackagesRefusalTest {
  @TempDir Path dir;
  @TempDir Path staging;
  SyncFixture fx;
  Path good;

  @BeforeEach
  void setUp() {
    Messages.useLocale(Messages.VIETNAMESE);
    fx = new SyncFixture(staging);
    good = dir.resolve("goi.zip");
    fx.write(good);
  }

  @AfterEach
  void nothingIsLeftStaged() throws IOException {
    assertThat(fx.stagedFolders()).isZero();
  }

  private SyncPackageException refusal(Path file) {
    SyncPackageException e =
        catchThrowableOfType(
            () -> fx.packages.open(file, fx.directory(), 12, Progress.NONE),
            SyncPackageException.class);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.getMessage()).doesNotContain("!");
    return e;
  }

  private Path bytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  @Test
  void aMissingFile() {
    assertThat(refusal(dir.resolve("khong-co.zip")))
        .hasMessageContaining("Không tìm thấy tệp “khong-co.zip”");
  }

  @Test
  void anEmptyFile() throws IOException {
    assertThat(refusal(bytes("rong.zip", new byte[0])))
        .hasMessageContaining("“rong.zip” trống (0 byte)")
        .hasMessageContaining("chép lại");
  }

  @Test
  void aFolder() {
    assertThat(refusal(dir)).hasMessageContaining("thư mục");
  }

  @Test
  void aDatabaseFileIsNamedAsSuchAndTheExportIsSuggested() throws IOException {
    byte[] h2 = new byte[4096];
    Arrays.fill(h2, (byte) ' ');
    byte[] head =
        "H:2,block:2,blockSize:1000,chunk:1,created:18f0a,format:2,version:1,fletcher:1a2b3c4d\n"
            .getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, h2, 0, head.length);

    for (String name : new String[] {"kiemtra.mv.db", "du-lieu.zip"}) {
      assertThat(refusal(bytes(name, h2)))
          .hasMessageContaining("là tệp cơ sở dữ liệu, không phải gói đồng bộ")
          .hasMessageContaining("Xuất dữ liệu gửi văn phòng")
          .hasMessageContaining("sync export");
    }
  }

  @Test
  void aFileThatIsNotAZip() throws IOException {
    byte[] noise = new byte[5000];
    new Random(1).nextBytes(noise);
    noise[0] = 'x';
    assertThat(refusal(bytes("anh.jpg", noise)))
        .hasMessageContaining("không phải gói đồng bộ kiemtra (không phải tệp nén zip)");
  }

  @Test
  void aZipThatIsNotAPackage() throws IOException {
    Path zip = dir.resolve("anh.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("IMG_0001.jpg"));
      out.write(new byte[] {1, 2, 3});
      out.closeEntry();
    }
    assertThat(refusal(zip))
        .hasMessageContaining("là tệp zip nhưng không phải gói đồng bộ kiemtra");
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 30, 1000, 50_000, -200, -23, -1})
  void aTruncatedPackage(int length) throws IOException {
    byte[] all = Files.readAllBytes(good);
    int keep = length > 0 ? length : all.length + length;
    assertThat(refusal(bytes("cut.zip", Arrays.copyOf(all, keep))))
        .hasMessageContaining("bị hỏng hoặc bị cắt ngắn");
  }

  @Test
  void aManifestThatIsNotJson() throws IOException {
    Repack r = new Repack(good);
    Path bad = dir.resolve("bad.zip");
    try (OutputStream os = Files.newOutputStream(bad);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      for (var e : r.entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
      }
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write("{\"format\":\"kiemtra-sync\",".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("manifest.sig"));
      zip.write(r.signature);
    }
    assertThat(refusal(bad))
        .hasMessageContaining("Phần mô tả (manifest.json) của gói đồng bộ “bad.zip” không hợp lệ");
  }

  @Test
  void aManifestWithoutAField() throws IOException {
    Path bad =
        new Repack(good).edit(m -> m.remove("sequence")).write(dir.resolve("bad.zip"), fx.keys);
    assertThat(refusal(bad)).hasMessageContaining("không hợp lệ: thiếu trường “sequence”");
  }

  @Test
  void aManifestWhoseCountsDisagreeWithItsEntries() throws IOException {
    Path bad =
        new Repack(good).edit(m -> m.put("fileCount", 5)).write(dir.resolve("bad.zip"), fx.keys);
    assertThat(refusal(bad)).hasMessageContaining("không khớp với danh sách mục");
  }

  @Test
  void aRowCountThatDisagreesWithTheRows() throws IOException {
    Path bad =
        new Repack(good)
            .edit(m -> m.with("tableCounts").put("answer", 2))
            .write(dir.resolve("bad.zip"), fx.keys);
    assertThat(refusal(bad)).hasMessageContaining("không khớp với danh sách mục");
  }

  @Test
  void anotherFormat() throws IOException {
    Path bad =
        new Repack(good)
            .edit(m -> m.put("format", "other-sync"))
            .write(dir.resolve("bad.zip"), fx.keys);
    assertThat(refusal(bad)).hasMessageContaining("không phải gói đồng bộ kiemtra");
  }

  @Test
  void aNewerFormat() throws IOException {
    Path bad =
        new Repack(good)
            .edit(m -> m.put("formatVersion", 2).remove("entries"))
            .write(dir.resolve("bad.zip"), fx.keys);
    assertThat(refusal(bad))
        .hasMessageContaining("định dạng phiên bản 2, mới hơn")
        .hasMessageContaining("cập nhật kiemtra");
  }

  @Test
  void aNewerSchema() throws IOException {
    Path newer =
        new Repack(good)
            .edit(m -> m.put("schemaVersion", 13))
            .write(dir.resolve("moi.zip"), fx.keys);
    assertThat(refusal(newer))
        .hasMessageContaining("phiên bản kiemtra mới hơn (dữ liệu phiên bản 13, máy này: 12)")
        .hasMessageContaining("cập nhật kiemtra trên máy này trước");
    fx.packages.open(newer, fx.directory(), 13, Progress.NONE).close();
  }

  @Test
  void anUnknownDeviceCarriesTheCardWithTheFingerprintOfItsRealKey() throws IOException {
    Path forged =
        new Repack(good)
            .edit(
                m -> m.with("device").put("fingerprint", "0000 0000 0000 0000 0000 0000 0000 0000"))
            .write(dir.resolve("la.zip"), fx.keys);

    UnknownDeviceException e =
        catchThrowableOfType(
            () -> fx.packages.open(forged, id -> Optional.empty(), 12, Progress.NONE),
            UnknownDeviceException.class);

    assertThat(e.claimed()).isEqualTo(fx.card);
    assertThat(e.claimed().fingerprint()).isEqualTo(fx.packages.fingerprint(fx.keys.publicKey()));
    assertThat(e)
        .hasMessageContaining("thiết bị chưa được đăng ký: “Máy xách tay Đoàn 1”")
        .hasMessageContaining(SyncFixture.LAPTOP.toString())
        .hasMessageContaining(fx.card.fingerprint())
        .hasMessageContaining("device enrol")
        .hasMessageContaining("xác nhận dấu vân tay");
  }

  @Test
  void anEnrolledDeviceWhoseKeyDiffers() {
    String other = fx.packages.newKeyPair().publicKey();
    DeviceCard enrolled =
        new DeviceCard(fx.card.id(), fx.card.name(), other, fx.packages.fingerprint(other));

    SyncPackageException e =
        catchThrowableOfType(
            () -> fx.packages.open(good, id -> Optional.of(enrolled), 12, Progress.NONE),
            SyncPackageException.class);

    assertThat(e)
        .isNotInstanceOf(UnknownDeviceException.class)
        .hasMessageContaining("khác khóa đã đăng ký")
        .hasMessageContaining(fx.card.fingerprint())
        .hasMessageContaining(enrolled.fingerprint());
  }

  @Test
  void aManifestAlteredAfterSigning() throws IOException {
    Path bad =
        new Repack(good).edit(m -> m.put("toChange", 999)).write(dir.resolve("sua.zip"), null);
    assertThat(refusal(bad)).hasMessageContaining("Chữ ký của gói đồng bộ “sua.zip” không đúng");
  }

  @Test
  void aManifestSignedByAnotherKey() throws IOException {
    Path bad =
        new Repack(good)
            .edit(m -> m.put("toChange", 999))
            .write(dir.resolve("sua.zip"), fx.packages.newKeyPair());
    assertThat(refusal(bad)).hasMessageContaining("Chữ ký của gói đồng bộ “sua.zip” không đúng");
  }

  @Test
  void aRowsEntryReplacedUnderTheSameName() throws IOException {
    Repack r = new Repack(good);
    byte[] rows = r.entries.get("rows/answer.jsonl");
    r.entries.put(
        "rows/answer.jsonl",
        new String(rows, StandardCharsets.UTF_8)
            .replace("Đạt yêu cầu", "Không đạt")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(refusal(r.write(dir.resolve("sua.zip"), null)))
        .hasMessageContaining("Mục “rows/answer.jsonl” của gói đồng bộ “sua.zip” không khớp");
  }

  @Test
  void aMissingEntry() throws IOException {
    Repack r = new Repack(good);
    String file = "files/" + fx.files.keySet().iterator().next();
    r.entries.remove(file);
    assertThat(refusal(r.write(dir.resolve("thieu.zip"), null)))
        .hasMessageContaining("thiếu mục “" + file + "”");
  }

  @Test
  void anExtraEntry() throws IOException {
    Repack r = new Repack(good);
    String extra = "files/" + SyncFixture.sha256(new byte[] {42});
    r.entries.put(extra, new byte[] {42});
    assertThat(refusal(r.write(dir.resolve("thua.zip"), null)))
        .hasMessageContaining("có mục “" + extra + "” không ghi trong phần mô tả");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../evil.jsonl",
        "/etc/passwd",
        "rows/../../x.jsonl",
        "rows/",
        "files/ABC",
        "rows/Inspection.jsonl",
        "notes.txt",
        "C:\\temp\\x"
      })
  void entryNamesOutsideTheFormat(String name) throws IOException {
    Repack r = new Repack(good);
    r.entries.put(name, new byte[] {1});
    assertThat(refusal(r.write(dir.resolve("ten.zip"), null)))
        .hasMessageContaining("chứa mục không hợp lệ “" + name + "”");
  }

  @Test
  void cancellingBeforeUnpackingCleansUp() {
    Progress cancelled =
        new Progress() {
          @Override
          public void step(String message, long done, long total) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };
    assertThatThrownBy(() -> fx.packages.open(good, fx.directory(), 12, cancelled))
        .isInstanceOf(CancelledException.class);
  }

  @Test
  void cancellingWhileUnpackingCleansUp() throws IOException {
    byte[] big = new byte[3 * 1024 * 1024];
    new Random(3).nextBytes(big);
    fx.files.put(SyncFixture.sha256(big), big);
    Path large = dir.resolve("lon.zip");
    fx.write(large);
    AtomicBoolean started = new AtomicBoolean();
    Progress progress =
        new Progress() {
          @Override
          public void step(String message, long done, long total) {
            if (done > 0) {
              started.set(true);
            }
          }

          @Override
          public boolean isCancelled() {
            return started.get();
          }
        };

    assertThatThrownBy(() -> fx.packages.open(large, fx.directory(), 12, progress))
        .isInstanceOf(CancelledException.class);
    assertThat(started).isTrue();
  }

  @Test
  void peekRefusesUnreadableFilesLikeOpen() throws IOException {
    assertThatThrownBy(() -> fx.packages.peekDevice(bytes("rong.zip", new byte[0])))
        .hasMessageContaining("trống (0 byte)");
    assertThatThrownBy(
            () ->
                fx.packages.peekDevice(
                    bytes("x.mv.db", "H:2,block:1".getBytes(StandardCharsets.US_ASCII))))
        .hasMessageContaining("tệp cơ sở dữ liệu");
    assertThatThrownBy(
            () ->
                fx.packages.peekDevice(
                    bytes("cut.zip", Arrays.copyOf(Files.readAllBytes(good), 900))))
        .isInstanceOf(SyncPackageException.class)
        .hasMessageContaining("bị cắt ngắn");
  }
}
