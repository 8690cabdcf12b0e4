package vn.kiemtra.syncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.StagedPackage;
import vn.kiemtra.core.sync.SyncPackageException;
import vn.kiemtra.core.sync.SyncRow;

/** A flipped byte anywhere is refused, or cannot change what the package delivers. */
class ZipSyncPackagesTamperTest {
  @TempDir Path dir;
  @TempDir Path staging;
  SyncFixture fx;
  Path good;
  byte[] bytes;

  @BeforeEach
  void setUp() throws IOException {
    Messages.useLocale(Messages.VIETNAMESE);
    fx = new SyncFixture(staging);
    good = dir.resolve("goi.zip");
    fx.write(good);
    bytes = Files.readAllBytes(good);
  }

  private int dataOf(String name) {
    return SyncFixture.dataOf(bytes, name);
  }

  private Throwable openFlipped(int offset) throws IOException {
    byte[] copy = bytes.clone();
    copy[offset] ^= (byte) 0xFF;
    Path bad = Files.write(dir.resolve("lat.zip"), copy);
    return catchThrowable(() -> fx.packages.open(bad, fx.directory(), 12, Progress.NONE).close());
  }

  @Test
  void aFlippedByteInAFileInTheRowsInTheManifestOrInTheSignatureIsRefused() throws IOException {
    String photo = "files/" + fx.files.keySet().iterator().next();
    int[] offsets = {
      dataOf(photo) + 10,
      dataOf(photo) + 70_000,
      dataOf("rows/inspection.jsonl") + 5,
      dataOf("rows/answer.jsonl") + 40,
      dataOf("manifest.json") + 3,
      dataOf("manifest.json") + 60,
      dataOf("manifest.sig") + 2,
      dataOf("manifest.sig") + 20,
      0,
      7,
      bytes.length - 30,
      bytes.length - 10
    };
    for (int offset : offsets) {
      Throwable t = openFlipped(offset);
      assertThat(t).as("offset " + offset).isInstanceOf(SyncPackageException.class);
      assertThat(t.getMessage())
          .as("offset " + offset)
          .containsAnyOf("gói đồng bộ", "Gói đồng bộ", "kiemtra");
    }
    assertThat(fx.stagedFolders()).isZero();
  }

  @Test
  void everyFlippedByteOfAPackageIsRefused() throws IOException {
    List<Integer> accepted = new ArrayList<>();
    smallPackage();
    for (int offset : offsets()) {
      Throwable t = catchThrowable(() -> rows(flipped(offset, 0xFF)));
      if (t == null) {
        accepted.add(offset);
      } else {
        assertThat(t).as("offset " + offset).isInstanceOf(SyncPackageException.class);
      }
    }
    assertThat(accepted).isEmpty();
    assertThat(fx.stagedFolders()).isZero();
  }

  /**
   * A single flipped bit is refused too, except in the unused padding bits that end a deflate
   * stream: those carry nothing, and the package then delivers exactly what was signed.
   */
  @ParameterizedTest
  @ValueSource(ints = {0x01, 0x80})
  void aFlippedBitIsRefusedOrChangesNothing(int mask) throws IOException {
    smallPackage();
    for (int offset : offsets()) {
      Throwable t =
          catchThrowable(() -> assertThat(rows(flipped(offset, mask))).isEqualTo(fx.rows));
      if (t == null) {
        assertThat(HexFormat.of().formatHex(bytes, offset + 1, offset + 5))
            .as("accepted offset " + offset + " ends a deflate stream")
            .isEqualTo("504b0708");
      } else {
        assertThat(t).as("offset " + offset).isInstanceOf(SyncPackageException.class);
      }
    }
    assertThat(fx.stagedFolders()).isZero();
  }

  /** One row and one tiny file: about a kilobyte, so each of its bytes can be flipped. */
  private void smallPackage() throws IOException {
    fx.rows.subList(1, fx.rows.size()).clear();
    fx.files.clear();
    fx.files.put(SyncFixture.sha256(new byte[] {1, 2, 3}), new byte[] {1, 2, 3});
    fx.write(good);
    bytes = Files.readAllBytes(good);
    assertThat(rows(good)).isEqualTo(fx.rows);
  }

  private int[] offsets() {
    return IntStream.range(0, bytes.length).toArray();
  }

  private Path flipped(int offset, int mask) throws IOException {
    byte[] copy = bytes.clone();
    copy[offset] ^= (byte) mask;
    return Files.write(dir.resolve("lat.zip"), copy);
  }

  private List<SyncRow> rows(Path file) {
    List<SyncRow> rows = new ArrayList<>();
    try (StagedPackage staged = fx.packages.open(file, fx.directory(), 12, Progress.NONE)) {
      staged.tables().forEach(t -> staged.forEachRow(t, rows::add));
      for (Map.Entry<String, byte[]> f : fx.files.entrySet()) {
        assertThat(staged.file(f.getKey())).hasBinaryContent(f.getValue());
      }
    }
    return rows;
  }
}
