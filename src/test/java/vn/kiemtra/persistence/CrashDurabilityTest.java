package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.testsupport.ChildJvm;

/** kill -9 in the middle of a run of imports loses nothing that was reported as saved. */
class CrashDurabilityTest {
  @TempDir Path dir;

  @Test
  void everyReportedImportSurvivesAKill() throws Exception {
    Path db = dir.resolve("crash");
    for (int round = 0; round < 3; round++) {
      List<UUID> reported = runAndKill(db, 15 + round * 10);
      try (AppContext app = AppContext.open(db)) {
        Set<UUID> stored =
            app.inspections().list().stream()
                .map(InspectionSummary::id)
                .collect(Collectors.toSet());
        assertThat(stored).containsAll(reported);
        for (UUID id : reported.subList(reported.size() - 3, reported.size())) {
          assertThat(app.inspections().require(id).inspection().answers()).hasSize(12);
        }
      }
    }
  }

  private List<UUID> runAndKill(Path db, int savesBeforeKill) throws Exception {
    Process p = ChildJvm.start(ImportLoop.class, db.toString());
    List<UUID> reported = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("SAVED ")) {
          reported.add(UUID.fromString(line.substring(6).trim()));
          if (reported.size() >= savesBeforeKill) {
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no H2 close
            break;
          }
        }
      }
    } finally {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(reported)
        .as("the child process saved nothing")
        .hasSizeGreaterThanOrEqualTo(savesBeforeKill);
    return reported;
  }
}
