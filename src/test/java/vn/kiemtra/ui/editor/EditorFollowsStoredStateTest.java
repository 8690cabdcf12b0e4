package vn.kiemtra.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.MinutesTestData;
import vn.kiemtra.core.minutes.SignedMinutes;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.ui.common.FxUiExecutor;
import vn.kiemtra.ui.minutes.MinutesView;

/**
 * The editor holds the one stored state of its inspection: a sync import made while it is open is
 * kept when the inspector types on, signing stores the pending edit first and locks the editor, and
 * the minutes preview shows the latest edit.
 */
@ExtendWith(ApplicationExtension.class)
class EditorFollowsStoredStateTest {
  private static final UUID ID = MinutesTestData.SEED_ID;

  @TempDir static Path dir;

  private AppContext laptop;
  private EditorView editor;
  private MinutesView minutes;
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  private Stage stage;

  @Start
  void start(Stage stage) {
    // The window only; the database is opened by each test, outside TestFX's set-up time limit.
    this.stage = stage;
    stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1200, 800));
    stage.show();
  }

  private void open(FxRobot robot) {
    Path root = dir.resolve(UUID.randomUUID().toString());
    laptop = AppContext.open(root.resolve("laptop").resolve("kiemtra"));
    laptop.sync().renameDevice("Máy kiểm tra Đoàn 1");
    MinutesTestData.importSeed(laptop);
    EditorView.Extensions extensions = new EditorView.Extensions();
    extensions.add(
        "Biên bản",
        id -> {
          minutes = new MinutesView(laptop, id, worker);
          minutes.setConfirmer((header, text) -> true);
          return minutes;
        });
    robot.interact(
        () -> {
          editor = new EditorView(laptop, new FxUiExecutor(), ID, stage, extensions, p -> {});
          stage.getScene().setRoot((javafx.scene.Parent) editor.node());
        });
    waitUntil(() -> robot.lookup("#field-title").tryQuery().isPresent());
  }

  @AfterEach
  void close() throws Exception {
    if (editor != null) {
      editor.model().closeAndWait();
    }
    worker.shutdownNow();
    if (laptop != null) {
      laptop.close();
    }
  }

  private Inspection stored() {
    return laptop.inspections().require(ID).inspection();
  }

  /** The text of a field, or null while the editor is being rebuilt (the test thread may look). */
  private static String textOf(FxRobot robot, String id) {
    return robot.lookup(id).tryQuery().map(n -> ((TextField) n).getText()).orElse(null);
  }

  /**
   * The minutes are laid out when their tab is first shown (opening an inspection does not wait for
   * them): shows the tab until the preview has its pages, then goes back to the general tab.
   */
  private void showMinutesOnce(FxRobot robot) {
    TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().selectLast());
    waitUntil(() -> minutes != null && minutes.model().pageCountProperty().get() > 0);
    waitUntil(() -> !minutes.model().busyProperty().get());
    robot.interact(() -> tabs.getSelectionModel().selectFirst());
  }

  private TextField field(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  /** The office's package for the laptop: the office has changed the place of the inspection. */
  private Path officePackageChangingThePlace(String place) {
    Path root = dir.resolve(UUID.randomUUID().toString());
    try (AppContext office = AppContext.open(root.resolve("office").resolve("kiemtra"))) {
      office.sync().renameDevice("Văn phòng Sở Nội vụ");
      office.sync().enrol(laptop.sync().thisDevice());
      laptop.sync().enrol(office.sync().thisDevice());
      Path up = root.resolve("len.kiemtra");
      laptop.sync().export(up, false, null, Progress.NONE);
      office.sync().importPackage(up, Progress.NONE);
      Inspection there = office.inspections().require(ID).inspection();
      office.inspections().save(there.toBuilder().place(place).build());
      Path down = root.resolve("xuong.kiemtra");
      office.sync().export(down, false, laptop.deviceId(), Progress.NONE);
      return down;
    }
  }

  @Test
  void aSyncImportWhileTypingIsKeptAndTheTypingIsNotLost(FxRobot robot) throws Exception {
    open(robot);
    Path fromOffice = officePackageChangingThePlace("Hội trường Sở Nội vụ, tầng 3");
    String before = stored().title();
    TextField title = field(robot, "#field-title");
    robot.clickOn(title);
    robot.interact(() -> title.positionCaret(title.getLength()));
    robot.write(" (đợt 1");

    // The import runs as the window's Đồng bộ menu runs it: in the background, on the same data.
    Future<?> imported =
        worker.submit(() -> laptop.sync().importPackage(fromOffice, Progress.NONE));
    imported.get(30, TimeUnit.SECONDS);
    waitUntil(() -> "Hội trường Sở Nội vụ, tầng 3".equals(textOf(robot, "#field-place")));
    assertThat(field(robot, "#field-title").getText()).isEqualTo(before + " (đợt 1");
    assertThat(field(robot, "#field-title").isFocused()).isTrue();

    robot.write(")");

    waitUntil(() -> stored().title().equals(before + " (đợt 1)"));
    waitUntil(
        () -> robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("Đã lưu"));
    assertThat(stored().place()).isEqualTo("Hội trường Sở Nội vụ, tầng 3");
  }

  @Test
  void signingWithAnEditPendingSignsTheEditAndLocksTheEditor(FxRobot robot) {
    open(robot);
    showMinutesOnce(robot);
    TextField place = field(robot, "#field-place");
    // The edit and the signing in one go: the autosave (400 ms) has not run when signing starts.
    robot.interact(
        () -> {
          place.setText("Phòng họp số 2, Sở Nội vụ");
          minutes.model().sign();
        });

    // Signing stores the minutes, then locks the inspection: wait for the second step, not the
    // first.
    waitUntil(() -> stored().status() == InspectionStatus.SIGNED);
    SignedMinutes signed = laptop.minutes().signed(ID).orElseThrow();
    assertThat(stored().place()).isEqualTo("Phòng họp số 2, Sở Nội vụ");
    // The signed PDF was made from the state holding the edit.
    assertThat(laptop.minutes().content(ID, new MinutesOptions(signed.withAnnex())).contentHash())
        .isEqualTo(signed.contentHash());
    waitUntil(
        () ->
            robot
                .lookup("#field-place")
                .tryQuery()
                .map(n -> !((TextField) n).isEditable())
                .orElse(false));
    assertThat(editor.model().readOnly().get()).isTrue();
    assertThat(robot.lookup("#save-status").queryAs(Label.class).getText())
        .isEqualTo("Biên bản đã ký: chỉ xem, không sửa được.");
  }

  @Test
  void thePreviewShowsTheEditJustMade(FxRobot robot) {
    open(robot);
    showMinutesOnce(robot);
    String code = minutes.model().verificationCodeProperty().get();
    TextField title = field(robot, "#field-title");
    robot.interact(() -> title.setText("Kiểm tra đột xuất công tác cải cách hành chính"));
    TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().selectLast());

    waitUntil(
        () ->
            minutes
                .model()
                .titleProperty()
                .get()
                .equals("Kiểm tra đột xuất công tác cải cách hành chính"));
    waitUntil(() -> !minutes.model().busyProperty().get());
    assertThat(minutes.model().verificationCodeProperty().get()).isNotEqualTo(code);
    assertThat(minutes.model().verificationCodeProperty().get())
        .isEqualTo(laptop.minutes().content(ID, new MinutesOptions(false)).verificationCode());
  }
}
