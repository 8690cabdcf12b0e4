package vn.kiemtra.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.kiemtra.ui.UiTestSupport;

@ExtendWith(ApplicationExtension.class)
class LateSpinnerTest {
  private Stage window;

  @AfterEach
  void close(FxRobot robot) {
    if (window != null) {
      robot.interact(() -> window.hide());
    }
  }

  @Test
  void aShortWaitShowsNoSpinnerAndALongOneDoes(FxRobot robot) throws Exception {
    LateSpinner[] spinners =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  LateSpinner stopped = new LateSpinner(Duration.millis(300));
                  LateSpinner running = new LateSpinner(Duration.millis(300));
                  window = new Stage();
                  window.setScene(new Scene(new VBox(stopped, running), 200, 200));
                  window.show();
                  return new LateSpinner[] {stopped, running};
                })
            .get();
    WaitForAsyncUtils.waitForFxEvents();
    // Nothing to animate yet, but the place is kept so the text beside it does not move.
    assertThat(WaitForAsyncUtils.asyncFx(() -> spinners[1].getChildren().isEmpty()).get()).isTrue();
    assertThat(WaitForAsyncUtils.asyncFx(() -> spinners[1].getHeight()).get()).isEqualTo(48.0);
    robot.interact(() -> spinners[0].stop());

    UiTestSupport.waitUntil(
        () -> spinners[1].getChildren().stream().anyMatch(n -> n instanceof ProgressIndicator));
    // The stopped one was due at the same time: it stays empty.
    assertThat(WaitForAsyncUtils.asyncFx(() -> spinners[0].getChildren().isEmpty()).get()).isTrue();
    robot.interact(() -> spinners[1].stop());
    assertThat(WaitForAsyncUtils.asyncFx(() -> spinners[1].getChildren().isEmpty()).get()).isTrue();
  }
}
