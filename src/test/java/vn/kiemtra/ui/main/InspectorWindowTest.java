package vn.kiemtra.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.inspection.ParticipantRole;
import vn.kiemtra.testsupport.Inspections;
import vn.kiemtra.ui.CutOffLabels;
import vn.kiemtra.ui.common.FxUiExecutor;
import vn.kiemtra.ui.minutes.MinutesView;

/**
 * The inspector's window as a new inspector uses it, on a 1024×700 screen: keyboard-true checklist,
 * focus after every add button, counts typed with their qualifier word, Tab out of a note, the list
 * following the open editor, the minutes following edits and signable only when ready, Vietnamese
 * dialogs with the safe default, and no label cut off.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorWindowTest {
  private AppContext app;
  private MainView main;
  private Stage stage;
  private UUID id;
  private final java.util.concurrent.ExecutorService minutesWorker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "window-test-minutes");
            t.setDaemon(true);
            return t;
          });

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Path dir = Files.createTempDirectory("kiemtra-ui-window");
    app = AppContext.open(dir.resolve("db"));
    Inspection blank =
        Inspections.storedBlank(
            app,
            "Kiểm tra công tác cải cách hành chính năm 2026",
            LocalDateTime.of(2026, 3, 2, 8, 0));
    // CD02 is already assessed: F3 from CD01 must land on CD03, not skip it.
    app.inspections().save(blank.withAnswer(Answer.empty("CD02").withResult(Result.PASS)));
    id = blank.id();
    main = new MainView(stage, new FxUiExecutor(), p -> {});
    main.attach(app);
    main.addEditorTab("Biên bản", i -> new MinutesView(app, i, minutesWorker));
    Scene scene = vn.kiemtra.ui.common.StyledScene.of((Parent) main.node(), 1024, 700);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    WaitForAsyncUtils.waitForAsyncFx(10_000, () -> main.closeEditors());
    minutesWorker.shutdownNow();
    app.close();
  }

  private Inspection stored() {
    return app.inspections().require(id).inspection();
  }

  private void open(FxRobot robot) {
    robot.interact(() -> main.openInspection(id));
    waitUntil(() -> robot.lookup("#field-title").tryQuery().isPresent());
  }

  private void tab(FxRobot robot, String tabId) {
    robot.interact(
        () -> {
          for (Node n : robot.lookup(".tab-pane").queryAll()) {
            TabPane p = (TabPane) n;
            p.getTabs().stream()
                .filter(t -> tabId.equals(t.getId()))
                .findFirst()
                .ifPresent(t -> p.getSelectionModel().select(t));
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String criterionOnScreen(FxRobot robot) {
    return robot.lookup("#criterion-title").queryAs(Label.class).getText();
  }

  private Node focused() {
    return stage.getScene().getFocusOwner();
  }

  @Test
  void f3GoesOnceToTheNextUnassessedCriterionAndKeys1To4ChooseItsResult(FxRobot robot) {
    open(robot);
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> criterionOnScreen(robot).startsWith("CD01"));
    robot.clickOn("#criteria-list");
    robot.interact(
        () -> robot.lookup("#criteria-list").queryListView().getSelectionModel().select(0));

    robot.type(KeyCode.F3);

    waitUntil(() -> criterionOnScreen(robot).startsWith("CD03"));
    assertThat(focused().getId()).startsWith("result-");
    robot.type(KeyCode.DIGIT1);
    waitUntil(() -> stored().answer("CD03").map(Answer::result).orElse(null) == Result.PASS);

    robot.type(KeyCode.F3);
    waitUntil(() -> criterionOnScreen(robot).startsWith("CD04"));
    robot.type(KeyCode.DIGIT3);
    waitUntil(() -> stored().answer("CD04").map(Answer::result).orElse(null) == Result.FAIL);
  }

  @Test
  void theChosenResultIsMarkedAndTheListShowsEachResultDifferently(FxRobot robot) {
    open(robot);
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> robot.lookup("#result-FAIL").tryQuery().isPresent());
    robot.clickOn("#result-FAIL");
    waitUntil(() -> stored().answer("CD01").isPresent());
    javafx.scene.control.ToggleButton fail =
        robot.lookup("#result-FAIL").queryAs(javafx.scene.control.ToggleButton.class);
    assertThat(fail.getText()).startsWith("✓ ");
    assertThat(
            robot.lookup("#result-PASS").queryAs(javafx.scene.control.ToggleButton.class).getText())
        .doesNotContain("✓");
    ListView<Criterion> list = robot.lookup("#criteria-list").queryListView();
    List<String> cells =
        robot
            .lookup("#criteria-list .list-cell")
            .queryAllAs(javafx.scene.control.ListCell.class)
            .stream()
            .map(c -> c.getText() == null ? "" : c.getText())
            .toList();
    assertThat(cells)
        .anyMatch(t -> t.startsWith("✗ CD01"))
        .anyMatch(t -> t.startsWith("✓ CD02"))
        .anyMatch(t -> t.startsWith("○ CD03"));
    assertThat(list.getItems()).isNotEmpty();
  }

  @Test
  void afterEveryAddButtonTypingGoesIntoTheNewRow(FxRobot robot) {
    open(robot);
    // Keyboard first: Space on the add button, then a name with spaces in it (a space used to
    // press the button again and make empty rows).
    pressWithSpace(robot, "#participant-add");
    assertThat(focused().getId()).isEqualTo("participant-name-0");
    robot.write("Lê Văn Nam");
    waitUntil(
        () ->
            stored().unitParticipants().size() == 1
                && "Lê Văn Nam".equals(stored().unitParticipants().get(0).fullName()));
    // The first person of the unit is the one who signs.
    assertThat(stored().unitParticipants().get(0).role()).isEqualTo(ParticipantRole.REPRESENTATIVE);

    pressWithSpace(robot, "#participant-add");
    assertThat(focused().getId()).isEqualTo("participant-name-1");
    robot.write("Trần Thị Hoa");
    // autosave may store the name half typed first; the whole name must follow
    waitUntil(
        () ->
            stored().unitParticipants().size() == 2
                && "Trần Thị Hoa".equals(stored().unitParticipants().get(1).fullName()));
    assertThat(stored().unitParticipants()).hasSize(2);
    assertThat(stored().unitParticipants().get(1).role()).isEqualTo(ParticipantRole.PARTICIPANT);

    pressWithSpace(robot, "#team-add");
    assertThat(focused().getId()).isEqualTo("team-name-0");
    robot.write("Nguyễn Văn An");
    waitUntil(
        () ->
            stored().team().size() == 1
                && "Nguyễn Văn An".equals(stored().team().get(0).fullName()));

    tab(robot, "editor-tab-recommendations");
    pressWithSpace(robot, "#rec-add");
    assertThat(focused().getId()).isEqualTo("rec-text");
    robot.write("Rà soát quy chế");
    waitUntil(
        () ->
            stored().recommendations().size() == 1
                && "Rà soát quy chế".equals(stored().recommendations().get(0).text()));
  }

  private void pressWithSpace(FxRobot robot, String button) {
    Node b = robot.lookup(button).query();
    robot.interact(b::requestFocus);
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theAddActionsHaveKeysShownInTooltipsAndTheMenu(FxRobot robot) {
    open(robot);
    assertThat(robot.lookup("#participant-add").queryButton().getTooltip().getText())
        .contains("Ctrl+Shift+U");
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U)
        .release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil(() -> stored().unitParticipants().size() == 1);
    assertThat(focused().getId()).isEqualTo("participant-name-0");
    javafx.scene.control.MenuBar bar =
        robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
    javafx.scene.control.Menu menu =
        bar.getMenus().stream()
            .filter(m -> "menu-inspection".equals(m.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(menu.getItems())
        .filteredOn(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem))
        .allMatch(i -> i.getAccelerator() != null);
  }

  @Test
  void aCountTypedWithItsWordSetsQualifierAndNumber(FxRobot robot) {
    open(robot);
    Criterion counted =
        app.inspections()
            .templateOf(stored())
            .allCriteria()
            .filter(c -> c.records(AnswerType.SO) && c.subCriteria().isEmpty())
            .findFirst()
            .orElseThrow();
    tab(robot, "editor-tab-checklist");
    robot.interact(
        () -> robot.lookup("#criteria-list").queryListView().getSelectionModel().select(counted));
    waitUntil(() -> robot.lookup("#answer-count").tryQuery().isPresent());
    robot.clickOn("#answer-count").write("hơn 11.300");
    waitUntil(
        () ->
            stored()
                .answer(counted.code())
                .filter(
                    a ->
                        a.count() != null
                            && a.count() == 11300L
                            && a.qualifier() == Qualifier.MORE_THAN)
                .isPresent());
    ComboBox<?> qualifier = robot.lookup("#answer-qualifier").queryComboBox();
    assertThat(qualifier.getValue()).isEqualTo(Qualifier.MORE_THAN);

    TextField count = robot.lookup("#answer-count").queryAs(TextField.class);
    robot.interact(() -> count.setText("khoảng 200"));
    waitUntil(
        () ->
            stored().answer(counted.code()).map(Answer::qualifier).orElse(null) == Qualifier.ABOUT);
    assertThat(stored().answer(counted.code()).orElseThrow().count()).isEqualTo(200L);

    robot.interact(() -> count.setText("nhiều lắm"));
    Label error = robot.lookup("#answer-count-error").queryAs(Label.class);
    assertThat(error.getText()).contains("\"nhiều lắm\"").contains("hơn 11.300");
    assertThat(error.isWrapText()).isTrue();
    assertThat(stored().answer(counted.code()).orElseThrow().count()).isEqualTo(200L);
  }

  @Test
  void tabInANoteMovesToTheNextField(FxRobot robot) {
    open(robot);
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> robot.lookup("#answer-note").tryQuery().isPresent());
    robot.clickOn("#answer-note").write("Có kế hoạch");
    robot.type(KeyCode.TAB);
    TextArea note = robot.lookup("#answer-note").queryAs(TextArea.class);
    assertThat(note.getText()).isEqualTo("Có kế hoạch");
    assertThat(focused()).isNotSameAs(note);
  }

  @Test
  void summariesNameTheAreasAndTheMissingCriteria(FxRobot robot) {
    open(robot);
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> robot.lookup("#progress-CD").tryQuery().isPresent());
    assertThat(robot.lookup("#progress-CD").queryAs(Label.class).getText())
        .startsWith("Công tác chỉ đạo, điều hành cải cách hành chính: 1/12 tiêu chí");
    tab(robot, "editor-tab-readiness");
    ListView<?> gaps = robot.lookup("#readiness-list").queryListView();
    List<String> texts =
        robot
            .lookup("#readiness-list .list-cell")
            .queryAllAs(javafx.scene.control.ListCell.class)
            .stream()
            .map(c -> c.getText() == null ? "" : c.getText())
            .toList();
    assertThat(gaps.getItems()).isNotEmpty();
    assertThat(texts)
        .anyMatch(
            t -> t.startsWith("Tiêu chí CD01 — Ban hành Kế hoạch") && t.endsWith("chưa đánh giá"));
  }

  @Test
  void theListFollowsTheOpenEditorsTitleAndScore(FxRobot robot) {
    open(robot);
    TextField title = robot.lookup("#field-title").queryAs(TextField.class);
    robot.interact(() -> title.setText("Kiểm tra đột xuất tại Sở Y tế"));
    TableView<InspectionSummary> table = robot.lookup("#list-table").queryTableView();
    waitUntil(
        () ->
            table.getItems().stream()
                .anyMatch(s -> s.title().equals("Kiểm tra đột xuất tại Sở Y tế")));
    // The score follows too: CD02 (0,5 point) was assessed; CD01 (1,5 points) is assessed now.
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> robot.lookup("#result-PASS").tryQuery().isPresent());
    robot.clickOn("#result-PASS");
    robot.interact(
        () -> {
          TabPane mainTabs = (TabPane) stage.getScene().lookup(".tab-pane");
          mainTabs.getSelectionModel().select(0);
        });
    waitUntil(() -> scoreCells(robot).contains("2/100"));
  }

  private List<String> scoreCells(FxRobot robot) {
    return robot
        .lookup("#list-table .table-cell")
        .queryAllAs(javafx.scene.control.TableCell.class)
        .stream()
        .filter(
            c -> c.getTableColumn() != null && "list-col-score".equals(c.getTableColumn().getId()))
        .map(c -> String.valueOf(c.getText()))
        .toList();
  }

  @Test
  void theMinutesShowTheEditorsStateAndSignOnlyWhenReady(FxRobot robot) {
    open(robot);
    tab(robot, "editor-tab-general");
    TextField title = robot.lookup("#field-title").queryAs(TextField.class);
    robot.interact(() -> title.setText("Kiểm tra đột xuất năm 2026"));
    selectMinutes(robot);
    MinutesView minutes = robot.lookup(".minutes-view").queryAs(MinutesView.class);
    waitUntil(() -> "Kiểm tra đột xuất năm 2026".equals(minutes.model().titleProperty().get()));
    waitUntil(() -> !minutes.model().busyProperty().get());
    assertThat(robot.lookup("#minutesSign").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup("#minutesSignBlocked").queryAs(Label.class).getText())
        .startsWith("Chưa ký được: còn");

    tab(robot, "editor-tab-general");
    robot.interact(() -> title.setText("Kiểm tra lần hai năm 2026"));
    selectMinutes(robot);
    waitUntil(() -> "Kiểm tra lần hai năm 2026".equals(minutes.model().titleProperty().get()));
  }

  private void selectMinutes(FxRobot robot) {
    robot.interact(
        () -> {
          for (Node n : robot.lookup(".tab-pane").queryAll()) {
            TabPane p = (TabPane) n;
            p.getTabs().stream()
                .filter(t -> "Biên bản".equals(t.getText()))
                .findFirst()
                .ifPresent(t -> p.getSelectionModel().select(t));
          }
        });
  }

  @Test
  void replacingTheFindingsAsksInVietnameseAndEnterKeepsThem(FxRobot robot) {
    open(robot);
    tab(robot, "editor-tab-findings");
    TextArea overall = robot.lookup("#overall-assessment").queryAs(TextArea.class);
    robot.interact(() -> overall.setText("Nhận xét của Trưởng đoàn."));
    robot.clickOn("#findings-draft");
    waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
    DialogPane pane = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
    Stage dialog = (Stage) pane.getScene().getWindow();
    assertThat(dialog.getTitle()).isEqualTo("Thay nhận xét bằng bản nháp?");
    assertThat(pane.getButtonTypes())
        .extracting(ButtonType::getText)
        .containsExactlyInAnyOrder("Thay bằng bản nháp", "Giữ nội dung đang có");
    Button keep = (Button) pane.lookup("#confirm-keep");
    Button act = (Button) pane.lookup("#confirm-act");
    assertThat(keep.isDefaultButton()).isTrue();
    assertThat(act.isDefaultButton()).isFalse();
    robot.type(KeyCode.ENTER);
    waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isEmpty());
    assertThat(overall.getText()).isEqualTo("Nhận xét của Trưởng đoàn.");
  }

  @Test
  void aClosedWindowsListNoLongerFollowsChanges(FxRobot robot) {
    waitUntil(() -> robot.lookup("#list-table").queryTableView().getItems().size() == 1);
    TableView<InspectionSummary> table = robot.lookup("#list-table").queryTableView();
    Inspections.storedBlank(app, "Kiểm tra đột xuất", LocalDateTime.of(2026, 4, 1, 8, 0));
    waitUntil(() -> table.getItems().size() == 2);

    robot.interact(() -> main.close());
    Inspections.storedBlank(app, "Kiểm tra lần hai", LocalDateTime.of(2026, 5, 1, 8, 0));
    WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(table.getItems()).hasSize(2);
  }

  @Test
  void nothingIsCutOffAt1024x700(FxRobot robot) {
    waitUntil(() -> robot.lookup("#list-table").tryQuery().isPresent());
    assertThat(CutOffLabels.in(stage.getScene().getRoot())).as("list").isEmpty();
    open(robot);
    for (String t :
        List.of(
            "editor-tab-general",
            "editor-tab-checklist",
            "editor-tab-findings",
            "editor-tab-recommendations",
            "editor-tab-readiness")) {
      tab(robot, t);
      robot.interact(() -> stage.getScene().getRoot().layout());
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(CutOffLabels.in(stage.getScene().getRoot())).as(t).isEmpty();
    }
    selectMinutes(robot);
    MinutesView minutes = robot.lookup(".minutes-view").queryAs(MinutesView.class);
    waitUntil(
        () ->
            minutes.model().pageCountProperty().get() > 0 && !minutes.model().busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(CutOffLabels.in(stage.getScene().getRoot())).as("minutes").isEmpty();
  }
}
