package vn.kiemtra.ui.sync;

import static vn.kiemtra.ui.Screenshots.fx;
import static vn.kiemtra.ui.Screenshots.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.core.sync.SyncConflict;
import vn.kiemtra.ui.Screenshots;
import vn.kiemtra.ui.common.FxUiExecutor;
import vn.kiemtra.ui.main.MainView;

/**
 * Screenshots of the sync screens with realistic data for docs/screenshots/sync-*.png: an office
 * and three laptops in a temporary folder. Run under a display (Xvfb): {@code java -cp
 * target/classes:target/test-classes:DEPS vn.kiemtra.ui.sync.SyncScreenshots OUT}.
 */
public final class SyncScreenshots {
  private final Path out;
  private final Path dir;
  private final ExecutorService worker = Executors.newFixedThreadPool(2);
  private Stage stage;
  private MainView main;

  private SyncScreenshots(Path out) throws Exception {
    this.out = out;
    this.dir = Files.createTempDirectory("kiemtra-shots");
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    Platform.startup(() -> {});
    try {
      new SyncScreenshots(out).run();
    } catch (Exception | Error e) {
      e.printStackTrace();
    } finally {
      Platform.exit();
      System.exit(0);
    }
  }

  private AppContext open(String name, String device) {
    AppContext app = AppContext.open(dir.resolve(name).resolve("kiemtra"));
    app.sync().renameDevice(device);
    return app;
  }

  private void run() throws Exception {
    AppContext office = open("office", "Văn phòng Sở Nội vụ tỉnh Quảng Nam");
    AppContext a = open("a", "Máy kiểm tra Đoàn 1 – Nguyễn Văn An");
    AppContext b = open("b", "Máy kiểm tra Đoàn 2 – Trần Thị Bích");
    AppContext c = open("c", "Máy kiểm tra Đoàn 3 – Lê Quốc Hùng");
    UUID justice = UUID.randomUUID();
    SyncWorld.addInspection(office, justice, "Kiểm tra công tác CCHC tại Sở Tư pháp năm 2024");
    SyncWorld.addInspection(
        office, UUID.randomUUID(), "Kiểm tra công tác CCHC tại UBND huyện Duy Xuyên năm 2024");
    for (AppContext laptop : List.of(a, b)) {
      office.sync().enrol(laptop.sync().thisDevice());
      laptop.sync().enrol(office.sync().thisDevice());
    }
    Path fromOffice = dir.resolve("van-phong-1.kiemtra");
    office.sync().export(fromOffice, true, null, Progress.NONE);
    a.sync().importPackage(fromOffice, Progress.NONE);
    b.sync().importPackage(fromOffice, Progress.NONE);
    edit(
        a,
        justice,
        "Sở Tư pháp thực hiện tốt công tác cải cách hành chính; 100% hồ sơ được giải quyết đúng hạn.",
        "Sở Tư pháp tiếp thu các kiến nghị của Đoàn kiểm tra.");
    edit(
        b,
        justice,
        "Sở Tư pháp cơ bản hoàn thành nhiệm vụ CCHC; còn 3 hồ sơ trễ hạn trong quý III.",
        null);
    Path packageB = dir.resolve("kiemtra-may-kiem-tra-doan-2-20241015-1630.kiemtra");
    b.sync().export(packageB, false, null, Progress.NONE);
    SyncWorld.addInspection(c, UUID.randomUUID(), "Kiểm tra công tác CCHC tại Sở Y tế năm 2024");
    Path packageC = dir.resolve("kiemtra-may-kiem-tra-doan-3-20241016-0915.kiemtra");
    c.sync().export(packageC, false, null, Progress.NONE);

    fx(
        () -> {
          stage = new Stage();
          main = new MainView(stage, new FxUiExecutor(), f -> {});
          Scene scene = vn.kiemtra.ui.common.StyledScene.of((Parent) main.node(), 1280, 800);
          stage.setScene(scene);
          stage.show();
          main.attach(a);
          return null;
        });

    // 1. export on laptop A, through the screen
    Path packageA = dir.resolve("kiemtra-may-kiem-tra-doan-1-20241015-1612.kiemtra");
    SyncExportView export =
        fx(
            () -> {
              SyncExportView v = new SyncExportView(a.sync(), worker);
              v.setFilePicker((purpose, name) -> List.of(packageA));
              main.openTab("Xuất dữ liệu", v);
              return v;
            });
    waitFor(() -> !((Label) export.lookup("#syncExportFingerprint")).getText().isEmpty());
    fx(() -> click(export, "#syncExportRun"));
    waitFor(() -> !((Label) export.lookup("#syncExportResult")).getText().isEmpty());
    shot(stage.getScene(), "sync-export.png");

    // the office window from now on
    fx(
        () -> {
          main.attach(office);
          return null;
        });

    // 2. a package from a laptop not enrolled: the fingerprint confirmation
    SyncImportView unknown =
        fx(
            () -> {
              SyncImportView v = new SyncImportView(office.sync(), worker);
              main.openTab("Nhập dữ liệu", v);
              v.importFiles(List.of(packageC));
              return v;
            });
    waitFor(() -> dialog() != null);
    Thread.sleep(500);
    shot(dialog().getScene(), "sync-import-confirm.png");
    fx(
        () -> {
          ((Button) dialog().getScene().lookup("#syncConfirmDecline")).fire();
          return null;
        });

    // 3. the laptops' packages imported at the office
    SyncImportView imports =
        fx(
            () -> {
              main.attach(office);
              SyncImportView v = new SyncImportView(office.sync(), worker);
              main.openTab("Nhập dữ liệu", v);
              v.importFiles(List.of(packageA, packageB));
              return v;
            });
    waitFor(() -> ((Label) imports.lookup("#syncImportStatus")).getText().startsWith("Xong"));
    Thread.sleep(300);
    fx(
        () -> {
          javafx.scene.control.ScrollPane scroll =
              (javafx.scene.control.ScrollPane) imports.getCenter();
          // the second package's reconciliation (with its conflict) from its heading on
          javafx.scene.layout.VBox results = (javafx.scene.layout.VBox) scroll.getContent();
          double y = results.getChildren().get(1).getBoundsInParent().getMinY() - 8;
          double range = results.getHeight() - scroll.getViewportBounds().getHeight();
          scroll.setVvalue(Math.min(1, y / range));
          return null;
        });
    shot(stage.getScene(), "sync-import.png");

    // 4. the conflicts, one selected
    SyncConflictView conflicts =
        fx(
            () -> {
              main.attach(office);
              SyncConflictView v = new SyncConflictView(office.sync(), worker);
              main.openTab("Xung đột", v);
              return v;
            });
    waitFor(
        () ->
            conflicts.lookup("#syncConflictTable") instanceof TableView<?> t
                && !t.getItems().isEmpty());
    @SuppressWarnings("unchecked")
    TableView<SyncConflict> table =
        fx(() -> (TableView<SyncConflict>) conflicts.lookup("#syncConflictTable"));
    fx(
        () -> {
          table.getItems().stream()
              .filter(x -> x.field().equals("overall_assessment"))
              .findFirst()
              .ifPresent(x -> table.getSelectionModel().select(x));
          return null;
        });
    Thread.sleep(300);
    shot(stage.getScene(), "sync-conflicts.png");

    // 5. the office's devices and package log
    SyncDevicesView devices =
        fx(
            () -> {
              main.attach(office);
              SyncDevicesView v = new SyncDevicesView(office.sync(), worker);
              main.openTab("Thiết bị", v);
              return v;
            });
    waitFor(
        () ->
            devices.lookup("#syncDeviceFingerprint") instanceof Label l && !l.getText().isEmpty());
    Thread.sleep(300);
    shot(stage.getScene(), "sync-devices.png");

    worker.shutdownNow();
    for (AppContext app : List.of(office, a, b, c)) {
      app.close();
    }
  }

  private static void edit(AppContext app, UUID id, String assessment, String response) {
    Inspection i = app.inspections().require(id).inspection();
    Inspection.Builder changed = i.toBuilder().overallAssessment(assessment);
    if (response != null) {
      changed.unitResponse(response);
    }
    app.inspections().save(changed.build());
  }

  private static Object click(Parent view, String id) {
    ((Button) view.lookup(id)).fire();
    return null;
  }

  private static Window dialog() {
    return Window.getWindows().stream()
        .filter(w -> w.getScene() != null && w.getScene().lookup("#syncConfirmFingerprint") != null)
        .findFirst()
        .orElse(null);
  }

  private void shot(Scene scene, String name) throws Exception {
    Screenshots.shot(scene, out, name);
  }
}
