package vn.kiemtra.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Parent;
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
import vn.kiemtra.testsupport.Inspections;
import vn.kiemtra.ui.common.FxUiExecutor;

/**
 * An opened inspection is ready to type into its title even when its state is shown before the
 * window has laid out the editor's tabs, as it is when the editor's classes are already loaded
 * (after the window's warm-up, or for the second inspection opened): the title field is in the
 * scene only once the tabs have their skin.
 */
@ExtendWith(ApplicationExtension.class)
class EditorOpensReadyToTypeTest {
  private AppContext app;
  private UUID id;
  private Stage owner;
  private Stage window;
  private EditorView editor;

  @Start
  void start(Stage stage) throws Exception {
    Path dir = Files.createTempDirectory("kiemtra-ui-editor-focus");
    app = AppContext.open(dir.resolve("db"));
    id =
        Inspections.storedBlank(
                app,
                "Kiểm tra công tác cải cách hành chính năm 2026",
                java.time.LocalDateTime.of(2026, 3, 2, 8, 0))
            .id();
    owner = stage;
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
  }

  @AfterEach
  void close() {
    WaitForAsyncUtils.waitForAsyncFx(
        10_000,
        () -> {
          if (window != null) {
            window.hide();
          }
          if (editor != null) {
            editor.close();
          }
        });
    app.close();
  }

  @Test
  void focusGoesIntoTheTitleWhenTheStateIsShownBeforeTheTabsAreLaidOut(FxRobot robot) {
    robot.interact(
        () -> {
          editor =
              new EditorView(
                  app, new FxUiExecutor(), id, owner, new EditorView.Extensions(), p -> {});
          window = new Stage();
          window.setScene(new Scene((Parent) editor.node(), 1200, 800));
        });
    // The state arrives and is shown while no pulse has laid the editor out: its window is not
    // shown yet, so every event the editor queued on showing it has run before the first layout.
    waitUntil(() -> editor.model().inspection().get() != null);
    WaitForAsyncUtils.waitForFxEvents();

    robot.interact(window::show);

    waitUntil(() -> window.isFocused() && editor.node().lookup("#field-title") != null);
    TextField title = (TextField) editor.node().lookup("#field-title");
    waitUntil(title::isFocused);
    assertThat(window.getScene().getFocusOwner()).isSameAs(title);
  }
}
