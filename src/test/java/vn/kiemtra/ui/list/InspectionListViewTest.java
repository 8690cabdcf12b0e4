package vn.kiemtra.ui.list;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.ui.UiTestSupport.waitForNewInspectionChoice;
import static vn.kiemtra.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.ui.UiTestSupport;
import vn.kiemtra.ui.common.FxUiExecutor;
import vn.kiemtra.ui.main.MainView;

@ExtendWith(ApplicationExtension.class)
class InspectionListViewTest {
  private AppContext app;

  @Start
  void start(Stage stage) throws Exception {
    Path dir = Files.createTempDirectory("kiemtra-ui-list");
    app = AppContext.open(dir.resolve("db"));
    app.inspections().save(UiTestSupport.fixture(app, "seed-inspection.json"));
    app.inspections().save(UiTestSupport.fixture(app, "full-inspection.json"));
    MainView main = new MainView(stage, new FxUiExecutor(), p -> {});
    main.attach(app);
    stage.setScene(new Scene((javafx.scene.Parent) main.node(), 1200, 760));
    stage.show();
  }

  @AfterEach
  void close() {
    app.close();
  }

  private TableView<InspectionSummary> table(FxRobot robot) {
    return robot.lookup("#list-table").queryTableView();
  }

  @Test
  void showsEveryStoredInspection(FxRobot robot) {
    waitUntil(() -> table(robot).getItems().size() == 2);
  }

  @Test
  void eachRowShowsTheScoreOfItsInspection(FxRobot robot) {
    waitUntil(() -> table(robot).getItems().size() == 2);
    @SuppressWarnings("unchecked")
    javafx.scene.control.TableColumn<InspectionSummary, String> score =
        (javafx.scene.control.TableColumn<InspectionSummary, String>)
            table(robot).getColumns().stream()
                .filter(c -> "list-col-score".equals(c.getId()))
                .findFirst()
                .orElseThrow();
    java.util.function.Function<String, String> scoreOf =
        unit ->
            table(robot).getItems().stream()
                .filter(s -> s.unitName().startsWith(unit))
                .map(score::getCellData)
                .findFirst()
                .orElseThrow();
    waitUntil(
        () -> !scoreOf.apply("Văn phòng").isEmpty() && !scoreOf.apply("Sở Khoa học").isEmpty());

    assertThat(scoreOf.apply("Văn phòng")).isEqualTo("20/100");
    assertThat(scoreOf.apply("Sở Khoa học")).isEqualTo("8,7/99");
  }

  @Test
  void searchWithoutAccentsFindsTheUnit(FxRobot robot) {
    waitUntil(() -> table(robot).getItems().size() == 2);
    robot.clickOn("#list-search").write("van phong uy ban");
    waitUntil(() -> table(robot).getItems().size() == 1);
    assertThat(table(robot).getItems().get(0).unitName())
        .isEqualTo("Văn phòng Ủy ban nhân dân tỉnh");
  }

  @Test
  void statusAndYearFiltersNarrowTheList(FxRobot robot) {
    waitUntil(() -> table(robot).getItems().size() == 2);
    ComboBox<InspectionStatus> status = robot.lookup("#list-status").queryComboBox();
    robot.interact(() -> status.setValue(InspectionStatus.IN_PROGRESS));
    waitUntil(() -> table(robot).getItems().size() == 1);
    assertThat(table(robot).getItems().get(0).startedAt().getYear()).isEqualTo(2025);
    robot.interact(() -> status.setValue(null));
    ComboBox<Integer> year = robot.lookup("#list-year").queryComboBox();
    robot.interact(() -> year.setValue(2023));
    waitUntil(() -> table(robot).getItems().size() == 1);
    assertThat(table(robot).getItems().get(0).status()).isEqualTo(InspectionStatus.READY_TO_SIGN);
  }

  @Test
  void newInspectionIsStoredAndOpened(FxRobot robot) {
    waitUntil(() -> table(robot).getItems().size() == 2);
    robot.clickOn("#list-new");
    waitForNewInspectionChoice(robot);
    ComboBox<ChecklistTemplate> template = robot.lookup("#newInspection-template").queryComboBox();
    assertThat(template.getValue().ref()).isEqualTo(new TemplateRef("CCHC-SO", "2023"));
    // Enter alone starts the preselected checklist.
    robot.type(KeyCode.ENTER);
    waitUntil(() -> app.inspections().list().size() == 3);
    TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
    waitUntil(() -> tabs.getTabs().size() == 2);
    waitUntil(() -> table(robot).getItems().size() == 3);
    // Ctrl+W closes the inspection's tab; the list itself never closes.
    robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
    waitUntil(() -> tabs.getTabs().size() == 1);
    robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(tabs.getTabs()).hasSize(1);
  }

  @Test
  void newInspectionOffersTheNewestPublishedChecklistOfTheChosenLevel(FxRobot robot)
      throws Exception {
    Path workbook = Files.createTempFile("cchc-xa", ".xlsx");
    Files.write(workbook, vn.kiemtra.exchange.ChecklistWorkbookTestAccess.communeWorkbook());
    TemplateRef commune = new TemplateRef("CCHC-XA", "2026");
    app.templates().importFile(workbook);
    app.templates().publish(commune);
    app.templates().newVersion(commune, "2027"); // a draft: never offered
    waitUntil(() -> table(robot).getItems().size() == 2);

    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#newInspection-create").tryQuery().isPresent());
    ComboBox<TemplateLevel> level = robot.lookup("#newInspection-level").queryComboBox();
    ComboBox<ChecklistTemplate> template = robot.lookup("#newInspection-template").queryComboBox();
    assertThat(level.getItems()).containsExactly(TemplateLevel.SO, TemplateLevel.XA);
    robot.interact(() -> level.setValue(TemplateLevel.XA));
    assertThat(template.getItems()).extracting(ChecklistTemplate::ref).containsExactly(commune);
    assertThat(template.getValue().ref()).isEqualTo(commune);
    robot.clickOn("#newInspection-create");
    waitUntil(() -> app.inspections().list().size() == 3);
    assertThat(
            app.inspections().list().stream()
                .map(s -> app.inspections().require(s.id()).inspection().template())
                .filter(commune::equals)
                .count())
        .isEqualTo(1);

    // The level used last is preselected next time (Ctrl+N from the editor); cancelling stores
    // nothing.
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#newInspection-create").tryQuery().isPresent());
    assertThat(robot.lookup("#newInspection-level").queryComboBox().getValue())
        .isEqualTo(TemplateLevel.XA);
    robot.clickOn("#newInspection-cancel");
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(app.inspections().list()).hasSize(3);
  }

  @Test
  void deleteGoesToTheTrashAndUndoBringsItBack(FxRobot robot) {
    waitUntil(() -> table(robot).getItems().size() == 2);
    robot.interact(() -> table(robot).getSelectionModel().select(0));
    robot.clickOn("#list-delete");
    // "Không" is the dialog's default: Enter alone keeps the inspection.
    robot.type(KeyCode.ENTER);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(app.inspections().list()).hasSize(2);
    robot.clickOn("#list-delete");
    robot.clickOn("#confirm-act");
    waitUntil(() -> app.inspections().list().size() == 1);
    assertThat(app.inspections().trash()).hasSize(1);
    waitUntil(() -> table(robot).getItems().size() == 1);
    robot.clickOn("#list-undo");
    waitUntil(() -> app.inspections().list().size() == 2);
    assertThat(app.inspections().trash()).isEmpty();
  }

  @Test
  void copyAsNextYearsPlanMakesAPlannedInspection(FxRobot robot) {
    waitUntil(() -> table(robot).getItems().size() == 2);
    robot.interact(
        () ->
            table(robot)
                .getSelectionModel()
                .select(
                    table(robot).getItems().stream()
                        .filter(s -> s.startedAt().getYear() == 2023)
                        .findFirst()
                        .orElseThrow()));
    robot.clickOn("#list-next-year");
    waitUntil(() -> app.inspections().list().size() == 3);
    InspectionSummary plan =
        app.inspections().list().stream()
            .filter(s -> s.status() == InspectionStatus.PLANNED)
            .findFirst()
            .orElseThrow();
    assertThat(plan.title()).isEqualTo("Kiểm tra công tác cải cách hành chính năm 2024");
    assertThat(plan.startedAt().getYear()).isEqualTo(2024);
    assertThat(app.inspections().require(plan.id()).inspection().answers()).isEmpty();
  }
}
