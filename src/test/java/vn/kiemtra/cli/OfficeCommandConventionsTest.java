package vn.kiemtra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.testsupport.Cli;
import vn.kiemtra.testsupport.HostileDatabases;

/**
 * The conventions of the office commands: {@code --db} before or after the command, picocli's own
 * messages in Vietnamese, {@code doctor}, and a hostile database named with {@code --db} refused
 * before it runs anything.
 */
class OfficeCommandConventionsTest {
  @TempDir Path dir;

  @BeforeEach
  void vietnamese() {
    Messages.useLocale(Messages.VIETNAMESE);
  }

  private Path db() {
    return dir.resolve("office");
  }

  @Test
  void theDatabaseMayBeNamedBeforeTheCommand() {
    Cli.Run before = Cli.runRaw("--db", db().toString(), "template", "list");
    assertThat(before.exit()).as(before.err()).isZero();
    assertThat(before.out()).contains("CCHC-SO");
    assertThat(Files.exists(dir.resolve("office.mv.db"))).isTrue();

    Cli.Run equals = Cli.runRaw("--db=" + db(), "device", "show");
    Cli.Run after = Cli.run(db(), "device", "show");
    assertThat(equals.exit()).as(equals.err()).isZero();
    assertThat(equals.out()).isEqualTo(after.out());
  }

  @Test
  void theCommandsOwnDatabaseWinsOverTheOneBeforeIt() {
    Path other = dir.resolve("other");
    Cli.Run run =
        Cli.runRaw(
            "--db", other.toString(), "device", "rename", "Văn phòng", "--db", db().toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.exists(dir.resolve("office.mv.db"))).isTrue();
    assertThat(Files.exists(dir.resolve("other.mv.db"))).isFalse();
  }

  @Test
  void anUnknownOptionIsNamedInVietnamese() {
    Cli.Run run = Cli.run(db(), "template", "list", "--frob");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "Lỗi: Lệnh «kiemtra template list» không có tùy chọn «--frob»."
                + " Xem hướng dẫn: kiemtra template list --help");
  }

  @Test
  void aCommandLineBuildsOnlyTheCommandItNamesWhileHelpSeesTheWholeGroup() {
    CommandTree tree =
        vn.kiemtra.KiemtraCli.commands(
            CommandTree.factory(
                option -> {
                  throw new AssertionError("building the tree opens no database");
                }));
    var named = tree.treeFor("--db", db().toString(), "template", "list");
    assertThat(named.getSubcommands().keySet()).containsExactly("template");
    assertThat(named.getSubcommands().get("template").getSubcommands().keySet())
        .containsExactly("list");
    var group = tree.treeFor("template", "--help");
    assertThat(group.getSubcommands().get("template").getSubcommands().keySet())
        .containsExactlyInAnyOrder(
            "list", "show", "import", "export", "publish", "withdraw", "new-version", "diff");

    Cli.Run help = Cli.run(db(), "template", "--help");
    assertThat(help.exit()).as(help.err()).isZero();
    assertThat(help.out()).contains("new-version").contains("withdraw").contains("diff");
  }

  @Test
  void anUnknownCommandGetsASuggestion() {
    Cli.Run run = Cli.run(db(), "template", "lst");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("«kiemtra template» không có lệnh «lst».")
        .contains("Có phải ý bạn là: list?")
        .doesNotContain("Unmatched")
        .doesNotContain("Did you mean");
    Cli.Run top = Cli.runRaw("frob");
    assertThat(top.err()).startsWith("Lỗi: «kiemtra» không có lệnh «frob».");
  }

  @Test
  void aMissingParameterAndABadValueAreNamed() {
    Cli.Run missing = Cli.run(db(), "template", "show");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("Lỗi: Lệnh «kiemtra template show» còn thiếu «CODE».");
    assertThat(missing.err()).doesNotContain("Missing");

    Cli.Run option = Cli.run(db(), "sync", "export");
    assertThat(option.err()).startsWith("Lỗi: Lệnh «kiemtra sync export» còn thiếu «--out».");

    Cli.Run bad = Cli.run(db(), "inspection", "export", "khong-phai-ma");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("Lỗi: Giá trị «khong-phai-ma» không hợp lệ cho «ID».");
    assertThat(bad.err()).doesNotContain("Invalid value");
  }

  @Test
  void usageHelpIsInVietnamese() {
    Cli.Run help = Cli.runRaw("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("Cách dùng: kiemtra")
        .contains("Lệnh:")
        .contains("Tuỳ chọn:")
        .contains("doctor")
        .doesNotContain("Usage:")
        .doesNotContain("Commands:");
  }

  @Test
  void doctorReportsTheInstallation() {
    Cli.Run run = Cli.run(db(), "doctor");
    assertThat(run.exit()).as(run.err()).isZero();
    String deviceShown = Cli.run(db(), "device", "show").out();
    String out = run.out();
    assertThat(out).contains("Phiên bản: kiemtra " + CommandTree.VERSION + "\n");
    assertThat(out).contains("Java: " + System.getProperty("java.version"));
    assertThat(out).contains("Thư mục dữ liệu: " + dir.toAbsolutePath() + "\n");
    assertThat(out)
        .contains("Cơ sở dữ liệu: " + dir.resolve("office.mv.db").toAbsolutePath() + "\n");
    assertThat(out).contains("Phiên bản cấu trúc dữ liệu: 23\n");
    assertThat(out).contains("Liberation Serif kèm theo (thay cho Times New Roman): có");
    String device =
        out.lines()
            .filter(l -> l.startsWith("Mã thiết bị: "))
            .findFirst()
            .orElseThrow()
            .substring("Mã thiết bị: ".length());
    assertThat(UUID.fromString(device).toString()).isEqualTo(device);
    assertThat(deviceShown).contains(device);
  }

  @Test
  void doctorStillReportsWhenTheDatabaseIsRefused() {
    Cli.Run run = Cli.run(dir.resolve("a;b"), "doctor");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("Phiên bản: kiemtra").contains("Java: ");
    assertThat(run.err()).startsWith("Lỗi: ").contains("dấu chấm phẩy");
  }

  @Test
  void aHostileDatabaseNamedWithDbRunsNothing() throws Exception {
    Path marker = dir.resolve("marker.txt");
    AppContext.open(db()).close();
    HostileDatabases.tamper(db(), HostileDatabases.markerTrigger(marker));
    Files.delete(marker);

    Cli.Run run = Cli.runRaw("--db", db().toString(), "inspection", "list");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("Lỗi: ").contains("trigger MARK").contains("không mở tệp này");
    assertThat(marker).doesNotExist();
  }

  @Test
  void aPathCarryingConnectionSettingsWritesNoFile() {
    Path marker = dir.resolve("written.txt");
    Cli.Run run =
        Cli.run(
            dir.resolve("x;INIT=CALL FILE_WRITE('6869', '" + marker + "')"), "inspection", "list");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("có dấu chấm phẩy (;)");
    assertThat(marker).doesNotExist();
  }
}
