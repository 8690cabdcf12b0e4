package vn.kiemtra.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemtra.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.ParticipantRole;
import vn.kiemtra.core.inspection.TeamRole;
import vn.kiemtra.testsupport.Inspections;
import vn.kiemtra.ui.UiTestSupport;
import vn.kiemtra.ui.common.FxUiExecutor;

/**
 * Enters the seed inspection (shared/fixtures/seed-inspection.json) through the editor, field by
 * field, and compares what was stored with the fixture.
 */
@ExtendWith(ApplicationExtension.class)
class SeedEntryTest {
  private AppContext app;
  private EditorView editor;
  private UUID id;

  @Start
  void start(Stage stage) throws Exception {
    app = AppContext.open(Files.createTempDirectory("kiemtra-ui-seed").resolve("db"));
    Inspection blank =
        Inspections.storedBlank(
            app, "Cuộc kiểm tra mới", java.time.LocalDateTime.of(2026, 1, 5, 9, 0));
    id = blank.id();
    editor =
        new EditorView(app, new FxUiExecutor(), id, stage, new EditorView.Extensions(), p -> {});
    stage.setScene(new Scene((javafx.scene.Parent) editor.node(), 1200, 800));
    stage.show();
  }

  @AfterEach
  void close() {
    editor.close();
    app.close();
  }

  private void text(FxRobot robot, String fieldId, String value) {
    TextInputControl field = robot.lookup("#" + fieldId).queryAs(TextInputControl.class);
    robot.interact(() -> field.setText(value == null ? "" : value));
  }

  private void tab(FxRobot robot, String tabId) {
    TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
    robot.interact(
        () ->
            tabs.getSelectionModel()
                .select(
                    tabs.getTabs().stream()
                        .filter(t -> tabId.equals(t.getId()))
                        .findFirst()
                        .orElseThrow()));
  }

  private <T> void pick(FxRobot robot, String comboId, T value) {
    ComboBox<T> combo = robot.lookup("#" + comboId).queryComboBox();
    robot.interact(() -> combo.setValue(value));
  }

  @Test
  void theSeedInspectionEnteredThroughTheWindowIsStoredAsTheFixture(FxRobot robot) {
    Inspection seed = UiTestSupport.fixture(app, "seed-inspection.json");
    waitUntil(() -> robot.lookup("#field-title").tryQuery().isPresent());

    text(robot, "field-title", seed.title());
    DatePicker startDate = robot.lookup("#field-start-date").queryAs(DatePicker.class);
    robot.interact(() -> startDate.setValue(seed.startedAt().toLocalDate()));
    text(robot, "field-start-time", "08:00");
    DatePicker endDate = robot.lookup("#field-end-date").queryAs(DatePicker.class);
    robot.interact(() -> endDate.setValue(seed.endedAt().toLocalDate()));
    text(robot, "field-end-time", "11:30");
    text(robot, "field-place", seed.place());
    ComboBox<String> unit = robot.lookup("#field-unit").queryComboBox();
    robot.interact(() -> unit.getEditor().setText(seed.unit().name()));
    text(robot, "field-unit-short", seed.unit().shortName());
    text(robot, "field-governing", seed.issuer().governingBody());
    text(robot, "field-issuing", seed.issuer().issuingBody());
    text(robot, "field-symbol", seed.issuer().documentSymbol());
    text(robot, "field-place-name", seed.issuer().placeName());
    text(robot, "field-copies", "2");
    for (String line : seed.basis()) {
      text(robot, "basis-new", line);
      robot.interact(() -> robot.lookup("#basis-add").queryAs(Button.class).fire());
    }
    robot.interact(() -> robot.lookup("#team-add").queryAs(Button.class).fire());
    text(robot, "team-name-0", seed.team().get(0).fullName());
    text(robot, "team-position-0", seed.team().get(0).position());
    text(robot, "team-org-0", seed.team().get(0).organisation());
    pick(robot, "team-role-0", TeamRole.LEADER);
    robot.interact(() -> robot.lookup("#participant-add").queryAs(Button.class).fire());
    text(robot, "participant-name-0", seed.unitParticipants().get(0).fullName());
    text(robot, "participant-position-0", seed.unitParticipants().get(0).position());
    pick(robot, "participant-role-0", ParticipantRole.REPRESENTATIVE);

    tab(robot, "editor-tab-checklist");
    for (Answer a : seed.answers()) {
      robot.interact(() -> editor.checklist().select(a.criterionCode()));
      waitUntil(
          () ->
              robot
                  .lookup("#criterion-title")
                  .queryAs(Label.class)
                  .getText()
                  .startsWith(a.criterionCode() + " "));
      robot.interact(
          () ->
              robot
                  .lookup("#result-" + a.result())
                  .queryAs(javafx.scene.control.ToggleButton.class)
                  .fire());
      if (a.count() != null) {
        pick(robot, "answer-qualifier", a.qualifier());
        text(robot, "answer-count", vn.kiemtra.core.text.VietnameseNumbers.format(a.count()));
      }
      text(robot, "answer-note", a.note());
    }

    tab(robot, "editor-tab-findings");
    for (AreaFinding f : seed.areaFindings()) {
      text(robot, "strengths-" + f.areaCode(), f.strengths());
      text(robot, "shortcomings-" + f.areaCode(), f.shortcomings());
    }
    text(robot, "overall-assessment", seed.overallAssessment());

    tab(robot, "editor-tab-recommendations");
    for (Recommendation r : seed.recommendations()) {
      robot.interact(() -> robot.lookup("#rec-add").queryAs(Button.class).fire());
      text(robot, "rec-text", r.text());
      text(robot, "rec-addressee", r.addressee());
      text(robot, "rec-related", String.join(", ", r.relatedItems()));
    }
    text(robot, "unit-response", seed.unitResponse());

    waitUntil(
        () ->
            app.inspections().require(id).inspection().recommendations().size() == 2
                && seed.unitResponse()
                    .equals(app.inspections().require(id).inspection().unitResponse()));
    editor.close();
    Inspection stored = app.inspections().require(id).inspection();
    List<Recommendation> sameIds = new ArrayList<>();
    for (int n = 0; n < stored.recommendations().size(); n++) {
      Recommendation r = stored.recommendations().get(n);
      sameIds.add(
          new Recommendation(
              seed.recommendations().get(n).id(),
              r.text(),
              r.addressee(),
              r.dueDate(),
              r.relatedItems(),
              r.status()));
    }
    Inspection comparable =
        stored.toBuilder()
            .id(seed.id())
            .status(InspectionStatus.READY_TO_SIGN)
            .recommendations(sameIds)
            .build();
    assertThat(comparable).isEqualTo(seed);
    assertThat(stored.status()).isEqualTo(InspectionStatus.IN_PROGRESS);
  }
}
