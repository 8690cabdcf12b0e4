package vn.kiemtra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.shared.DataClosedException;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.testsupport.ChildJvm;

class DatabaseTest {
  @TempDir Path dir;

  @Test
  void firstOpenCreatesTheFileAndLoadsTheDefaultChecklistOnce() {
    Path base = dir.resolve("nested/folder/kiemtra");
    try (AppContext app = AppContext.open(base)) {
      assertThat(Files.exists(dir.resolve("nested/folder/kiemtra.mv.db"))).isTrue();
      ChecklistTemplate t = app.checklists().require(ChecklistService.DEFAULT_TEMPLATE);
      assertThat(t.areas()).hasSize(7);
      assertThat(t.criterionCount()).isEqualTo(69);
      assertThat(t.maxScore()).isEqualByComparingTo("100");
    }
    try (AppContext app = AppContext.open(base)) {
      assertThat(app.checklists().ensureDefaultTemplate()).isFalse();
      assertThat(app.checklists().templates()).hasSize(1);
    }
  }

  @Test
  void acceptsTheFileNameWithOrWithoutTheH2Suffix() {
    assertThat(Database.baseName(Path.of("/x/y.mv.db"))).isEqualTo(Path.of("/x/y"));
    assertThat(Database.baseName(Path.of("/x/y"))).isEqualTo(Path.of("/x/y"));
  }

  @Test
  void aSecondProcessOnTheSameFileGetsAClearMessage() throws Exception {
    Process holder = ChildJvm.start(ImportLoop.class, dir.resolve("db").toString(), "--hold");
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("OPEN");
      assertThatThrownBy(() -> Database.open(dir.resolve("db.mv.db")))
          .isInstanceOf(DomainException.class)
          .hasMessageContaining("đang được một cửa sổ hoặc lệnh kiemtra khác sử dụng");
    } finally {
      holder.destroyForcibly().waitFor();
    }
    try (AppContext after = AppContext.open(dir.resolve("db"))) {
      assertThat(after.inspections().list()).isEmpty();
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedWithoutBeingOverwritten() throws Exception {
    Path fake = dir.resolve("notes.mv.db");
    Files.writeString(fake, "Đây không phải cơ sở dữ liệu");
    assertThatThrownBy(() -> Database.open(fake)).isInstanceOf(DomainException.class);
    assertThat(Files.readString(fake)).isEqualTo("Đây không phải cơ sở dữ liệu");
  }

  @Test
  void workReachingAClosedDatabaseSaysItIsClosedNotThatSomethingFailed() {
    Database db = Database.open(dir.resolve("db"));
    Object one = db.read(ctx -> ctx.fetchValue("select 1"));
    assertThat(one).isEqualTo(1);
    // An ordinary failure on the open database is still H2's failure in the user's words.
    assertThatThrownBy(() -> db.read(ctx -> ctx.fetch("select * from no_such_table")))
        .isNotInstanceOf(DataClosedException.class);

    db.close();

    assertThatThrownBy(() -> db.read(ctx -> ctx.fetchValue("select 1")))
        .isInstanceOf(DataClosedException.class);
    assertThatThrownBy(() -> db.write(ctx -> ctx.execute("select 1")))
        .isInstanceOf(DataClosedException.class);
  }
}
