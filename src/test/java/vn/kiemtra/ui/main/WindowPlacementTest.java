package vn.kiemtra.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
  private static final Rectangle2D SMALL_LAPTOP = new Rectangle2D(0, 0, 1024, 700);

  /** 1366×768 with a 40 px task bar at the bottom. */
  private static final Rectangle2D HD_WITH_TASKBAR = new Rectangle2D(0, 0, 1366, 728);

  private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);

  private final Preferences store =
      Preferences.userRoot().node("vn/kiemtra/test/placement-" + UUID.randomUUID());

  @AfterEach
  void forget() throws Exception {
    store.removeNode();
  }

  @Test
  void aFirstStartOnASmallLaptopFillsItsScreenInsteadOfRunningOffIt() {
    assertThat(WindowPlacement.bounds(List.of(SMALL_LAPTOP), Optional.empty()))
        .isEqualTo(new Rectangle2D(0, 0, 1024, 700));
  }

  @Test
  void aFirstStartOnA1366ScreenKeepsThePreferredWidthAndStopsAboveTheTaskBar() {
    assertThat(WindowPlacement.bounds(List.of(HD_WITH_TASKBAR), Optional.empty()))
        .isEqualTo(new Rectangle2D(43, 0, 1280, 728));
  }

  @Test
  void aFirstStartOnALargeScreenIsCentred() {
    assertThat(WindowPlacement.bounds(List.of(FULL_HD), Optional.empty()))
        .isEqualTo(new Rectangle2D(320, 120, 1280, 800));
  }

  @Test
  void aFirstStartOnASmallScreenIsMaximizedAndOnALargeOneIsNot() {
    assertThat(WindowPlacement.maximized(SMALL_LAPTOP, Optional.empty())).isTrue();
    assertThat(WindowPlacement.maximized(HD_WITH_TASKBAR, Optional.empty())).isTrue();
    assertThat(WindowPlacement.maximized(FULL_HD, Optional.empty())).isFalse();
  }

  @Test
  void theWindowIsMaximizedOrNotAsTheUserLeftIt() {
    assertThat(WindowPlacement.maximized(SMALL_LAPTOP, Optional.of(false))).isFalse();
    assertThat(WindowPlacement.maximized(FULL_HD, Optional.of(true))).isTrue();
  }

  @Test
  void theWindowOpensWhereItWasLeft() {
    Rectangle2D left = new Rectangle2D(100, 50, 1000, 600);
    assertThat(WindowPlacement.bounds(List.of(FULL_HD), Optional.of(left))).isEqualTo(left);
  }

  @Test
  void aWindowLeftOnAScreenThatIsGoneOpensOnThePrimaryScreen() {
    Rectangle2D onSecondScreen = new Rectangle2D(2000, 100, 1200, 800);
    assertThat(WindowPlacement.bounds(List.of(SMALL_LAPTOP), Optional.of(onSecondScreen)))
        .isEqualTo(new Rectangle2D(0, 0, 1024, 700));
  }

  @Test
  void aWindowLeftOnTheSecondScreenOpensThereAgain() {
    Rectangle2D second = new Rectangle2D(1920, 0, 1024, 700);
    Rectangle2D onSecondScreen = new Rectangle2D(2000, 100, 900, 540);
    assertThat(WindowPlacement.bounds(List.of(FULL_HD, second), Optional.of(onSecondScreen)))
        .isEqualTo(onSecondScreen);
  }

  @Test
  void aWindowLeftLargerThanTheScreenNowIsCutToItAndMovedOntoIt() {
    Rectangle2D fromADockedMonitor = new Rectangle2D(400, 300, 1600, 900);
    assertThat(WindowPlacement.bounds(List.of(SMALL_LAPTOP), Optional.of(fromADockedMonitor)))
        .isEqualTo(new Rectangle2D(0, 0, 1024, 700));
  }

  @Test
  void aWindowLeftHalfOffTheScreenIsMovedBackOntoIt() {
    Rectangle2D halfOff = new Rectangle2D(700, 400, 800, 600);
    assertThat(WindowPlacement.bounds(List.of(SMALL_LAPTOP), Optional.of(halfOff)))
        .isEqualTo(new Rectangle2D(224, 100, 800, 600));
  }

  @Test
  void aWindowShrunkBelowTheMinimumOpensAtTheMinimum() {
    Rectangle2D tiny = new Rectangle2D(10, 10, 200, 150);
    assertThat(WindowPlacement.bounds(List.of(FULL_HD), Optional.of(tiny)))
        .isEqualTo(new Rectangle2D(10, 10, 760, 520));
  }

  @Test
  void theBoundsTheUserLeavesAreUsedAtTheNextStart(FxRobot robot) throws Exception {
    WindowPlacement placement = new WindowPlacement(store);
    boolean[] openedMaximized = new boolean[1];
    Stage first =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Stage s = new Stage();
                  placement.apply(s);
                  s.show();
                  // The test screen is 1280×800: the first start is maximized; the user restores
                  // it.
                  openedMaximized[0] = s.isMaximized();
                  s.setMaximized(false);
                  s.setX(30);
                  s.setY(40);
                  s.setWidth(900);
                  s.setHeight(600);
                  s.hide();
                  return s;
                })
            .get();
    assertThat(first.isShowing()).isFalse();
    assertThat(openedMaximized[0]).isTrue();
    Rectangle2D next =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Stage s = new Stage();
                  new WindowPlacement(store).apply(s);
                  return s.isMaximized()
                      ? null
                      : new Rectangle2D(s.getX(), s.getY(), s.getWidth(), s.getHeight());
                })
            .get();
    assertThat(next).isEqualTo(new Rectangle2D(30, 40, 900, 600));
  }
}
