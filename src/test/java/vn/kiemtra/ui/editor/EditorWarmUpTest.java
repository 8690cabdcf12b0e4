package vn.kiemtra.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.kiemtra.AppContext;
import vn.kiemtra.ui.common.FxUiExecutor;

/**
 * The editor built ahead off-screen on an empty database: a blank inspection of the newest
 * published checklist that is never stored, whatever is typed into it.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWarmUpTest {
  private AppContext app;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Path dir = Files.createTempDirectory("kiemtra-ui-editor-warmup");
    app = AppContext.open(dir.resolve("db"));
    Scene scene = vn.kiemtra.ui.common.StyledScene.of(new StackPane(), 1200, 760);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void onAnEmptyDatabaseTheWarmEditorShowsABlankInspectionThatIsNeverStored(FxRobot robot)
      throws Exception {
    EditorWarmUp.Sample sample =
        EditorWarmUp.read(app, Optional.empty(), app.starter().offer().chosen()).orElseThrow();
    assertThat(sample.state().template().ref().code()).isEqualTo("CCHC-SO");
    EditorWarmUp warmUp =
        new EditorWarmUp(
            app,
            new FxUiExecutor(),
            stage,
            stage.getScene(),
            stage.getScene().getRoot().getLayoutBounds(),
            sample);
    List<Runnable> steps = warmUp.steps();

    // Every tab built, styled and laid out; then something is typed into the title.
    robot.interact(() -> steps.subList(0, steps.size() - 1).forEach(Runnable::run));
    TextField title = (TextField) warmUp.node().lookup("#field-title");
    assertThat(title.getText()).isEqualTo(sample.state().inspection().title());
    robot.interact(() -> title.setText("Kiểm tra đột xuất"));
    WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);

    assertThat(app.inspections().list()).isEmpty();
    assertThat(app.inspections().find(sample.state().inspection().id())).isEmpty();
    assertThat(app.inspections().sessions().find(sample.state().inspection().id())).isEmpty();
    // Not in the window: nothing of it can be found there.
    assertThat(robot.lookup("#field-title").tryQuery()).isEmpty();

    robot.interact(steps.get(steps.size() - 1));
    assertThat(warmUp.node()).isNull();
  }
}
