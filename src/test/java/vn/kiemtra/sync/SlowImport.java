package vn.kiemtra.sync;

import java.nio.file.Path;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.shared.Progress;

/**
 * A child process for the crash test: imports a package slowly, printing MERGING once rows are
 * being written, so the test can kill it in the middle of the transaction.
 */
public final class SlowImport {
  private SlowImport() {}

  public static void main(String[] args) {
    try (AppContext office = AppContext.open(Path.of(args[0]))) {
      office
          .sync()
          .importPackage(
              Path.of(args[1]),
              new Progress() {
                @Override
                public void step(String message, long done, long total) {
                  if (done > 0 && total > 0 && message.startsWith("Đang hợp nhất")) {
                    System.out.println("MERGING " + done);
                    System.out.flush();
                    try {
                      Thread.sleep(300);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                }

                @Override
                public boolean isCancelled() {
                  return false;
                }
              });
      System.out.println("DONE");
    }
  }
}
