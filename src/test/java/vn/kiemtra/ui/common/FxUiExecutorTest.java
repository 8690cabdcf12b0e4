package vn.kiemtra.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
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
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.shared.DataClosedException;

/**
 * The window's background work hands its result or its error back on the FX thread, except a read
 * that found the data closed under it (the window is closing): nobody is told, nothing is shown.
 */
@ExtendWith(ApplicationExtension.class)
class FxUiExecutorTest {
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final List<Object> done = new CopyOnWriteArrayList<>();
  private final List<Throwable> errors = new CopyOnWriteArrayList<>();
  private AppContext app;
  private boolean closed;

  @Start
  void start(Stage stage) throws Exception {
    app = AppContext.open(Files.createTempDirectory("kiemtra-ui-executor").resolve("db"));
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
  }

  @AfterEach
  void close() {
    background.shutdownNow();
    if (!closed) {
      app.close();
    }
  }

  private Task<List<InspectionSummary>> listInBackground(FxRobot robot) {
    @SuppressWarnings("unchecked")
    Task<List<InspectionSummary>>[] task = new Task[1];
    robot.interact(
        () ->
            task[0] =
                FxUiExecutor.submit(
                    background, () -> app.inspections().list(), done::add, errors::add));
    // The task's state changes, and its handlers run, on the FX thread.
    waitUntil(() -> task[0].isDone());
    WaitForAsyncUtils.waitForFxEvents();
    return task[0];
  }

  @Test
  void aReadOnTheOpenDataHandsBackItsResult(FxRobot robot) {
    listInBackground(robot);
    assertThat(done).containsExactly(List.of());
    assertThat(errors).isEmpty();
  }

  @Test
  void aFailedReadHandsBackItsError(FxRobot robot) {
    Task<?>[] task = new Task<?>[1];
    robot.interact(
        () ->
            task[0] =
                FxUiExecutor.submit(
                    background,
                    () -> app.inspections().require(UUID.randomUUID()),
                    done::add,
                    errors::add));
    waitUntil(() -> task[0].isDone());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(done).isEmpty();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).isNotInstanceOf(DataClosedException.class);
  }

  @Test
  void aReadThatFindsTheDataClosedTellsNobody(FxRobot robot) {
    app.close();
    closed = true;

    Task<?> task = listInBackground(robot);

    Object[] ended = new Object[2];
    robot.interact(
        () -> {
          ended[0] = task.getState();
          ended[1] = task.getException();
        });
    assertThat(ended[0]).isEqualTo(Worker.State.FAILED);
    assertThat(ended[1]).isInstanceOf(DataClosedException.class);
    assertThat(done).isEmpty();
    assertThat(errors).isEmpty();
  }
}
