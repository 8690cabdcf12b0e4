package vn.kiemtra.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.ui.UiTestSupport;
import vn.kiemtra.ui.common.FxUiExecutor;

/**
 * The office builds a checklist from nothing in the window, publishes it (seeing what changed), and
 * starts an inspection from it whose minutes render.
 */
@ExtendWith(ApplicationExtension.class)
class TemplatesViewTest {
  @TempDir static Path dir;

  AppContext app;
  TemplatesView view;
  final AtomicReference<UUID> opened = new AtomicReference<>();
  final List<String> publishShown = new ArrayList<>();

  /** Answers the screen's questions as a clerk would. */
  final class Answers implements TemplateDialogs {
    @Override
    public Optional<NewTemplate> askNew() {
      return Optional.of(
          new NewTemplate("CCHC-THU", "2026", "Bộ tiêu chí thử cấp xã", TemplateLevel.XA));
    }

    @Override
    public Optional<String> askVersion(String current) {
      return Optional.of("2027");
    }

    @Override
    public boolean confirmPublish(String question, List<String> changes) {
      publishShown.add(question);
      publishShown.addAll(changes);
      return true;
    }

    @Override
    public boolean confirm(String question) {
      return true;
    }

    @Override
    public Optional<Path> openFile() {
      return Optional.empty();
    }

    @Override
    public Optional<Path> saveFile(String suggestedName) {
      return Optional.of(dir.resolve(suggestedName));
    }

    @Override
    public void showProblems(String title, List<String> problems) {}

    @Override
    public void inform(String message) {}
  }

  @Start
  void start(Stage stage) {
    app = AppContext.open(dir.resolve(UUID.randomUUID().toString()).resolve("kiemtra"));
    view = new TemplatesView(app, new FxUiExecutor(), opened::set);
    view.setDialogs(new Answers());
    Scene scene = vn.kiemtra.ui.common.StyledScene.of(view, 1280, 760);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void nothingIsCutOffAt1024x700(FxRobot robot) throws Exception {
    // Where an earlier run left the divider is not this test's business: start at the default.
    vn.kiemtra.ui.common.SplitterMemory.forget("templates.split");
    // A window of its own: resizing the shared test stage would change every later test's window.
    TemplatesView small =
        org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> {
                  TemplatesView v = new TemplatesView(app, new FxUiExecutor(), opened::set);
                  v.setDialogs(new Answers());
                  Scene scene = vn.kiemtra.ui.common.StyledScene.of(v, 1024, 700);
                  Stage window = new Stage();
                  window.setScene(scene);
                  window.show();
                  return v;
                })
            .get();
    try {
      javafx.scene.control.TableView<?> list =
          (javafx.scene.control.TableView<?>) small.lookup("#templateList");
      UiTestSupport.waitUntil(() -> list.getItems().size() == 1);
      settled(small);
      assertThat(vn.kiemtra.ui.CutOffLabels.in(small)).as("list").isEmpty();

      // The published checklist opened beside the list.
      robot.interact(() -> list.getSelectionModel().select(0));
      UiTestSupport.waitUntil(() -> small.lookup(".tree-view") != null);
      settled(small);
      assertThat(vn.kiemtra.ui.CutOffLabels.in(small)).as("checklist opened").isEmpty();
    } finally {
      robot.interact(() -> small.getScene().getWindow().hide());
    }
  }

  /** Waits (at most the usual 10 s) for a screen just built to finish its layout passes. */
  private static void settled(javafx.scene.Parent screen) {
    try {
      UiTestSupport.waitUntil(() -> vn.kiemtra.ui.CutOffLabels.in(screen).isEmpty());
    } catch (AssertionError stillCut) {
      // the assertion that follows names what stays cut
    }
  }

  private void type(FxRobot robot, String id, String text) {
    robot.interact(
        () -> {
          var node = robot.lookup(id).query();
          if (node instanceof TextArea a) {
            a.setText(text);
          } else {
            ((TextField) node).setText(text);
          }
        });
  }

  private String label(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void buildsAChecklistPublishesItAndStartsAnInspection(FxRobot robot) throws Exception {
    TemplateRef ref = new TemplateRef("CCHC-THU", "2026");
    robot.clickOn("#templateNew");
    UiTestSupport.waitUntil(() -> robot.lookup("#templateTree").tryQuery().isPresent());

    robot.clickOn("#templateAddArea");
    type(robot, "#templateCode", "CD");
    type(robot, "#templateText", "Công tác chỉ đạo, điều hành");
    robot.clickOn("#templateAddCriterion");
    type(robot, "#templateText", "Ban hành kế hoạch CCHC năm");
    type(robot, "#templatePoints", "2,5");
    robot.clickOn("#templateAddCriterion");
    type(robot, "#templateText", "Thực hiện kế hoạch");
    robot.clickOn("#templateAddSub");
    type(robot, "#templateText", "Hoàn thành nhiệm vụ quý I");
    type(robot, "#templatePoints", "1,5");
    robot.clickOn("#templateAddCriterion");
    type(robot, "#templateText", "Hoàn thành nhiệm vụ quý II");

    UiTestSupport.waitUntil(() -> label(robot, "#templateTotals").endsWith("tổng 5 điểm"));
    assertThat(label(robot, "#templateTotals")).isEqualTo("Tối đa: CD 5 — tổng 5 điểm");
    UiTestSupport.waitUntil(
        () ->
            label(robot, "#templateSaveStatus").startsWith("Đã lưu")
                && app.templates().require(ref).criterionCount() == 4
                && app.templates().require(ref).criterion("CD02.2").isPresent());
    ChecklistTemplate draft = app.templates().require(ref);
    assertThat(draft.status()).isEqualTo(TemplateStatus.DRAFT);
    assertThat(draft.level()).isEqualTo(TemplateLevel.XA);
    assertThat(draft.criterion("CD02").orElseThrow().subCriteria())
        .extracting(c -> c.code() + " " + c.text() + " " + c.maxScore())
        .containsExactly(
            "CD02.1 Hoàn thành nhiệm vụ quý I 1.5", "CD02.2 Hoàn thành nhiệm vụ quý II 1");
    assertThat(draft.maxScore()).isEqualByComparingTo("5");

    robot.clickOn("#templatePublish");
    UiTestSupport.waitUntil(
        () -> app.templates().require(ref).status() == TemplateStatus.PUBLISHED);
    assertThat(publishShown).hasSize(1);
    assertThat(publishShown.get(0)).startsWith("Ban hành bộ tiêu chí CCHC-THU 2026?");

    robot.clickOn("#templateStartInspection");
    UiTestSupport.waitUntil(() -> opened.get() != null);
    var inspection = app.inspections().require(opened.get()).inspection();
    assertThat(inspection.template()).isEqualTo(ref);
    var minutes =
        app.minutes().render(app.minutes().content(opened.get(), MinutesOptions.standard()));
    assertThat(minutes.pageCount()).isPositive();
  }

  private javafx.scene.Node row(FxRobot robot, String code) {
    return robot
        .lookup(
            n ->
                n instanceof javafx.scene.control.TreeCell<?> c
                    && c.getItem() instanceof DraftRow r
                    && r.code.equals(code))
        .query();
  }

  private List<String> stored(TemplateRef ref) {
    return app.templates().require(ref).areas().stream()
        .map(
            a ->
                a.code()
                    + ":"
                    + String.join(",", a.criteria().stream().map(c -> c.code()).toList()))
        .toList();
  }

  @Test
  void rowsAreMovedByDraggingThemWithTheMouse(FxRobot robot) {
    TemplateRef ref = new TemplateRef("CCHC-THU", "2026");
    robot.clickOn("#templateNew");
    UiTestSupport.waitUntil(() -> robot.lookup("#templateTree").tryQuery().isPresent());
    robot.clickOn("#templateAddArea");
    robot.clickOn("#templateAddCriterion");
    robot.clickOn("#templateAddCriterion");
    robot.clickOn("#templateAddArea");
    robot.clickOn("#templateAddCriterion");
    UiTestSupport.waitUntil(() -> stored(ref).equals(List.of("LV1:LV101,LV102", "LV2:LV201")));

    // A criterion dropped on an area goes to that area's end.
    robot.drag(row(robot, "LV102")).dropTo(row(robot, "LV2"));
    UiTestSupport.waitUntil(() -> stored(ref).equals(List.of("LV1:LV101", "LV2:LV201,LV102")));
    // A criterion dropped on another comes before it, in that one's area.
    robot.drag(row(robot, "LV201")).dropTo(row(robot, "LV101"));
    UiTestSupport.waitUntil(() -> stored(ref).equals(List.of("LV1:LV201,LV101", "LV2:LV102")));
    // An area dropped on a criterion stays where it was; on another area it comes before it.
    robot.drag(row(robot, "LV2")).dropTo(row(robot, "LV101"));
    robot.drag(row(robot, "LV2")).dropTo(row(robot, "LV1"));
    UiTestSupport.waitUntil(() -> stored(ref).equals(List.of("LV2:LV102", "LV1:LV201,LV101")));
    // A criterion dropped on a sub-criterion becomes one of its siblings.
    robot.interact(
        () ->
            robot
                .lookup("#templateTree")
                .<javafx.scene.control.TreeView<DraftRow>>query()
                .getSelectionModel()
                .clearSelection());
    robot.clickOn(row(robot, "LV101"));
    robot.clickOn("#templateAddSub");
    UiTestSupport.waitUntil(() -> app.templates().require(ref).criterion("LV101.1").isPresent());
    robot.drag(row(robot, "LV102")).dropTo(row(robot, "LV101.1"));
    UiTestSupport.waitUntil(
        () ->
            app.templates().require(ref).criterion("LV101").orElseThrow().subCriteria().stream()
                .map(c -> c.code())
                .toList()
                .equals(List.of("LV102", "LV101.1")));
    assertThat(stored(ref)).containsExactly("LV2:", "LV1:LV201,LV101");
  }
}
