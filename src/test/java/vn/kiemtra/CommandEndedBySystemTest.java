package vn.kiemtra;

import static org.assertj.core.api.Assertions.assertThat;

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
 * An office command ended mid-way by Ctrl+C (SIGINT) or by the system (SIGTERM) closes its database
 * as the command's own end would, so the next start does not tell the clerk that kiemtra was not
 * closed normally. The command is a real {@code inspection import} reading a named pipe that nobody
 * writes, so it waits with the database open.
 */
@EnabledOnOs(OS.LINUX)
class CommandEndedBySystemTest {
  @TempDir Path dir;

  @Test
  void aCommandEndedBySigtermClosesItsDatabaseCleanly() throws Exception {
    endedMidCommand(false);
  }

  @Test
  void aCommandEndedByCtrlCClosesItsDatabaseCleanly() throws Exception {
    endedMidCommand(true);
  }

  private void endedMidCommand(boolean ctrlC) throws Exception {
    Path db = dir.resolve("kiemtra");
    Path pipe = dir.resolve("đoàn 1.json");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
    Process command =
        new ProcessBuilder(
                ChildJvm.command(
                    List.of(),
                    Main.class,
                    "--db",
                    db.toString(),
                    "inspection",
                    "import",
                    pipe.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .start();
    Path marker = AppContext.openMarker(vn.kiemtra.persistence.Database.fileOf(db));
    try {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(marker) && command.isAlive() && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertThat(marker).as("the command opened its database").exists();
      Thread.sleep(500); // from the marker to the read of the pipe, where it waits
      assertThat(command.isAlive()).as("waiting for the file").isTrue();

      if (ctrlC) {
        assertThat(
                new ProcessBuilder("kill", "-INT", Long.toString(command.pid())).start().waitFor())
            .isZero();
      } else {
        command.destroy(); // SIGTERM
      }
      assertThat(command.waitFor(60, TimeUnit.SECONDS)).as("the command ended").isTrue();
      assertThat(marker)
          .as("closed as the command's end closes it: %s", Files.readString(dir.resolve("out.txt")))
          .doesNotExist();
    } finally {
      command.destroyForcibly();
    }
    try (AppContext reopened = AppContext.open(db)) {
      assertThat(reopened.recovery()).isEmpty();
    }
  }
}
