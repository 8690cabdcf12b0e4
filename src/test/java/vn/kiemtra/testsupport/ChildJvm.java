package vn.kiemtra.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of the test classpath in a separate JVM, for tests that kill or lock. */
public final class ChildJvm {
  private ChildJvm() {}

  public static Process start(Class<?> main, String... args) throws IOException {
    return new ProcessBuilder(command(List.of(), main, args))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** {@code java [jvmOptions] main [args]} on this test's Java and class path. */
  public static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dorg.jooq.no-logo=true");
    command.add("-Dorg.jooq.no-tips=true");
    command.addAll(jvmOptions);
    command.add(main.getName());
    command.addAll(List.of(args));
    return command;
  }
}
