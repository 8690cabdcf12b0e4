package vn.kiemtra.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** For the programs that write docs/screenshots: work on the FX thread, waits, PNG snapshots. */
public final class Screenshots {
  private Screenshots() {}

  /** Runs {@code work} on the FX thread and returns its result. */
  public static <T> T fx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get();
  }

  /** Waits (up to a minute) until {@code condition}, checked on the FX thread, holds. */
  public static void waitFor(BooleanSupplier condition) throws Exception {
    long end = System.currentTimeMillis() + 60_000;
    while (!fx(condition::getAsBoolean)) {
      if (System.currentTimeMillis() > end) {
        throw new IllegalStateException("screen did not get ready");
      }
      Thread.sleep(100);
    }
  }

  /** Writes the scene as it is drawn now to {@code dir/name}. */
  public static void shot(Scene scene, Path dir, String name) throws Exception {
    WritableImage image = fx(() -> scene.snapshot(null));
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        png.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Files.createDirectories(dir);
    ImageIO.write(png, "png", dir.resolve(name).toFile());
    System.err.println("wrote " + dir.resolve(name));
  }
}
