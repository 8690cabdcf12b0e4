package vn.kiemtra.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
import vn.kiemtra.AppContext;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.testsupport.Inspections;
import vn.kiemtra.ui.common.FxUiExecutor;

@ExtendWith(ApplicationExtension.class)
class EditorViewTest {
  private AppContext app;
  private EditorView editor;
  private UUID id;

  @Start
  void start(Stage stage) throws Exception {
    Path dir = Files.createTempDirectory("kiemtra-ui-editor");
    app = AppContext.open(dir.resolve("db"));
    Inspection blank =
        Inspections.storedBlank(
            app,
            "Kiểm tra công tác cải cách hành chính năm 2026",
            java.time.LocalDateTime.of(2026, 3, 2, 8, 0));
    id = blank.id();
    editor =
        new EditorView(app, new FxUiExecutor(), id, stage, new EditorView.Extensions(), p -> {});
    stage.setScene(new Scene((javafx.scene.Parent) editor.node(), 1200, 800));
    stage.show();
  }

  @AfterEach
  void close() {
    editor.close();
    app.close();
  }

  private Inspection stored() {
    return app.inspections().require(id).inspection();
  }

  private void ready(FxRobot robot) {
    waitUntil(() -> robot.lookup("#field-title").tryQuery().isPresent());
  }

  private void tab(FxRobot robot, String tabId) {
    TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
    robot.interact(
        () ->
            tabs.getSelectionModel()
                .select(
                    tabs.getTabs().stream()
                        .filter(t -> tabId.equals(t.getId()))
                        .findFirst()
                        .orElseThrow()));
  }

  @Test
  void typedTitleIsSavedWithoutASaveButton(FxRobot robot) {
    // The one-second budget is the autosaver's schedule (400 ms quiet, 900 ms at most); its speed
    // is
    // measured in docs/benchmarks.md, not asserted here.
    ready(robot);
    TextField title = robot.lookup("#field-title").queryAs(TextField.class);
    robot.interact(title::clear);
    robot.clickOn(title).write("Kiểm tra đột xuất");
    waitUntil(() -> stored().title().equals("Kiểm tra đột xuất"));
    waitUntil(
        () -> robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("Đã lưu"));
  }

  @Test
  void decomposedInputIsStoredComposed(FxRobot robot) {
    ready(robot);
    String nfd = Normalizer.normalize("Ủy ban nhân dân xã Đồng Hỷ", Normalizer.Form.NFD);
    TextField place = robot.lookup("#field-place").queryAs(TextField.class);
    robot.interact(() -> place.setText(nfd));
    assertThat(Normalizer.isNormalized(place.getText(), Normalizer.Form.NFC)).isTrue();
    waitUntil(() -> "Ủy ban nhân dân xã Đồng Hỷ".equals(stored().place()));
  }

  @Test
  void resultShortcutKeysRecordTheResult(FxRobot robot) {
    ready(robot);
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> robot.lookup("#result-PASS").tryQuery().isPresent());
    robot.clickOn("#result-PASS");
    waitUntil(() -> stored().answer("CD01").map(Answer::result).orElse(null) == Result.PASS);
    robot.type(KeyCode.DIGIT3);
    waitUntil(() -> stored().answer("CD01").map(Answer::result).orElse(null) == Result.FAIL);
  }

  @Test
  void resultKeysAnswerFromTheCriteriaListWhileGoingDownIt(FxRobot robot) {
    ready(robot);
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> robot.lookup("#result-PASS").tryQuery().isPresent());
    robot.clickOn("#criteria-list .list-cell");
    robot.type(KeyCode.DIGIT1);
    waitUntil(() -> stored().answer("CD01").map(Answer::result).orElse(null) == Result.PASS);
    robot.type(KeyCode.DOWN);
    waitUntil(
        () -> robot.lookup("#criterion-title").queryAs(Label.class).getText().startsWith("CD02"));
    robot.type(KeyCode.K);
    waitUntil(() -> stored().answer("CD02").map(Answer::result).orElse(null) == Result.FAIL);
    // CD02 may not be marked Không áp dụng: 4 leaves its result as it is.
    robot.type(KeyCode.DIGIT4);
    robot.type(KeyCode.DOWN);
    waitUntil(
        () -> robot.lookup("#criterion-title").queryAs(Label.class).getText().startsWith("CD03"));
    assertThat(stored().answer("CD02").map(Answer::result).orElse(null)).isEqualTo(Result.FAIL);
    assertThat(robot.lookup("#criteria-list").queryAs(javafx.scene.Node.class).isFocused())
        .isTrue();
  }

  @Test
  void countsAreReadTheVietnameseWay(FxRobot robot) {
    ready(robot);
    tab(robot, "editor-tab-checklist");
    robot.interact(() -> editor.checklist().select("CS03"));
    waitUntil(
        () -> robot.lookup("#criterion-title").queryAs(Label.class).getText().startsWith("CS03"));
    robot.interact(
        () ->
            robot
                .lookup("#answer-qualifier")
                .<Qualifier>queryComboBox()
                .setValue(Qualifier.MORE_THAN));
    robot.clickOn("#answer-count").write("11.300");
    waitUntil(
        () -> Long.valueOf(11300).equals(stored().answer("CS03").map(Answer::count).orElse(null)));
    assertThat(stored().answer("CS03").orElseThrow().qualifier()).isEqualTo(Qualifier.MORE_THAN);
  }

  @Test
  void ratioShowsItsPercentage(FxRobot robot) {
    ready(robot);
    tab(robot, "editor-tab-checklist");
    robot.interact(() -> editor.checklist().select("TT08"));
    waitUntil(
        () -> robot.lookup("#criterion-title").queryAs(Label.class).getText().startsWith("TT08"));
    robot.clickOn("#answer-numerator").write("9.631");
    robot.clickOn("#answer-denominator").write("10.000");
    waitUntil(
        () -> "96,31%".equals(robot.lookup("#answer-percent").queryAs(Label.class).getText()));
    waitUntil(
        () ->
            Long.valueOf(10000)
                .equals(stored().answer("TT08").map(Answer::denominator).orElse(null)));
  }

  @Test
  void liveScoreAndProgressFollowTheAnswers(FxRobot robot) {
    ready(robot);
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> robot.lookup("#result-PASS").tryQuery().isPresent());
    robot.clickOn("#result-PASS");
    waitUntil(() -> robot.lookup("#live-score").queryAs(Label.class).getText().contains("1,5/100"));
    assertThat(robot.lookup("#progress-CD").queryAs(Label.class).getText())
        .startsWith("Công tác chỉ đạo, điều hành cải cách hành chính: 1/12");
  }

  @Test
  void nextUnansweredSkipsAssessedCriteria(FxRobot robot) {
    ready(robot);
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> robot.lookup("#result-PASS").tryQuery().isPresent());
    robot.clickOn("#result-PASS");
    waitUntil(() -> stored().answer("CD01").isPresent());
    robot.interact(() -> editor.checklist().select("CD01"));
    robot.clickOn("#next-unanswered");
    assertThat(robot.lookup("#criterion-title").queryAs(Label.class).getText()).startsWith("CD02");
  }

  @Test
  void evidenceIsStoredWithItsHash(FxRobot robot) throws Exception {
    ready(robot);
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> robot.lookup("#result-PASS").tryQuery().isPresent());
    Path photo = Files.createTempFile("bien-ban-", ".png");
    javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(40, 30);
    byte[] png = pngBytes();
    Files.write(photo, png);
    robot.interact(() -> editor.checklist().attachFiles(List.of(photo)));
    waitUntil(() -> app.evidence().list(id).size() == 1);
    var e = app.evidence().list(id).get(0);
    assertThat(e.criterionCode()).isEqualTo("CD01");
    assertThat(e.sha256())
        .isEqualTo(
            java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png)));
    assertThat(e.mediaType()).isEqualTo("image/png");
    assertThat(app.evidence().content(e.id()).orElseThrow()).isEqualTo(png);
    waitUntil(
        () ->
            !robot
                .lookup("#evidence-thumbnails")
                .queryAs(javafx.scene.layout.FlowPane.class)
                .getChildren()
                .isEmpty());
    assertThat(img).isNotNull();
  }

  private static byte[] pngBytes() throws Exception {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void readinessListsWhatIsMissingAndJumpsToIt(FxRobot robot) {
    ready(robot);
    tab(robot, "editor-tab-readiness");
    ListView<?> gaps = robot.lookup("#readiness-list").queryListView();
    waitUntil(() -> !gaps.getItems().isEmpty());
    assertThat(gaps.getItems().toString()).contains("NO_LEADER", "REPRESENTATIVE", "UNIT");
    assertThat(robot.lookup("#readiness-ready").queryButton().isDisabled()).isTrue();
    robot.interact(() -> gaps.getSelectionModel().select(0));
    robot.doubleClickOn(
        robot.lookup("#readiness-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
    TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
    assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("editor-tab-general");
  }

  @Test
  void findingsDraftIsWrittenFromTheAnswers(FxRobot robot) {
    ready(robot);
    tab(robot, "editor-tab-checklist");
    waitUntil(() -> robot.lookup("#result-PASS").tryQuery().isPresent());
    robot.clickOn("#result-PASS");
    robot.interact(
        () ->
            robot
                .lookup("#answer-note")
                .queryAs(TextArea.class)
                .setText("Ban hành kế hoạch đúng hạn."));
    tab(robot, "editor-tab-findings");
    robot.clickOn("#findings-draft");
    waitUntil(
        () ->
            robot
                .lookup("#strengths-CD")
                .queryAs(TextArea.class)
                .getText()
                .contains("Ban hành kế hoạch đúng hạn."));
    waitUntil(() -> stored().finding("CD").map(f -> f.strengths()).orElse("").contains("đúng hạn"));
    assertThat(stored().overallAssessment()).isNotBlank();
  }

  @Test
  void recommendationsAreAddedWithTheirDetails(FxRobot robot) {
    ready(robot);
    tab(robot, "editor-tab-recommendations");
    robot.clickOn("#rec-add");
    robot.clickOn("#rec-text").write("Rà soát văn bản hết hiệu lực.");
    robot.clickOn("#rec-addressee").write("Văn phòng Sở");
    robot.clickOn("#rec-related").write("TC03, TC04");
    waitUntil(
        () ->
            stored().recommendations().size() == 1
                && stored()
                    .recommendations()
                    .get(0)
                    .relatedItems()
                    .equals(List.of("TC03", "TC04")));
    assertThat(stored().recommendations().get(0).text()).isEqualTo("Rà soát văn bản hết hiệu lực.");
    assertThat(stored().recommendations().get(0).addressee()).isEqualTo("Văn phòng Sở");
  }

  @Test
  void teamMembersAndRolesAreStored(FxRobot robot) {
    ready(robot);
    robot.clickOn("#team-add");
    robot.clickOn("#team-name-0").write("Hoàng Thị Hằng");
    robot.interact(
        () ->
            robot
                .lookup("#team-role-0")
                .<vn.kiemtra.core.inspection.TeamRole>queryComboBox()
                .setValue(vn.kiemtra.core.inspection.TeamRole.LEADER));
    waitUntil(() -> stored().leader().map(m -> m.fullName()).orElse("").equals("Hoàng Thị Hằng"));
  }
}
