package vn.kiemtra.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SplitterMemoryTest {
  private final String key = "test.split." + UUID.randomUUID();
  private Stage window;

  @AfterEach
  void forget(FxRobot robot) {
    SplitterMemory.forget(key);
    if (window != null) {
      robot.interact(() -> window.hide());
    }
  }

  @Test
  void aResizedWindowMovesTheDividerWithoutChangingWhatIsRememberedButTheUsersMoveIs(FxRobot robot)
      throws Exception {
    SplitPane split =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  StackPane list = new StackPane();
                  SplitPane s = new SplitPane(list, new StackPane());
                  // The list keeps its width when the window grows, as on the checklist screen.
                  SplitPane.setResizableWithParent(list, false);
                  SplitterMemory.remember(s, key, 0.3);
                  window = new Stage();
                  window.setScene(new Scene(s, 1000, 600));
                  window.show();
                  return s;
                })
            .get();
    WaitForAsyncUtils.waitForFxEvents();

    robot.interact(() -> window.setWidth(1400));
    WaitForAsyncUtils.waitForFxEvents();
    // The layout moved the divider (the list kept its 300 px), the user did not.
    assertThat(split.getDividerPositions()[0]).isLessThan(0.25);
    assertThat(SplitterMemory.position(key)).hasValue(0.3);

    robot.interact(() -> split.setDividerPositions(0.5));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(SplitterMemory.position(key)).hasValue(0.5);
  }
}
