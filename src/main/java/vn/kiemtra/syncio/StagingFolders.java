package vn.kiemtra.syncio;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.LoggerFactory;

/**
 * The private folders a package is unpacked into ({@code kiemtra-sync…} under the temporary
 * folder). Each holds a lock file locked while the import runs, so the folders of an import that
 * was killed are recognised and removed at the next start, and a running import's folder is not.
 */
final class StagingFolders {
  static final String PREFIX = "kiemtra-sync";
  static final String LOCK = ".in-use";

  /** A folder without a lock file is only removed when older than this (it may be just made). */
  private static final Duration UNLOCKED_GRACE = Duration.ofHours(1);

  /** A new staging folder and the lock held on it until {@link #release}. */
  record Staging(Path dir, FileChannel lock) {
    void release() {
      try {
        lock.close();
      } catch (IOException e) {
        // closing the channel drops the lock in any case
      }
    }
  }

  private StagingFolders() {}

  static Staging create(Path base) throws IOException {
    Path dir = Files.createTempDirectory(base, PREFIX);
    try {
      FileChannel channel =
          FileChannel.open(
              dir.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      if (channel.tryLock() == null) {
        channel.close();
        throw new IOException("cannot lock " + dir);
      }
      return new Staging(dir, channel);
    } catch (IOException | RuntimeException e) {
      TempFolders.delete(dir);
      throw e;
    }
  }

  /** Removes the staging folders under {@code base} that no running import holds; returns them. */
  static int removeStale(Path base, Instant now) {
    int removed = 0;
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(base, PREFIX + "*")) {
      for (Path dir : folders) {
        if (Files.isDirectory(dir) && !Files.isSymbolicLink(dir) && isStale(dir, now)) {
          TempFolders.delete(dir);
          LoggerFactory.getLogger(StagingFolders.class).info("removed stale import folder {}", dir);
          removed++;
        }
      }
    } catch (IOException | RuntimeException e) {
      return removed;
    }
    return removed;
  }

  private static boolean isStale(Path dir, Instant now) throws IOException {
    Path lock = dir.resolve(LOCK);
    if (!Files.exists(lock)) {
      return Files.getLastModifiedTime(dir).toInstant().isBefore(now.minus(UNLOCKED_GRACE));
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held == null) {
        return false;
      }
      held.release();
      return true;
    } catch (OverlappingFileLockException e) {
      return false; // an import in this program is using it
    }
  }
}
