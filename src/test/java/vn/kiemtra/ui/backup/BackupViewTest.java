package vn.kiemtra.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.backup.Backup;
import vn.kiemtra.core.backup.BackupContent;
import vn.kiemtra.core.backup.BackupReason;
import vn.kiemtra.core.backup.JournalEntry;
import vn.kiemtra.core.backup.RecoveryReport;
import vn.kiemtra.core.backup.ReplayedChange;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.ui.UiTestSupport;
import vn.kiemtra.ui.common.FxUiExecutor;

/** The backup screen on a real database: back up now, check, restore with confirmation. */
@ExtendWith(ApplicationExtension.class)
class BackupViewTest {
  @TempDir Path dir;

  AppContext app;
  BackupView view;
  final AtomicInteger closedInspections = new AtomicInteger();
  final AtomicInteger reloaded = new AtomicInteger();
  final List<String> questions = new ArrayList<>();
  boolean answer;

  @Start
  void start(Stage stage) {
    app = AppContext.open(dir.resolve("kiemtra"));
    app.inspections().save(UiTestSupport.fixture(app, "seed-inspection.json"));
    view =
        new BackupView(
            app.backups(),
            new FxUiExecutor(),
            closedInspections::incrementAndGet,
            reloaded::incrementAndGet);
    view.setConfirmation(
        q -> {
          questions.add(q);
          return answer;
        });
    stage.setScene(new Scene(view, 1024, 700));
    stage.show();
  }

  @AfterEach
  void close() {
    app.close();
  }

  @SuppressWarnings("unchecked")
  TableView<Backup> table(FxRobot robot) {
    return robot.lookup("#backupTable").queryAs(TableView.class);
  }

  String message(FxRobot robot) {
    return robot.lookup("#backupMessage").queryAs(Label.class).getText();
  }

  @Test
  void backsUpNowChecksAndRestoresOnlyAfterConfirmation(FxRobot robot) {
    UUID seed = UUID.fromString(Fixtures.SEED_ID);
    String original = app.inspections().require(seed).inspection().title();
    robot.clickOn("#backupNow");
    UiTestSupport.waitUntil(() -> message(robot).startsWith("Đã sao lưu vào"));
    UiTestSupport.waitUntil(() -> table(robot).getItems().size() == 1);
    Backup made = table(robot).getItems().get(0);
    assertThat(made.reason()).isEqualTo(BackupReason.MANUAL);
    assertThat(made.content().inspections()).isEqualTo(1);
    assertThat(robot.lookup("#backupUsage").queryAs(Label.class).getText())
        .contains("1 bản sao lưu")
        .contains("ổ đĩa còn trống");

    robot.interact(() -> table(robot).getSelectionModel().select(0));
    robot.clickOn("#backupVerify");
    UiTestSupport.waitUntil(() -> message(robot).contains("đọc được toàn bộ và khớp"));

    Inspection renamed =
        app.inspections().require(seed).inspection().toBuilder()
            .title("Tên sửa sau sao lưu")
            .build();
    app.inspections().save(renamed);

    answer = false;
    robot.interact(() -> table(robot).getSelectionModel().select(0));
    robot.clickOn("#backupRestore");
    assertThat(questions).hasSize(1);
    assertThat(questions.get(0)).contains(made.file().getFileName().toString());
    assertThat(closedInspections).hasValue(0);
    assertThat(app.inspections().require(seed).inspection().title())
        .isEqualTo("Tên sửa sau sao lưu");

    answer = true;
    robot.clickOn("#backupRestore");
    UiTestSupport.waitUntil(() -> message(robot).startsWith("Đã sao lưu dữ liệu hiện tại vào"));
    assertThat(closedInspections).hasValue(1);
    UiTestSupport.waitUntil(() -> reloaded.get() == 1);
    assertThat(app.inspections().require(seed).inspection().title()).isEqualTo(original);
    UiTestSupport.waitUntil(() -> table(robot).getItems().size() == 3);
    assertThat(table(robot).getItems())
        .extracting(Backup::reason)
        .containsExactly(BackupReason.RESTORED, BackupReason.BEFORE_RESTORE, BackupReason.MANUAL);
  }

  @Test
  void theRecoveryScreenNamesWhatCouldNotBeBroughtBack(FxRobot robot) {
    Backup from =
        new Backup(
            dir.resolve("backups/k.zip"),
            java.time.OffsetDateTime.parse("2026-12-02T10:32:00+07:00"),
            BackupReason.PERIODIC,
            1,
            new BackupContent(Map.of(), 1, 0),
            3,
            true,
            "");
    JournalEntry other =
        new JournalEntry(
            4,
            java.time.OffsetDateTime.parse("2026-12-02T10:41:05+07:00").toInstant().toEpochMilli(),
            JournalEntry.Kind.OTHER_CHANGE,
            new UUID(0, 0),
            Map.of(),
            new byte[0]);
    RecoveryReport report =
        new RecoveryReport(
            dir.resolve("kiemtra.mv.db"),
            dir.resolve("backups/kiemtra-20261202-104200-000-hong.mv.db"),
            from,
            List.of(
                new ReplayedChange(
                    other, "một thay đổi lúc 10:41 02/12/2026", "không có trong nhật ký")),
            List.of());
    List<Path> opened = new ArrayList<>();
    Dialog<ButtonType>[] shown = new Dialog[1];
    robot.interact(
        () -> {
          shown[0] = RecoveryNotice.dialog(null, report, opened::add);
          shown[0].show();
        });
    assertThat(shown[0].getHeaderText()).contains("có thay đổi chưa lấy lại được");
    Label text = robot.lookup("#recoveryMessage").queryAs(Label.class);
    assertThat(text.getText())
        .contains("tệp hỏng được giữ nguyên tại")
        .contains("lúc 10:32 02/12/2026")
        .contains("1 thay đổi không khôi phục được");
    @SuppressWarnings("unchecked")
    ListView<String> lost = robot.lookup("#recoveryLost").queryAs(ListView.class);
    assertThat(lost.getItems())
        .containsExactly("một thay đổi lúc 10:41 02/12/2026: không có trong nhật ký");
    robot.clickOn("Mở thư mục sao lưu");
    assertThat(opened).containsExactly(dir.resolve("backups"));
    robot.clickOn("Đã hiểu");
    assertThat(shown[0].isShowing()).isFalse();
  }
}
