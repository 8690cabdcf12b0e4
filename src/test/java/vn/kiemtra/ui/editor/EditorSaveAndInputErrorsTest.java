package vn.kiemtra.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.evidence.EvidenceRepository;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionDocumentFormat;
import vn.kiemtra.core.inspection.InspectionRepository;
import vn.kiemtra.core.inspection.InspectionService;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.core.inspection.UnitRepository;
import vn.kiemtra.core.minutes.MinutesService;
import vn.kiemtra.core.settings.SettingsRepository;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.sync.SyncService;
import vn.kiemtra.persistence.JooqInspectionRepository;
import vn.kiemtra.testsupport.Inspections;
import vn.kiemtra.ui.common.FxUiExecutor;

/**
 * Nothing fails silently in the editor: a failed autosave is red with "Thử lại", closing with an
 * edit that cannot be saved asks first, a bad time is an error on the field (never a silent 08:00),
 * and the answer editor shows only the inputs of the criterion's answer type.
 */
@ExtendWith(ApplicationExtension.class)
class EditorSaveAndInputErrorsTest {
  @TempDir static Path dir;

  private final AtomicBoolean diskFull = new AtomicBoolean();
  private AppContext app;
  private EditorView editor;
  private UUID id;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1200, 800));
    stage.show();
  }

  /** The database opened outside TestFX's set-up limit; saves fail while {@link #diskFull}. */
  private void open(FxRobot robot) {
    app = AppContext.open(dir.resolve(UUID.randomUUID().toString()).resolve("db"));
    id =
        Inspections.storedBlank(
                app, "Kiểm tra cải cách hành chính năm 2026", LocalDateTime.of(2026, 3, 2, 8, 0))
            .id();
    InspectionService failing =
        new InspectionService(
            new FailingWhenFull(new JooqInspectionRepository(app.database())), app.checklists());
    Services services = new WithInspections(app, failing);
    robot.interact(
        () -> {
          editor = new EditorView(services, new FxUiExecutor(), id, stage, extensions(), p -> {});
          stage.getScene().setRoot((javafx.scene.Parent) editor.node());
        });
    waitUntil(() -> robot.lookup("#field-title").tryQuery().isPresent());
  }

  private static EditorView.Extensions extensions() {
    return new EditorView.Extensions();
  }

  @AfterEach
  void close() {
    diskFull.set(false);
    if (editor != null) {
      editor.model().closeAndWait();
    }
    if (app != null) {
      app.close();
    }
  }

  private Inspection stored() {
    return app.inspections().require(id).inspection();
  }

  private Label label(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class);
  }

  private boolean showing(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
  }

  @Test
  void aFailedAutosaveIsRedWithRetryAndTheRetryStoresTheEdit(FxRobot robot) {
    open(robot);
    diskFull.set(true);
    TextField title = robot.lookup("#field-title").queryAs(TextField.class);
    robot.interact(() -> title.setText("Kiểm tra đột xuất"));

    waitUntil(() -> label(robot, "#save-status").getText().startsWith("Chưa lưu được"));
    assertThat(label(robot, "#save-status").getText())
        .contains("Ổ đĩa đã đầy")
        .containsPattern("E-[0-9A-F]{4}");
    assertThat(label(robot, "#save-status").getStyleClass()).contains("save-failed");
    assertThat(showing(robot, "#save-retry")).isTrue();
    assertThat(stored().title()).isEqualTo("Kiểm tra cải cách hành chính năm 2026");

    diskFull.set(false);
    robot.clickOn("#save-retry");

    waitUntil(() -> stored().title().equals("Kiểm tra đột xuất"));
    waitUntil(() -> label(robot, "#save-status").getText().startsWith("Đã lưu"));
    assertThat(label(robot, "#save-status").getStyleClass()).doesNotContain("save-failed");
    assertThat(showing(robot, "#save-retry")).isFalse();
  }

  @Test
  void closingWithAnEditThatCannotBeSavedAsksAndStayingKeepsTheEditor(FxRobot robot) {
    open(robot);
    diskFull.set(true);
    TextField place = robot.lookup("#field-place").queryAs(TextField.class);
    AtomicBoolean closed = new AtomicBoolean();
    robot.interact(
        () -> {
          place.setText("Trụ sở UBND xã");
          editor.requestClose(() -> closed.set(true));
        });

    waitUntil(() -> robot.lookup("#close-unsaved").tryQuery().isPresent());
    assertThat(robot.lookup("#close-unsaved .content").queryAs(Label.class).getText())
        .contains("Ổ đĩa đã đầy");
    robot.clickOn("Ở lại để lưu");
    assertThat(closed.get()).isFalse();
    assertThat(editor.model().hasUnsavedEdits()).isTrue();

    diskFull.set(false);
    robot.interact(() -> editor.requestClose(() -> closed.set(true)));
    waitUntil(closed::get);
    assertThat(robot.lookup("#close-unsaved").tryQuery()).isEmpty();
    assertThat(stored().place()).isEqualTo("Trụ sở UBND xã");
  }

  @Test
  void aBadTimeIsAnErrorOnTheFieldAndIsNotSavedAsEightOClock(FxRobot robot) {
    open(robot);
    TextField time = robot.lookup("#field-start-time").queryAs(TextField.class);
    robot.interact(() -> time.setText("14:30"));
    waitUntil(() -> stored().startedAt().equals(LocalDateTime.of(2026, 3, 2, 14, 30)));

    robot.interact(() -> time.setText("14:75"));
    waitUntil(() -> showing(robot, "#field-start-error"));
    assertThat(label(robot, "#field-start-error").getText())
        .isEqualTo(
            "Giờ \"14:75\" không đúng dạng giờ:phút (ví dụ 08:30). Sửa lại ô giờ; giờ cũ vẫn được giữ.");
    assertThat(time.getStyleClass()).contains("invalid");
    robot.interact(() -> time.setText(""));
    assertThat(label(robot, "#field-start-error").getText()).startsWith("Chưa nhập giờ");
    editor.model().flushInBackground().join();
    assertThat(stored().startedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 14, 30));

    robot.interact(() -> time.setText("9h05"));
    waitUntil(() -> stored().startedAt().equals(LocalDateTime.of(2026, 3, 2, 9, 5)));
    assertThat(showing(robot, "#field-start-error")).isFalse();
    assertThat(time.getStyleClass()).doesNotContain("invalid");
  }

  @Test
  void aBadNumberOfCopiesIsAnErrorOnTheField(FxRobot robot) {
    open(robot);
    TextField copies = robot.lookup("#field-copies").queryAs(TextField.class);
    robot.interact(() -> copies.setText("4"));
    waitUntil(() -> Integer.valueOf(4).equals(stored().copies()));
    robot.interact(() -> copies.setText("bốn"));
    waitUntil(() -> showing(robot, "#field-copies-error"));
    editor.model().flushInBackground().join();
    assertThat(stored().copies()).isEqualTo(4);
  }

  @Test
  void theAnswerEditorShowsOnlyTheInputsOfTheAnswerType(FxRobot robot) {
    open(robot);
    robot.interact(
        () ->
            robot
                .lookup(".tab-pane")
                .queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel()
                .select(1));
    // CD12: Đạt / Không đạt. CD04: the same, with the document it rests on. CD02: four levels.
    // CD06: a count. CD03: a ratio. CS03: a ratio with a count beside it.
    String[][] cases = {
      {"CD12", "result-PASS", "result-PARTIAL answer-count answer-numerator answer-doc-number"},
      {"CD04", "answer-doc-number answer-doc-date", "result-PARTIAL answer-count answer-numerator"},
      {"CD02", "result-PARTIAL", "answer-count answer-numerator answer-doc-number"},
      {"CD06", "answer-count answer-qualifier", "answer-numerator answer-doc-number"},
      {"CD03", "answer-numerator answer-denominator", "answer-count answer-doc-number"},
      {"CS03", "answer-numerator answer-count", "answer-doc-number result-NOT_APPLICABLE_X"},
    };
    for (String[] c : cases) {
      robot.interact(() -> editor.checklist().select(c[0]));
      waitUntil(() -> label(robot, "#criterion-title").getText().startsWith(c[0]));
      for (String shown : c[1].split(" ")) {
        assertThat(robot.lookup("#" + shown).tryQuery()).as(c[0] + " shows " + shown).isPresent();
      }
      for (String hidden : c[2].split(" ")) {
        assertThat(robot.lookup("#" + hidden).tryQuery()).as(c[0] + " hides " + hidden).isEmpty();
      }
      assertThat(robot.lookup("#answer-note").tryQuery()).isPresent();
    }
    // CD04 does not allow "không áp dụng": its button is there but cannot be chosen.
    robot.interact(() -> editor.checklist().select("CD04"));
    assertThat(
            robot
                .lookup("#result-NOT_APPLICABLE")
                .queryAs(javafx.scene.control.ToggleButton.class)
                .isDisabled())
        .isTrue();
  }

  /** The real repository, failing every write with the full-disk message while the disk is full. */
  private final class FailingWhenFull implements InspectionRepository {
    private final InspectionRepository real;

    FailingWhenFull(InspectionRepository real) {
      this.real = real;
    }

    private void check() {
      if (diskFull.get()) {
        throw new DomainException("Ổ đĩa đã đầy; dữ liệu chưa thay đổi.");
      }
    }

    @Override
    public Optional<StoredInspection> find(UUID id) {
      return real.find(id);
    }

    @Override
    public List<InspectionSummary> list() {
      return real.list();
    }

    @Override
    public List<InspectionSummary> listDeleted() {
      return real.listDeleted();
    }

    @Override
    public SaveOutcome save(Inspection inspection) {
      check();
      return real.save(inspection);
    }

    @Override
    public SaveOutcome save(Inspection inspection, long expectedVersion) {
      check();
      return real.save(inspection, expectedVersion);
    }

    @Override
    public void delete(UUID id) {
      real.delete(id);
    }

    @Override
    public void restore(UUID id) {
      real.restore(id);
    }
  }

  /** The application's services with another inspection service. */
  private record WithInspections(AppContext app, InspectionService inspections)
      implements Services {
    @Override
    public ChecklistService checklists() {
      return app.checklists();
    }

    @Override
    public vn.kiemtra.core.checklist.TemplateService templates() {
      return app.templates();
    }

    @Override
    public EvidenceRepository evidence() {
      return app.evidence();
    }

    @Override
    public SettingsRepository settings() {
      return app.settings();
    }

    @Override
    public UnitRepository units() {
      return app.units();
    }

    @Override
    public InspectionDocumentFormat documentFormat() {
      return app.documentFormat();
    }

    @Override
    public MinutesService minutes() {
      return app.minutes();
    }

    @Override
    public SyncService sync() {
      return app.sync();
    }

    @Override
    public vn.kiemtra.core.backup.BackupService backups() {
      return app.backups();
    }

    @Override
    public Optional<vn.kiemtra.core.backup.RecoveryReport> recovery() {
      return app.recovery();
    }

    @Override
    public UUID deviceId() {
      return app.deviceId();
    }

    @Override
    public Path databaseFile() {
      return app.databaseFile();
    }

    @Override
    public void close() {}
  }
}
