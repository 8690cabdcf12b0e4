package vn.kiemtra.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.minutes.MinutesTestData;
import vn.kiemtra.core.minutes.PrintRequest;

/** The minutes screen, headless: preview, paging, zoom, export, print, sign and scan. */
@ExtendWith(ApplicationExtension.class)
class MinutesViewTest {
  @TempDir static Path dir;

  AppContext services;
  ExecutorService executor;
  MinutesView view;

  @Start
  void start(Stage stage) {
    services = AppContext.open(dir.resolve(UUID.randomUUID().toString()).resolve("db"));
    MinutesTestData.importSeed(services);
    executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "minutes-test-worker");
              t.setDaemon(true);
              return t;
            });
    view = new MinutesView(services, MinutesTestData.SEED_ID, executor);
    stage.setScene(new Scene(view, 1280, 760));
    stage.show();
  }

  @AfterEach
  void close() {
    executor.shutdownNow();
    services.close();
  }

  static void waitFor(Supplier<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }

  String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  void waitUntilLoaded(FxRobot robot) throws TimeoutException {
    waitFor(() -> text(robot, "#minutesPage").startsWith("Trang 1/"));
    waitFor(() -> !view.model().busyProperty().get());
  }

  @Test
  void previewsPagesAndPagesThroughAndZooms(FxRobot robot) throws TimeoutException {
    waitUntilLoaded(robot);
    assertThat(text(robot, "#minutesPage")).isEqualTo("Trang 1/3");
    ImageView image = robot.lookup("#minutesImage").queryAs(ImageView.class);
    double width = image.getImage().getWidth();
    assertThat(image.getImage().getHeight() / width)
        .as("an A4 page, portrait")
        .isCloseTo(297.0 / 210.0, org.assertj.core.api.Assertions.within(0.02));
    assertThat(darkPixels(image.getImage())).as("text is drawn on the page").isGreaterThan(1000);
    assertThat(text(robot, "#minutesStatus")).contains("3 trang").contains("mã xác thực");
    assertThat(robot.lookup("#minutesPrevious").queryAs(Button.class).isDisabled()).isTrue();

    robot.clickOn("#minutesNext");
    waitFor(() -> text(robot, "#minutesPage").equals("Trang 2/3"));
    robot.clickOn("#minutesNext");
    waitFor(() -> text(robot, "#minutesPage").equals("Trang 3/3"));
    assertThat(robot.lookup("#minutesNext").queryAs(Button.class).isDisabled()).isTrue();

    robot.clickOn("#minutesZoomIn");
    waitFor(() -> text(robot, "#minutesZoom").equals("125 %"));
    waitFor(() -> image.getImage().getWidth() > width * 1.2);
    robot.clickOn("#minutesPrevious");
    waitFor(() -> text(robot, "#minutesPage").equals("Trang 2/3"));
  }

  @Test
  void includingTheAnnexLaysTheMinutesOutAgain(FxRobot robot) throws TimeoutException {
    waitUntilLoaded(robot);
    robot.clickOn("#minutesAnnex");
    waitFor(() -> text(robot, "#minutesPage").equals("Trang 1/7"));
  }

  @Test
  void exportsPdfAndDocxToTheChosenFiles(FxRobot robot) throws Exception {
    waitUntilLoaded(robot);
    Path pdf = dir.resolve(UUID.randomUUID() + ".pdf");
    Path docx = dir.resolve(UUID.randomUUID() + ".docx");
    view.setFilePicker(
        (purpose, name) -> Optional.of(purpose == MinutesView.FilePurpose.SAVE_PDF ? pdf : docx));
    robot.clickOn("#minutesExportPdf");
    waitFor(() -> Files.exists(pdf) && text(robot, "#minutesStatus").startsWith("Đã ghi"));
    assertThat(Files.readAllBytes(pdf)).startsWith('%', 'P', 'D', 'F');
    robot.clickOn("#minutesExportDocx");
    waitFor(() -> Files.exists(docx) && text(robot, "#minutesStatus").contains(docx.toString()));
    assertThat(Files.readAllBytes(docx)).startsWith('P', 'K');
  }

  @Test
  void printingToAPrinterThatIsGoneSaysSo(FxRobot robot) throws TimeoutException {
    waitUntilLoaded(robot);
    view.setPrintPicker(() -> Optional.of(new PrintRequest("Máy in không tồn tại", 2)));
    robot.clickOn("#minutesPrint");
    waitFor(() -> text(robot, "#minutesStatus").contains("Không tìm thấy máy in"));
    assertThat(view.model().busyProperty().get()).isFalse();
  }

  @Test
  void markingSignedLocksTheInspectionAndAllowsTheScan(FxRobot robot) throws Exception {
    waitUntilLoaded(robot);
    // Not signable while the check before signing finds something missing.
    waitFor(() -> view.model().missingForSigningProperty().get() >= 0);
    assertThat(view.model().missingForSigningProperty().get()).isPositive();
    assertThat(robot.lookup("#minutesSign").queryAs(Button.class).isDisabled()).isTrue();
    completeTheSeed();
    waitFor(
        () ->
            view.model().missingForSigningProperty().get() == 0
                && !view.model().busyProperty().get());
    assertThat(robot.lookup("#minutesSign").queryAs(Button.class).isDisabled()).isFalse();

    view.setConfirmer((header, text) -> false);
    robot.clickOn("#minutesSign");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(services.minutes().signed(MinutesTestData.SEED_ID)).isEmpty();
    assertThat(robot.lookup("#minutesAttachScan").queryAs(Button.class).isDisabled()).isTrue();

    view.setConfirmer((header, text) -> true);
    robot.clickOn("#minutesSign");
    waitFor(() -> view.model().signedProperty().get() && !view.model().busyProperty().get());
    assertThat(text(robot, "#minutesStatus")).contains("đã ký").contains("đã khoá");
    assertThat(text(robot, "#minutesCode")).startsWith("Đã ký — mã xác thực:");
    assertThat(services.inspections().require(MinutesTestData.SEED_ID).inspection().status())
        .isEqualTo(InspectionStatus.SIGNED);
    assertThat(robot.lookup("#minutesSign").queryAs(Button.class).isDisabled()).isTrue();

    Path scan = dir.resolve(UUID.randomUUID() + "-bien-ban.pdf");
    Files.writeString(scan, "%PDF-1.4 bản chụp");
    view.setFilePicker((purpose, name) -> Optional.of(scan));
    robot.clickOn("#minutesAttachScan");
    waitFor(() -> text(robot, "#minutesStatus").startsWith("Đã đính kèm"));
    assertThat(services.minutes().scans(MinutesTestData.SEED_ID)).hasSize(1);
  }

  /** Assesses every criterion the seed leaves open, so nothing is missing before signing. */
  private void completeTheSeed() {
    var stored = services.inspections().require(MinutesTestData.SEED_ID).inspection();
    var template = services.inspections().templateOf(stored);
    var complete = stored;
    for (var c : template.allCriteria().toList()) {
      if (c.subCriteria().isEmpty()
          && complete.answer(c.code()).map(a -> !a.isAssessed()).orElse(true)) {
        complete =
            complete.withAnswer(
                vn.kiemtra.core.answer.Answer.empty(c.code())
                    .withResult(vn.kiemtra.core.answer.Result.PASS));
      }
    }
    assertThat(new vn.kiemtra.core.inspection.ReadinessCheck().check(complete, template)).isEmpty();
    services.inspections().save(complete);
  }

  /** Pixels darker than mid-grey: a blank or unrendered page has none. */
  private static int darkPixels(javafx.scene.image.Image page) {
    javafx.scene.image.PixelReader pixels = page.getPixelReader();
    int dark = 0;
    for (int y = 0; y < (int) page.getHeight(); y++) {
      for (int x = 0; x < (int) page.getWidth(); x++) {
        int argb = pixels.getArgb(x, y);
        int grey = ((argb >> 16 & 0xFF) + (argb >> 8 & 0xFF) + (argb & 0xFF)) / 3;
        if (grey < 128) {
          dark++;
        }
      }
    }
    return dark;
  }
}
