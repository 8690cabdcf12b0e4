package vn.kiemtra.ui.editor;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import vn.kiemtra.AppContext;

/**
 * Child process of {@link AutosaveCrashTest}: an editor model on a real database, editing the title
 * ten times a second like a typing inspector, printing each edit, until it is killed.
 */
public final class AutosaveCrashHarness {
  private AutosaveCrashHarness() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    AppContext app = AppContext.open(Path.of(args[0]));
    EditorViewModel vm = new EditorViewModel(app, UUID.fromString(args[1]));
    EditorViewModel.Loaded loaded = vm.load();
    CountDownLatch shown = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          vm.show(loaded);
          shown.countDown();
        });
    shown.await();
    for (int n = 1; ; n++) {
      int edit = n;
      CountDownLatch done = new CountDownLatch(1);
      Platform.runLater(
          () -> {
            vm.edit(i -> i.toBuilder().title("Bản sửa " + edit).build());
            done.countDown();
          });
      done.await();
      System.out.println("EDIT " + edit + " " + System.currentTimeMillis());
      System.out.flush();
      Thread.sleep(100);
    }
  }
}
