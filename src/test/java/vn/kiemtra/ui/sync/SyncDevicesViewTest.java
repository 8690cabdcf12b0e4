package vn.kiemtra.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.sync.EnrolledDevice;

/** The devices screen: rename, export this device's key, enrol a laptop from its key file. */
@ExtendWith(ApplicationExtension.class)
class SyncDevicesViewTest {
  @TempDir static Path dir;

  SyncWorld world;
  AppContext office;
  AppContext laptop;
  SyncDevicesView view;

  @Start
  void start(Stage stage) {
    world = new SyncWorld(dir);
    office = world.open("office", "Văn phòng");
    laptop = world.open("laptop", "Máy kiểm tra Đoàn 2");
    view = new SyncDevicesView(office.sync(), world.executor);
    SyncWorld.show(stage, view);
  }

  @AfterEach
  void close() {
    world.close();
  }

  String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void renamesExportsTheKeyAndEnrolsALaptopShowingItsFingerprint(FxRobot robot) throws Exception {
    String mine = office.sync().thisDevice().fingerprint();
    SyncWorld.waitFor(() -> text(robot, "#syncDeviceFingerprint").equals(mine));
    assertThat(text(robot, "#syncDeviceId")).isEqualTo(office.sync().thisDevice().id().toString());

    TextField name = robot.lookup("#syncDeviceName").queryAs(TextField.class);
    robot.interact(() -> name.setText("Văn phòng Sở Nội vụ"));
    robot.clickOn("#syncDeviceRename");
    SyncWorld.waitFor(() -> text(robot, "#syncDevicesMessage").startsWith("Đã đặt tên"));
    assertThat(office.sync().thisDevice().name()).isEqualTo("Văn phòng Sở Nội vụ");

    robot.interact(() -> name.setText("  "));
    robot.clickOn("#syncDeviceRename");
    SyncWorld.waitFor(() -> text(robot, "#syncDevicesMessage").startsWith("Tên máy không được"));

    Path key = dir.resolve(UUID.randomUUID() + ".key.json");
    view.setFilePicker(
        (purpose, suggested) -> {
          assertThat(suggested).isEqualTo("van-phong-so-noi-vu.key.json");
          return List.of(key);
        });
    robot.clickOn("#syncExportKey");
    SyncWorld.waitFor(() -> text(robot, "#syncDevicesMessage").startsWith("Đã ghi khóa"));
    assertThat(Files.readString(key)).isNotBlank();

    Path laptopKey = dir.resolve(UUID.randomUUID() + ".key.json");
    laptop.sync().exportKey(laptopKey);
    view.setFilePicker((purpose, suggested) -> List.of(laptopKey));
    robot.clickOn("#syncEnrolKey");
    String theirs = laptop.sync().thisDevice().fingerprint();
    SyncWorld.waitFor(() -> text(robot, "#syncEnrolledFingerprint").equals(theirs));
    assertThat(text(robot, "#syncDevicesMessage"))
        .contains("Máy kiểm tra Đoàn 2")
        .contains("đối chiếu");
    @SuppressWarnings("unchecked")
    TableView<EnrolledDevice> devices = robot.lookup("#syncDeviceTable").queryAs(TableView.class);
    SyncWorld.waitFor(() -> devices.getItems().size() == 1);
    assertThat(devices.getColumns().get(2).getCellData(0)).isEqualTo(theirs);
    assertThat((String) devices.getColumns().get(3).getCellData(0))
        .matches("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}")
        .isEqualTo(
            vn.kiemtra.core.text.Nd30Dates.timeAndDate(devices.getItems().get(0).enrolledAt()));
  }
}
