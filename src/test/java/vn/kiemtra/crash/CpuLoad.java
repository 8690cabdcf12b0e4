package vn.kiemtra.crash;

/**
 * Child process that keeps every core busy, so that kills land while the machine is loaded (the
 * scheduler then pauses the worker at odd points of a write).
 */
public final class CpuLoad {
  private CpuLoad() {}

  public static void main(String[] args) throws InterruptedException {
    int threads = Runtime.getRuntime().availableProcessors();
    for (int t = 0; t < threads; t++) {
      Thread burner =
          new Thread(
              () -> {
                long x = 1;
                while (!Thread.currentThread().isInterrupted()) {
                  x = x * 6364136223846793005L + 1442695040888963407L;
                  if (x == 42) {
                    System.out.println(x);
                  }
                }
              });
      burner.start();
    }
    Thread.currentThread().join();
  }

  /** Starts the load in its own JVM; the caller destroys it. */
  static Process start() throws java.io.IOException {
    return vn.kiemtra.testsupport.ChildJvm.start(CpuLoad.class);
  }
}
