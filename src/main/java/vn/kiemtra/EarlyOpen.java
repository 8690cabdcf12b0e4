package vn.kiemtra;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import vn.kiemtra.core.Services;
import vn.kiemtra.persistence.Database;

/**
 * Opens the database a launch names on its own thread while the main thread reads the command line
 * or starts the window toolkit, so a cold start pays for the two side by side. The first open of
 * the same file takes it (a failure is thrown there, as if that open had failed); an open nobody
 * took is closed by {@link #close()}.
 */
final class EarlyOpen implements AutoCloseable {
  private final Path file;
  private final FutureTask<Services> task;
  private boolean taken;

  private EarlyOpen(Path file, FutureTask<Services> task) {
    this.file = file;
    this.task = task;
  }

  /** Off with {@code -Dkiemtra.noEarlyOpen=true}, for the start-up benchmark's comparison. */
  static boolean enabled() {
    return !Boolean.getBoolean("kiemtra.noEarlyOpen");
  }

  /**
   * Starts {@code first} (logging, settings the window reads) and then the open of {@code file} on
   * a new thread.
   */
  static EarlyOpen start(Path file, Runnable first, Function<Path, Services> opener) {
    FutureTask<Services> task =
        new FutureTask<>(
            () -> {
              first.run();
              return opener.apply(file);
            });
    Thread thread = new Thread(task, "kiemtra-early-open");
    thread.start();
    return new EarlyOpen(file, task);
  }

  /**
   * The services opened early when {@code requested} is the same file and nobody took them yet,
   * waiting for the open to finish; empty otherwise (the caller opens the file itself).
   */
  synchronized Optional<Services> take(Path requested) {
    if (taken || !sameFile(requested, file)) {
      return Optional.empty();
    }
    taken = true;
    return Optional.of(result());
  }

  /** Closes the services when nobody took them (help, a typing error, another --db). */
  @Override
  public synchronized void close() {
    if (taken) {
      return;
    }
    taken = true;
    try {
      result().close();
    } catch (RuntimeException e) {
      // Nobody asked for this file after all: its failure is not the user's concern now.
      LoggerFactory.getLogger(EarlyOpen.class)
          .info("unused early open of {}: {}", file, e.toString());
    }
  }

  private Services result() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static boolean sameFile(Path a, Path b) {
    return Database.fileOf(a)
        .toAbsolutePath()
        .normalize()
        .equals(Database.fileOf(b).toAbsolutePath().normalize());
  }
}
