package vn.kiemtra.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.minutes.MinutesAmendment;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.MinutesTestData;

/**
 * The amendment dialog of the minutes screen, headless: it records a "biên bản bổ sung" only with
 * the date, time, place and text the user entered, says what is missing meanwhile, and writes the
 * amendment's PDF with that time and place.
 */
@ExtendWith(ApplicationExtension.class)
class AmendmentDialogTest {
  @TempDir static Path dir;

  AppContext services;
  ExecutorService executor;
  MinutesView view;

  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.show();
  }

  /** Signed seed minutes on the minutes screen (the slow part runs here, not in the FX setup). */
  void showSignedMinutes(FxRobot robot) throws TimeoutException {
    services = AppContext.open(dir.resolve(UUID.randomUUID().toString()).resolve("db"));
    MinutesTestData.importSeed(services);
    services.minutes().sign(MinutesTestData.SEED_ID, MinutesOptions.standard());
    executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "amendment-test-worker");
              t.setDaemon(true);
              return t;
            });
    robot.interact(
        () -> {
          view = new MinutesView(services, MinutesTestData.SEED_ID, executor);
          stage.setScene(new Scene(view, 1280, 760));
        });
    waitFor(() -> view.model().signedProperty().get() && !view.model().busyProperty().get());
  }

  @AfterEach
  void close() {
    if (executor != null) {
      executor.shutdownNow();
      services.close();
    }
  }

  static void waitFor(Supplier<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void recordsTheAmendmentWithTheTimeAndPlaceEntered(FxRobot robot) throws Exception {
    showSignedMinutes(robot);
    Path pdf = dir.resolve(UUID.randomUUID() + "-bo-sung.pdf");
    view.setFilePicker((purpose, name) -> Optional.of(pdf));
    openDialog(robot);

    Button save = robot.lookup("#amendSave").queryAs(Button.class);
    Label problem = robot.lookup("#amendProblem").queryAs(Label.class);
    assertThat(save.isDisabled()).isTrue();
    assertThat(problem.getText()).startsWith("Chưa có ngày họp");

    robot.interact(
        () ->
            robot
                .lookup("#amendDate")
                .queryAs(DatePicker.class)
                .setValue(LocalDate.of(2023, 9, 21)));
    type(robot, "#amendTime", "9 giờ");
    assertThat(problem.getText())
        .isEqualTo("Giờ «9 giờ» không đúng dạng giờ:phút; sửa lại, ví dụ 09:30.");
    type(robot, "#amendTime", "14h15");
    assertThat(problem.getText()).startsWith("Chưa có địa điểm họp");
    type(robot, "#amendPlace", "Hội trường Sở Nội vụ");
    assertThat(problem.getText()).startsWith("Chưa có nội dung");
    // decomposed as some input methods deliver it; stored composed
    type(robot, "#amendText", "Điều chỉnh thời hạn kiến nghị 2 là 31/12/2023.");
    assertThat(problem.getText()).isEmpty();
    assertThat(save.isDisabled()).isFalse();
    assertThat(services.minutes().amendments(MinutesTestData.SEED_ID)).isEmpty();

    robot.interact(save::fire);
    waitFor(
        () ->
            robot
                .lookup("#minutesStatus")
                .queryAs(Label.class)
                .getText()
                .startsWith("Đã ghi biên bản bổ sung số 1"));
    assertThat(robot.lookup("#minutesStatus").queryAs(Label.class).getText())
        .isEqualTo(
            "Đã ghi biên bản bổ sung số 1 (lập lúc 14:15 21/09/2023 tại Hội trường Sở Nội vụ) và"
                + " xuất ra "
                + pdf
                + ".");
    MinutesAmendment stored = services.minutes().amendments(MinutesTestData.SEED_ID).get(0);
    assertThat(stored.heldAt()).isEqualTo(LocalDateTime.of(2023, 9, 21, 14, 15));
    assertThat(stored.place()).isEqualTo("Hội trường Sở Nội vụ");
    assertThat(stored.text()).isEqualTo("Điều chỉnh thời hạn kiến nghị 2 là 31/12/2023.");
    String text;
    try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains("BIÊN BẢN BỔ SUNG")
        .contains("Thời gian: 14 giờ 15 phút, ngày 21 tháng 9 năm 2023.")
        .contains("Địa điểm: Hội trường Sở Nội vụ.")
        .contains("ngày 21 tháng 9 năm 2023");
  }

  @Test
  void cancellingRecordsNothing(FxRobot robot) throws Exception {
    showSignedMinutes(robot);
    openDialog(robot);
    Button cancel =
        robot.lookup(".dialog-pane .button").queryAll().stream()
            .map(Button.class::cast)
            .filter(b -> b.getText().equals("Huỷ"))
            .findFirst()
            .orElseThrow();
    robot.interact(cancel::fire);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#amendSave").tryQuery()).isEmpty();
    assertThat(services.minutes().amendments(MinutesTestData.SEED_ID)).isEmpty();
  }

  /** Fires the toolbar button (the toolbar wraps on a narrow window, so it is always shown). */
  private static void openDialog(FxRobot robot) {
    Button amend = robot.lookup("#minutesAmend").queryAs(Button.class);
    assertThat(amend.isVisible()).isTrue();
    assertThat(amend.isDisabled()).isFalse();
    javafx.application.Platform.runLater(amend::fire);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void type(FxRobot robot, String id, String text) {
    String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    robot.interact(
        () -> {
          Node node = robot.lookup(id).query();
          TextInputControl field = (TextInputControl) node;
          field.clear();
          field.replaceSelection(decomposed);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }
}
