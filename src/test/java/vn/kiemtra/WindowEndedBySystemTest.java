package vn.kiemtra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.testsupport.ChildJvm;

/**
 * Logging out or shutting the laptop down ends the window's process with SIGTERM: it closes its
 * database as a close of the window does, so the next start finds a cleanly closed file instead of
 * telling the inspector that kiemtra was not closed normally.
 */
class WindowEndedBySystemTest {
  @TempDir Path dir;

  @Test
  @EnabledOnOs(OS.LINUX)
  void aWindowEndedBySigtermClosesItsDatabaseCleanly() throws Exception {
    Path db = dir.resolve("kiemtra");
    Process window =
        new ProcessBuilder(
                ChildJvm.command(
                    List.of(
                        "-Dglass.platform=Monocle",
                        "-Dmonocle.platform=Headless",
                        "-Dprism.order=sw",
                        "-Dprism.text=t2k",
                        "-Djava.util.prefs.userRoot=" + dir.resolve("prefs")),
                    Main.class,
                    "--db",
                    db.toString()))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(window.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.startsWith("database ready"));
      assertThat(line).as("the window opened its database").isNotNull();
      Path marker = AppContext.openMarker(vn.kiemtra.persistence.Database.fileOf(db));
      assertThat(marker).as("open while the window runs").exists();
      Path handOff = db.resolveSibling("kiemtra.instance");
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!Files.exists(handOff) && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertThat(handOff).as("taking hand-offs from later launches").exists();
      Thread.sleep(300); // the file is written just before the window keeps its channel

      window.destroy(); // SIGTERM
      assertThat(window.waitFor(60, TimeUnit.SECONDS)).as("the window ended").isTrue();
      assertThat(marker).as("closed as a close of the window closes it").doesNotExist();
      assertThat(handOff).as("no longer taking hand-offs from later launches").doesNotExist();
    } finally {
      window.destroyForcibly();
    }
    try (AppContext reopened = AppContext.open(db)) {
      assertThat(reopened.recovery()).isEmpty();
    }
  }
}
