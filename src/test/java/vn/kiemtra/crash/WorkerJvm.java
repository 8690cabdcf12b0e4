package vn.kiemtra.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a crash worker in its own JVM with the test classpath and the serial collector, its error
 * output appended to a log file so that a worker that fails to start can be diagnosed.
 */
final class WorkerJvm {
  private WorkerJvm() {}

  static Process start(Path errorLog, Class<?> main, String... args) throws IOException {
    return start(errorLog, List.of(), main, args);
  }

  /**
   * Loads the classes a worker needs once and writes them to a class-data archive, so that each
   * later worker starts in about half the time: a round is mostly JVM start-up. Empty when this JVM
   * cannot write one.
   */
  static java.util.Optional<Path> classArchive(
      Path archive, Path errorLog, Class<?> main, String... args)
      throws IOException, InterruptedException {
    Process p = start(errorLog, List.of("-XX:ArchiveClassesAtExit=" + archive), main, args);
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    boolean ok = p.waitFor() == 0 && java.nio.file.Files.isRegularFile(archive);
    return ok ? java.util.Optional.of(archive) : java.util.Optional.empty();
  }

  static Process start(Path errorLog, List<String> jvmOptions, Class<?> main, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xss512k");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dorg.jooq.no-logo=true");
    command.add("-Dorg.jooq.no-tips=true");
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(errorLog.toFile()))
        .start();
  }
}
