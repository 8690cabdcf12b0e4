package vn.kiemtra.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionPlanner;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.testsupport.ChildJvm;

/** kill -9 while the inspector types: every edit made more than a second before is stored. */
class AutosaveCrashTest {
  @TempDir Path dir;

  @Test
  void editsOlderThanASecondSurviveAKill() throws Exception {
    Path db = dir.resolve("laptop");
    Inspection blank;
    try (AppContext app = AppContext.open(db)) {
      blank =
          new InspectionPlanner()
              .blank(
                  ChecklistService.DEFAULT_TEMPLATE,
                  Issuer.blank(),
                  "Bắt đầu",
                  java.time.LocalDateTime.now());
      app.inspections().save(blank);
    }
    Process p = ChildJvm.start(AutosaveCrashHarness.class, db.toString(), blank.id().toString());
    TreeMap<Long, Integer> editsByTime = new TreeMap<>();
    long killedAt;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("EDIT ")) {
          String[] parts = line.split(" ");
          editsByTime.put(Long.parseLong(parts[2]), Integer.parseInt(parts[1]));
          if (editsByTime.size() >= 40) {
            break;
          }
        }
      }
      killedAt = System.currentTimeMillis();
      p.destroyForcibly();
    } finally {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(editsByTime).as("the child made no edits").hasSizeGreaterThanOrEqualTo(40);
    int mustHave = editsByTime.headMap(killedAt - 1000, true).lastEntry().getValue();
    try (AppContext app = AppContext.open(db)) {
      String title = app.inspections().require(blank.id()).inspection().title();
      assertThat(title).startsWith("Bản sửa ");
      int stored = Integer.parseInt(title.substring("Bản sửa ".length()));
      assertThat(stored).isGreaterThanOrEqualTo(mustHave);
    }
  }
}
