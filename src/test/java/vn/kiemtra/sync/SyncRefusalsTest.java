package vn.kiemtra.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.sync.OfficeSyncScenarioTest.ok;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kiemtra.testsupport.Cli;
import vn.kiemtra.testsupport.Fixtures;

/**
 * Bad files given to {@code sync import} at the office: each is refused with a Vietnamese message
 * naming the file, and the office's data, conflicts and package log stay exactly as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncRefusalsTest {
  @TempDir static Path dir;
  Path office;
  Path good;
  Path unknown;
  Path laptopDb;

  @BeforeAll
  void officeWithOneEnrolledLaptop() throws Exception {
    office = dir.resolve("office.mv.db");
    laptopDb = dir.resolve("laptop.mv.db");
    Path stranger = dir.resolve("stranger.mv.db");
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, Fixtures.seed());
    ok(Cli.run(laptopDb, "inspection", "import", seed.toString()));
    ok(Cli.run(stranger, "device", "rename", "Máy lạ C"));
    ok(Cli.run(stranger, "inspection", "import", seed.toString()));
    Path key = dir.resolve("laptop.key.json");
    ok(Cli.run(laptopDb, "device", "export-key", "--out", key.toString()));
    ok(Cli.run(office, "device", "enrol", key.toString()));
    good = dir.resolve("good.kiemtra");
    unknown = dir.resolve("unknown.kiemtra");
    ok(Cli.run(laptopDb, "sync", "export", "--out", good.toString()));
    ok(Cli.run(stranger, "sync", "export", "--out", unknown.toString()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "flipped-start",
        "flipped-middle",
        "flipped-end",
        "truncated",
        "empty",
        "random-zip",
        "unknown-device",
        "raw-database",
        "not-a-zip"
      })
  void isRefusedWithAMessageAndNothingChanges(String kind) throws Exception {
    Path bad = make(kind);
    String before = state();
    Cli.Run run = Cli.run(office, "sync", "import", bad.toString());
    assertThat(run.exit()).as(run.out()).isEqualTo(1);
    assertThat(run.err()).contains("Không nhập được").contains(bad.getFileName().toString());
    assertThat(run.err().toLowerCase()).doesNotContain("exception");
    if (kind.equals("unknown-device")) {
      assertThat(run.err()).contains("Máy lạ C");
    }
    assertThat(state()).isEqualTo(before);
  }

  private String state() {
    return ok(Cli.run(office, "inspection", "list")).out()
        + ok(Cli.run(office, "sync", "history")).out()
        + ok(Cli.run(office, "sync", "conflicts")).out()
        + ok(Cli.run(office, "device", "list")).out();
  }

  private Path make(String kind) throws Exception {
    Path out = dir.resolve(kind + ".kiemtra");
    byte[] bytes = Files.readAllBytes(good);
    switch (kind) {
      case "flipped-start" -> flip(bytes, 40);
      case "flipped-middle" -> flip(bytes, bytes.length / 2);
      case "flipped-end" -> flip(bytes, bytes.length - 30);
      case "truncated" -> bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3);
      case "empty" -> bytes = new byte[0];
      case "random-zip" -> bytes = randomZip();
      case "unknown-device" -> bytes = Files.readAllBytes(unknown);
      case "raw-database" -> bytes = Files.readAllBytes(laptopDb);
      case "not-a-zip" ->
          bytes = "Biên bản kiểm tra".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      default -> throw new IllegalArgumentException(kind);
    }
    Files.write(out, bytes);
    return out;
  }

  private static void flip(byte[] bytes, int at) {
    bytes[at] ^= 0x10;
  }

  private static byte[] randomZip() throws Exception {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
      zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
      OutputStream o = zip;
      o.write("Tài liệu không phải gói đồng bộ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return buffer.toByteArray();
  }
}
