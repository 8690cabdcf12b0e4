package vn.kiemtra.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.ui.UiTestSupport.waitForNewInspectionChoice;
import static vn.kiemtra.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.ui.UiTestSupport;
import vn.kiemtra.ui.common.FxUiExecutor;
import vn.kiemtra.ui.common.UiExecutor;
import vn.kiemtra.ui.main.WindowWarmUp.State;

/**
 * The window's warm-up (an editor and the new-inspection choice built off-screen while the window
 * is idle) changes nothing the user does: Ctrl+N then typing lands in the new inspection's title,
 * an opened inspection shows its own data, and a warm-up stopped by the user leaves no tab, no
 * stored row and no open editing session.
 */
@ExtendWith(ApplicationExtension.class)
class WindowWarmUpTest {
  private AppContext app;
  private MainView main;
  private Inspection seed;
  private Inspection full;

  /**
   * While set, the warm-up's background read waits on it, so the warm-up stays in BUILDING until
   * the test has acted (on a fast machine it could otherwise be done before the robot's key).
   */
  private volatile CountDownLatch held;

  @Start
  void start(Stage stage) throws Exception {
    Path dir = Files.createTempDirectory("kiemtra-ui-warmup");
    app = AppContext.open(dir.resolve("db"));
    seed = UiTestSupport.fixture(app, "seed-inspection.json");
    full = UiTestSupport.fixture(app, "full-inspection.json");
    app.inspections().save(seed);
    app.inspections().save(full);
    FxUiExecutor executor = new FxUiExecutor();
    UiExecutor holdingTheWarmUp =
        new UiExecutor() {
          @Override
          public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            // Called on the FX thread: the warm-up reads right after it sets BUILDING.
            CountDownLatch gate = held != null && state() == State.BUILDING ? held : null;
            executor.run(
                () -> {
                  if (gate != null) {
                    gate.await();
                  }
                  return work.call();
                },
                onDone,
                onError);
          }

          @Override
          public Executor background() {
            return executor.background();
          }
        };
    main = new MainView(stage, holdingTheWarmUp, p -> {});
    main.attach(app);
    Scene scene = vn.kiemtra.ui.common.StyledScene.of((Parent) main.node(), 1200, 760);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    release();
    WaitForAsyncUtils.waitForAsyncFx(10_000, () -> main.closeEditors());
    app.close();
  }

  private void hold() {
    held = new CountDownLatch(1);
  }

  private void release() {
    CountDownLatch gate = held;
    held = null;
    if (gate != null) {
      gate.countDown();
    }
  }

  private State state() {
    return main.warmUp().state().get();
  }

  private int windowTabCount(FxRobot robot) {
    return robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().size();
  }

  private Map<UUID, Long> storedVersions() {
    return app.inspections().list().stream()
        .map(s -> app.inspections().require(s.id()))
        .collect(Collectors.toMap(s -> s.inspection().id(), StoredInspection::version));
  }

  private Map<UUID, Inspection> stored() {
    return app.inspections().list().stream()
        .map(InspectionSummary::id)
        .collect(
            Collectors.toMap(Function.identity(), i -> app.inspections().require(i).inspection()));
  }

  private void listShown(FxRobot robot) {
    waitUntil(() -> robot.lookup("#list-table").queryTableView().getItems().size() == 2);
  }

  @Test
  void theWarmUpRunsOnceTheListIsShownAndStoresNothing(FxRobot robot) {
    listShown(robot);
    Map<UUID, Long> before = storedVersions();
    waitUntil(() -> state() == State.DONE);

    assertThat(storedVersions()).isEqualTo(before);
    assertThat(windowTabCount(robot)).isEqualTo(1);
    // The sample was shown without an editing session: none is left open.
    assertThat(app.inspections().sessions().find(seed.id())).isEmpty();
    assertThat(app.inspections().sessions().find(full.id())).isEmpty();
  }

  @Test
  void afterTheWarmUpCtrlNThenTypingLandsInTheNewInspectionsTitle(FxRobot robot) {
    listShown(robot);
    waitUntil(() -> state() == State.DONE);
    Map<UUID, Inspection> before = stored();

    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    waitForNewInspectionChoice(robot);
    robot.type(KeyCode.ENTER);
    waitUntil(() -> app.inspections().list().size() == 3);
    waitUntil(
        () ->
            robot.lookup("#field-title").tryQuery().map(n -> n.isFocused()).orElse(false)
                && windowTabCount(robot) == 2);
    robot.write("Kiểm tra đột xuất");

    UUID created =
        app.inspections().list().stream()
            .map(InspectionSummary::id)
            .filter(i -> !before.containsKey(i))
            .findFirst()
            .orElseThrow();
    waitUntil(
        () ->
            app.inspections().require(created).inspection().title().endsWith("Kiểm tra đột xuất"));
    assertThat(robot.lookup("#field-title").queryAs(TextField.class).getText())
        .endsWith("Kiểm tra đột xuất");
    // The inspections the warm-up showed are untouched.
    assertThat(app.inspections().require(seed.id()).inspection()).isEqualTo(before.get(seed.id()));
    assertThat(app.inspections().require(full.id()).inspection()).isEqualTo(before.get(full.id()));
  }

  @Test
  void anInspectionOpenedAfterTheWarmUpShowsItsOwnData(FxRobot robot) {
    listShown(robot);
    waitUntil(() -> state() == State.DONE);
    TableView<InspectionSummary> table = robot.lookup("#list-table").queryTableView();

    for (Inspection expected : new Inspection[] {full, seed}) {
      robot.interact(
          () ->
              table.getItems().stream()
                  .filter(s -> s.id().equals(expected.id()))
                  .findFirst()
                  .ifPresent(s -> table.getSelectionModel().select(s)));
      robot.interact(table::requestFocus);
      robot.type(KeyCode.ENTER);
      waitUntil(
          () ->
              robot.lookup("#field-title").tryQuery().isPresent()
                  && main.selectedInspection().filter(expected.id()::equals).isPresent());
      assertThat(robot.lookup("#field-title").queryAs(TextField.class).getText())
          .isEqualTo(expected.title());
      assertThat(robot.lookup("#field-place").queryAs(TextField.class).getText())
          .isEqualTo(expected.place() == null ? "" : expected.place());
      assertThat(main.selectedEditor().orElseThrow().model().inspection().get().id())
          .isEqualTo(expected.id());
      robot.interact(() -> main.closeSelectedTab());
      waitUntil(() -> windowTabCount(robot) == 1);
    }
  }

  @Test
  void aWarmUpStoppedByTheUserLeavesNoTabNoRowAndNoSession(FxRobot robot) {
    listShown(robot);
    Map<UUID, Long> before = storedVersions();
    hold();
    waitUntil(() -> state() == State.BUILDING);

    // Any key stops it at once; what it built is thrown away.
    robot.press(KeyCode.SHIFT).release(KeyCode.SHIFT);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(state()).isEqualTo(State.WAITING);
    release(); // what it was reading arrives after the stop, for nothing
    assertThat(windowTabCount(robot)).isEqualTo(1);
    assertThat(storedVersions()).isEqualTo(before);

    // Ctrl+N while it runs again: the choice opens, the warm-up waits while it is open, and
    // cancelling stores nothing.
    hold();
    waitUntil(() -> state() == State.BUILDING);
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#newInspection-cancel").tryQuery().isPresent());
    assertThat(state()).isEqualTo(State.WAITING);
    robot.sleep((long) (WindowWarmUp.IDLE_AFTER_INPUT.toMillis() * 2));
    assertThat(state()).isEqualTo(State.WAITING);
    release();
    robot.clickOn("#newInspection-cancel");

    // Left alone again, it finishes.
    waitUntil(() -> state() == State.DONE);
    assertThat(windowTabCount(robot)).isEqualTo(1);
    assertThat(storedVersions()).isEqualTo(before);
    assertThat(app.inspections().sessions().find(seed.id())).isEmpty();
    assertThat(app.inspections().sessions().find(full.id())).isEmpty();
  }

  @Test
  void choosingANewInspectionEndsTheWarmUpBeforeItIsStored(FxRobot robot) {
    listShown(robot);
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    waitForNewInspectionChoice(robot);
    robot.type(KeyCode.ENTER);
    // Over as the choice closes, not only once the new inspection opens after its save.
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(state()).isEqualTo(State.GIVEN_UP);
    waitUntil(() -> app.inspections().list().size() == 3 && windowTabCount(robot) == 2);
    assertThat(state()).isEqualTo(State.GIVEN_UP);
  }

  @Test
  void openingAnInspectionEndsTheWarmUpForGood(FxRobot robot) {
    listShown(robot);
    robot.interact(() -> main.openInspection(full.id()));
    waitUntil(() -> robot.lookup("#field-title").tryQuery().isPresent());
    assertThat(state()).isEqualTo(State.GIVEN_UP);
    robot.sleep((long) (WindowWarmUp.IDLE_AFTER_INPUT.toMillis() * 2));
    assertThat(state()).isEqualTo(State.GIVEN_UP);
    assertThat(robot.lookup("#field-title").queryAs(TextField.class).getText())
        .isEqualTo(full.title());
  }
}
