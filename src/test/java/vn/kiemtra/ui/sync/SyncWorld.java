package vn.kiemtra.ui.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.shared.Progress;
import vn.kiemtra.testsupport.Inspections;
import vn.kiemtra.ui.UiTestSupport;

/** Databases for the sync screens' tests: an office and laptops, each a real H2 file. */
final class SyncWorld implements AutoCloseable {
  final Path dir;
  final List<AppContext> opened = new ArrayList<>();
  final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "sync-ui-test-worker");
            t.setDaemon(true);
            return t;
          });

  SyncWorld(Path root) {
    this.dir = root.resolve(UUID.randomUUID().toString());
  }

  AppContext open(String name, String deviceName) {
    AppContext app = AppContext.open(dir.resolve(name).resolve("kiemtra"));
    app.sync().renameDevice(deviceName);
    opened.add(app);
    return app;
  }

  /** The seed inspection under a new id and title, stored on the device. */
  static Inspection addInspection(AppContext app, UUID id, String title) {
    Inspection copy =
        Inspections.copy(UiTestSupport.fixture(app, "seed-inspection.json"), id, title);
    app.inspections().save(copy);
    return copy;
  }

  Path export(AppContext app, String file, boolean full, UUID forDevice) {
    Path out = dir.resolve(file);
    app.sync().export(out, full, forDevice, Progress.NONE);
    return out;
  }

  Path file(String name, byte[] content) throws Exception {
    Path out = dir.resolve(name);
    Files.createDirectories(out.getParent());
    Files.write(out, content);
    return out;
  }

  static void show(Stage stage, Parent view) {
    Scene scene = vn.kiemtra.ui.common.StyledScene.of(view, 1280, 800);
    stage.setScene(scene);
    stage.show();
  }

  static void waitFor(Supplier<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
    } catch (TimeoutException e) {
      throw new AssertionError("condition not met within 30 s", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  static boolean visible(Node node) {
    return node != null && node.isVisible() && node.getScene() != null;
  }

  @Override
  public void close() {
    executor.shutdownNow();
    for (AppContext app : opened) {
      app.close();
    }
  }
}
