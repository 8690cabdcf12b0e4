package vn.kiemtra.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.kiemtra.AppContext;

/** The export screen, headless, on a real database: the package file, progress and cancel. */
@ExtendWith(ApplicationExtension.class)
class SyncExportViewTest {
  @TempDir static Path dir;

  SyncWorld world;
  AppContext laptop;
  Stage stage;

  /** Holds the export task until the test lets it run: Cancel can be clicked first. */
  final List<Runnable> held = new ArrayList<>();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    world = new SyncWorld(dir);
    laptop = world.open("laptop", "Máy kiểm tra Đoàn 2");
    SyncWorld.addInspection(laptop, UUID.randomUUID(), "Kiểm tra Sở Tư pháp");
  }

  @AfterEach
  void close() {
    world.close();
  }

  SyncExportView show(FxRobot robot, Executor executor) {
    SyncExportView[] view = new SyncExportView[1];
    robot.interact(
        () -> {
          view[0] = new SyncExportView(laptop.sync(), executor);
          SyncWorld.show(stage, view[0]);
        });
    return view[0];
  }

  String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void writesThePackageAndShowsItsNumberWithTheProgressAtTheEnd(FxRobot robot) throws Exception {
    SyncExportView view = show(robot, world.executor);
    String fingerprint = laptop.sync().thisDevice().fingerprint();
    SyncWorld.waitFor(() -> text(robot, "#syncExportFingerprint").equals(fingerprint));
    assertThat(text(robot, "#syncExportDevice")).isEqualTo("Máy kiểm tra Đoàn 2");
    Path out = dir.resolve(UUID.randomUUID() + ".kiemtra");
    List<String> suggested = new ArrayList<>();
    view.setFilePicker(
        (purpose, name) -> {
          assertThat(purpose).isEqualTo(SyncFiles.Purpose.SAVE_PACKAGE);
          suggested.add(name);
          return List.of(out);
        });

    robot.clickOn("#syncExportRun");
    SyncWorld.waitFor(() -> !text(robot, "#syncExportResult").isEmpty());

    assertThat(out).exists();
    assertThat(Files.size(out)).isPositive();
    assertThat(text(robot, "#syncExportResult"))
        .startsWith("Đã xuất gói số 1 (phần thay đổi)")
        .contains(out.toString())
        .contains("dòng dữ liệu");
    assertThat(robot.lookup("#syncExportProgress").queryAs(ProgressBar.class).getProgress())
        .isEqualTo(1.0);
    assertThat(suggested)
        .singleElement()
        .asString()
        .matches("kiemtra-may-kiem-tra-doan-2-\\d{8}-\\d{4}\\.kiemtra");

    robot.clickOn("#syncExportRun");
    SyncWorld.waitFor(() -> text(robot, "#syncExportResult").startsWith("Đã xuất gói số 2"));
  }

  @Test
  void cancellingBeforeTheWorkRunsLeavesNoPackageFile(FxRobot robot) {
    Executor holding =
        task -> {
          synchronized (held) {
            held.add(task);
          }
        };
    SyncExportView view = show(robot, holding);
    // the device card loads through the same executor
    release();
    SyncWorld.waitFor(() -> !text(robot, "#syncExportFingerprint").isEmpty());
    Path out = dir.resolve(UUID.randomUUID() + ".kiemtra");
    view.setFilePicker((purpose, name) -> List.of(out));

    robot.clickOn("#syncExportRun");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(held).hasSize(1);
    robot.clickOn("#syncExportCancel");
    release();

    SyncWorld.waitFor(() -> text(robot, "#syncExportStatus").startsWith("Đã hủy"));
    assertThat(out).doesNotExist();
    assertThat(Files.exists(out)).isFalse();
    assertThat(text(robot, "#syncExportResult")).isEmpty();
    assertThat(robot.lookup("#syncExportRun").queryButton().isDisabled()).isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains(out.getFileName().toString()));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private void release() {
    List<Runnable> now;
    synchronized (held) {
      now = new ArrayList<>(held);
      held.clear();
    }
    now.forEach(world.executor::execute);
  }
}
