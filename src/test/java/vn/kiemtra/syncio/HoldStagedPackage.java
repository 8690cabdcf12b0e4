package vn.kiemtra.syncio;

import java.nio.file.Path;
import vn.kiemtra.core.shared.Progress;

/**
 * A child process for {@link StagingFoldersTest}: unpacks a package under {@code args[0]}, prints
 * STAGED and waits, as an import does in the middle of its merge, until it is killed.
 */
public final class HoldStagedPackage {
  private HoldStagedPackage() {}

  public static void main(String[] args) throws Exception {
    SyncFixture fx = new SyncFixture(Path.of(args[0]));
    Path pkg = Path.of(args[1]);
    fx.write(pkg);
    fx.packages.open(pkg, fx.directory(), 12, Progress.NONE);
    System.out.println("STAGED");
    System.out.flush();
    Thread.sleep(120_000);
  }
}
