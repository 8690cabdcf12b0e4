package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.testsupport.Inspections;

/**
 * H2 compacts nothing as it closes; the file is compacted at close only after a session that wrote,
 * which also gives back what read-only sessions appended before it.
 */
class CompactAtCloseTest {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve("db.mv.db");
  }

  private long size() throws Exception {
    return Files.size(file());
  }

  /** A session that edits one inspection many times, each edit saved (as the editor does). */
  private void editingSession(int edits) {
    try (AppContext app = AppContext.open(dir.resolve("db"))) {
      Inspection in =
          Inspections.storedBlank(app, "Kiểm tra năm 2026", LocalDateTime.of(2026, 3, 2, 8, 0));
      for (int i = 0; i < edits; i++) {
        Inspection edited = in.toBuilder().title("Kiểm tra năm 2026, lần sửa " + i).build();
        app.inspections().save(edited);
      }
    }
  }

  @Test
  void closingAfterWritesGivesTheSpaceTheEditsLeftBehindBack() throws Exception {
    AppContext app = AppContext.open(dir.resolve("db"));
    Inspection in =
        Inspections.storedBlank(app, "Kiểm tra năm 2026", LocalDateTime.of(2026, 3, 2, 8, 0));
    for (int i = 0; i < 300; i++) {
      app.inspections().save(in.toBuilder().title("Kiểm tra năm 2026, lần sửa " + i).build());
    }
    long whileOpen = size();
    app.close();

    assertThat(size()).isLessThan(whileOpen * 3 / 4);
  }

  @Test
  void readOnlySessionsLeaveTheFileAloneAndTheNextWritingSessionCompactsIt() throws Exception {
    editingSession(50);
    long afterWriting = size();

    for (int i = 0; i < 10; i++) {
      try (AppContext app = AppContext.open(dir.resolve("db"))) {
        assertThat(app.inspections().list()).hasSize(1);
      }
    }
    long afterReading = size();
    // Nothing was moved at their close: what each open appended is still there.
    assertThat(afterReading).isGreaterThan(afterWriting);

    editingSession(1);
    assertThat(size()).isLessThan(afterReading).isLessThanOrEqualTo(afterWriting * 5 / 4);
  }
}
