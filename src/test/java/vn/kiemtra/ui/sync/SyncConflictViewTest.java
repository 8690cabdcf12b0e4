package vn.kiemtra.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.SyncConflict;

/**
 * The conflict screen on a real conflict: the office sends an inspection to laptops A and B, both
 * change the overall assessment and the unit's response differently, the office imports both
 * packages; one conflict is settled with the incoming value, the other with a merged text.
 */
@ExtendWith(ApplicationExtension.class)
class SyncConflictViewTest {
  @TempDir static Path dir;

  SyncWorld world;
  AppContext office;
  UUID inspection = UUID.randomUUID();
  SyncConflictView view;

  @Start
  void start(Stage stage) {
    world = new SyncWorld(dir);
    office = world.open("office", "Văn phòng Sở Nội vụ");
    AppContext a = world.open("a", "Máy kiểm tra A");
    AppContext b = world.open("b", "Máy kiểm tra B");
    SyncWorld.addInspection(office, inspection, "Kiểm tra Sở Tư pháp năm 2024");
    for (AppContext laptop : List.of(a, b)) {
      office.sync().enrol(laptop.sync().thisDevice());
      laptop.sync().enrol(office.sync().thisDevice());
    }
    Path fromOffice = world.export(office, "office.kiemtra", true, null);
    a.sync().importPackage(fromOffice, Progress.NONE);
    b.sync().importPackage(fromOffice, Progress.NONE);
    edit(a, "Đánh giá chung của máy A", "Ý kiến đơn vị ghi trên máy A");
    edit(b, "Đánh giá chung của máy B", "Ý kiến đơn vị ghi trên máy B");
    office.sync().importPackage(world.export(a, "a.kiemtra", false, null), Progress.NONE);
    office.sync().importPackage(world.export(b, "b.kiemtra", false, null), Progress.NONE);
    view = new SyncConflictView(office.sync(), world.executor);
    SyncWorld.show(stage, view);
  }

  void edit(AppContext laptop, String assessment, String response) {
    Inspection i = laptop.inspections().require(inspection).inspection();
    laptop
        .inspections()
        .save(i.toBuilder().overallAssessment(assessment).unitResponse(response).build());
  }

  @AfterEach
  void close() {
    world.close();
  }

  @SuppressWarnings("unchecked")
  TableView<SyncConflict> table(FxRobot robot) {
    return robot.lookup("#syncConflictTable").queryAs(TableView.class);
  }

  void select(FxRobot robot, String field) {
    TableView<SyncConflict> table = table(robot);
    robot.interact(
        () ->
            table.getItems().stream()
                .filter(c -> c.field().equals(field))
                .findFirst()
                .ifPresent(c -> table.getSelectionModel().select(c)));
  }

  @Test
  void takesTheIncomingValueAndWritesAMergedValue(FxRobot robot) {
    assertThat(office.sync().conflicts(false)).hasSize(2);
    SyncWorld.waitFor(() -> table(robot).getItems().size() == 2);
    TableView<SyncConflict> table = table(robot);
    assertThat(table.getColumns().get(0).getCellData(0)).isEqualTo("Hai bên cùng sửa");
    assertThat(robot.lookup("#syncConflictsCount").queryAs(Label.class).getText())
        .isEqualTo("Còn 2 xung đột chờ quyết định.");
    assertThat(robot.lookup("#syncConflictTake").queryAs(Button.class).isDisabled()).isTrue();

    select(robot, "overall_assessment");
    TextArea local = robot.lookup("#syncConflictLocal").queryAs(TextArea.class);
    TextArea incoming = robot.lookup("#syncConflictIncoming").queryAs(TextArea.class);
    assertThat(local.getText()).isEqualTo("Đánh giá chung của máy A");
    assertThat(incoming.getText()).isEqualTo("Đánh giá chung của máy B");
    assertThat(local.isEditable()).isFalse();
    assertThat(robot.lookup("#syncConflictTitle").queryAs(Label.class).getText())
        .contains("Cuộc kiểm tra")
        .contains("Đánh giá chung");
    robot.clickOn("#syncConflictTake");
    SyncWorld.waitFor(() -> table(robot).getItems().size() == 1);
    assertThat(robot.lookup("#syncConflictMessage").queryAs(Label.class).getText())
        .isEqualTo("Đã giải quyết: Đánh giá chung = \"Đánh giá chung của máy B\".");
    assertThat(office.sync().conflicts(false))
        .singleElement()
        .satisfies(c -> assertThat(c.field()).isEqualTo("unit_response"));
    assertThat(office.inspections().require(inspection).inspection().overallAssessment())
        .isEqualTo("Đánh giá chung của máy B");

    select(robot, "unit_response");
    TextArea merged = robot.lookup("#syncConflictMerged").queryAs(TextArea.class);
    assertThat(merged.getText())
        .isIn("Ý kiến đơn vị ghi trên máy A", "Ý kiến đơn vị ghi trên máy B");
    robot.interact(() -> merged.setText("Ý kiến đơn vị: máy A và máy B"));
    robot.clickOn("#syncConflictWrite");
    SyncWorld.waitFor(() -> table(robot).getItems().isEmpty());
    assertThat(office.sync().conflicts(false)).isEmpty();
    assertThat(office.inspections().require(inspection).inspection().unitResponse())
        .isEqualTo("Ý kiến đơn vị: máy A và máy B");

    robot.clickOn("#syncConflictsAll");
    SyncWorld.waitFor(() -> table(robot).getItems().size() == 2);
    select(robot, "unit_response");
    assertThat(robot.lookup("#syncConflictKeep").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(merged.getText()).isEqualTo("Ý kiến đơn vị: máy A và máy B");
  }
}
