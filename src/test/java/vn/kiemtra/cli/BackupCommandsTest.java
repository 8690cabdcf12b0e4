package vn.kiemtra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.testsupport.Cli;
import vn.kiemtra.testsupport.Fixtures;

/** {@code backup create|list|verify|restore} and a damaged file opened by a command. */
class BackupCommandsTest {
  @TempDir Path dir;

  private Path db() {
    return dir.resolve("office");
  }

  private Cli.Run ok(String... args) {
    Cli.Run run = Cli.run(db(), args);
    assertThat(run.exit()).as(run.err()).isZero();
    return run;
  }

  private Path seedFile(String title) throws Exception {
    Path file = dir.resolve(title.hashCode() + ".json");
    Files.writeString(
        file,
        Fixtures.seed().replace("Kiểm tra công tác cải cách hành chính năm 2023", title),
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void createListVerifyAndRestoreByNumber() throws Exception {
    ok("inspection", "import", seedFile("Bản đầu tiên").toString());
    Cli.Run created = ok("backup", "create");
    assertThat(created.out())
        .startsWith("Đã sao lưu vào " + dir.resolve("backups"))
        .contains("1 cuộc kiểm tra (0 đã ký)")
        .contains("đã mở thử bản sao lưu: khớp");

    ok("inspection", "import", seedFile("Bản sửa sau sao lưu").toString());
    Cli.Run list = ok("backup", "list");
    // The import's clean close made a backup too: newest first, numbered from 1.
    assertThat(list.out()).containsPattern("(?m)^ 1  \\S+ \\S+  Khi đóng chương trình");
    assertThat(list.out()).containsPattern("(?m)^ 2  \\S+ \\S+  Sao lưu bằng tay");
    assertThat(list.out()).contains("Thư mục " + dir.resolve("backups") + ": 3 bản sao lưu");

    Matcher manual = Pattern.compile("(office-\\S+-thu-cong\\.zip)").matcher(list.out());
    assertThat(manual.find()).isTrue();
    Path manualFile = dir.resolve("backups").resolve(manual.group(1));
    assertThat(ok("backup", "verify", manualFile.toString()).out())
        .contains("đọc được toàn bộ và khớp với lúc sao lưu: 1 cuộc kiểm tra");

    Cli.Run restored = ok("backup", "restore", "2");
    assertThat(restored.out())
        .startsWith("Đã sao lưu dữ liệu hiện tại vào")
        .contains("-truoc-khoi-phuc.zip, rồi khôi phục từ " + manualFile);
    assertThat(ok("inspection", "export", Fixtures.SEED_ID).out()).contains("Bản đầu tiên");
  }

  @Test
  void backupToAChosenFileAndRefusals() throws Exception {
    ok("inspection", "import", seedFile("Ra ổ USB").toString());
    Path usb = dir.resolve("usb/kiemtra-sao-luu.zip");
    Files.createDirectories(usb.getParent());
    assertThat(ok("backup", "create", "--out", usb.toString()).out())
        .startsWith("Đã sao lưu vào " + usb);
    assertThat(ok("backup", "verify", usb.toString()).out())
        .contains("không có tệp mô tả để đối chiếu số dòng");

    Path text = dir.resolve("ghi-chu.zip");
    Files.writeString(text, "không phải tệp zip");
    Cli.Run notBackup = Cli.run(db(), "backup", "verify", text.toString());
    assertThat(notBackup.exit()).isEqualTo(1);
    assertThat(notBackup.err().strip())
        .isEqualTo(
            "Lỗi: Tệp ghi-chu.zip không phải bản sao lưu của kiemtra; hãy chọn một tệp .zip trong thư mục backups.");

    Cli.Run noSuch = Cli.run(db(), "backup", "restore", "42");
    assertThat(noSuch.exit()).isEqualTo(1);
    assertThat(noSuch.err()).contains("Không có bản sao lưu số 42");
    assertThat(ok("inspection", "export", Fixtures.SEED_ID).out()).contains("Ra ổ USB");
  }

  @Test
  void aDamagedFileIsRecoveredByTheCommandWithOneParagraph() throws Exception {
    ok("inspection", "import", seedFile("Trước sự cố").toString());
    Path file = dir.resolve("office.mv.db");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(f.length() / 3);
    }
    Cli.Run run = Cli.run(db(), "inspection", "list");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Văn phòng Ủy ban nhân dân tỉnh");
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("Tệp dữ liệu " + file + " bị hỏng (thường do máy tắt đột ngột)")
        .contains("không mất dữ liệu.");
    try (var moved = Files.list(dir.resolve("backups"))) {
      assertThat(moved.filter(p -> p.getFileName().toString().endsWith("-hong.mv.db"))).hasSize(1);
    }
  }
}
