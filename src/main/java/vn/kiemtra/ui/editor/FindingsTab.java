package vn.kiemtra.ui.editor;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.inspection.FindingDraftWriter;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.Shortcuts;
import vn.kiemtra.ui.common.Texts;

/** Findings: strengths and shortcomings per area, the overall assessment, and a one-click draft. */
final class FindingsTab {
  private final Messages m = Texts.ui();
  private final Messages w = Messages.of("window");
  private final EditorViewModel vm;
  private final Window owner;
  private final Map<String, TextArea> strengths = new HashMap<>();
  private final Map<String, TextArea> shortcomings = new HashMap<>();
  private TextArea overall;
  private Button draftButton;

  FindingsTab(EditorViewModel vm, Window owner) {
    this.vm = vm;
    this.owner = owner;
  }

  Node build() {
    Inspection in = vm.inspection().get();
    VBox content = new VBox(12);
    content.setPadding(new Insets(12));
    Button draft = new Button(m.get("findings.draft"));
    draft.setId("findings-draft");
    draft.setOnAction(e -> draft());
    draft.disableProperty().bind(vm.readOnly());
    Shortcuts.tooltip(draft, EditorShortcuts.DRAFT_FINDINGS);
    this.draftButton = draft;
    content.getChildren().add(draft);
    for (ChecklistArea area : vm.template().get().areas()) {
      AreaFinding f = in.finding(area.code()).orElse(new AreaFinding(area.code(), null, null));
      Label title = new Label(area.code() + " — " + area.name());
      title.setWrapText(true);
      title.getStyleClass().add("section-title");
      TextArea s =
          Fields.area(
              "strengths-" + area.code(),
              f.strengths(),
              3,
              v -> update(area.code(), Fields.orNull(v), true));
      TextArea w =
          Fields.area(
              "shortcomings-" + area.code(),
              f.shortcomings(),
              3,
              v -> update(area.code(), Fields.orNull(v), false));
      s.editableProperty().bind(vm.readOnly().not());
      w.editableProperty().bind(vm.readOnly().not());
      strengths.put(area.code(), s);
      shortcomings.put(area.code(), w);
      GridPane grid = new GridPane();
      grid.setHgap(10);
      grid.setVgap(6);
      javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
      labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      grid.getColumnConstraints().add(labels);
      grid.addRow(0, new Label(m.get("findings.strengths")), s);
      grid.addRow(1, new Label(m.get("findings.shortcomings")), w);
      javafx.scene.layout.GridPane.setHgrow(s, javafx.scene.layout.Priority.ALWAYS);
      javafx.scene.layout.GridPane.setHgrow(w, javafx.scene.layout.Priority.ALWAYS);
      content.getChildren().addAll(title, grid);
    }
    Label overallTitle = new Label(m.get("findings.overall"));
    overallTitle.getStyleClass().add("section-title");
    overall =
        Fields.area(
            "overall-assessment",
            in.overallAssessment(),
            4,
            v -> vm.edit(i -> i.toBuilder().overallAssessment(Fields.orNull(v)).build()));
    overall.editableProperty().bind(vm.readOnly().not());
    content.getChildren().addAll(overallTitle, overall);
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    return scroll;
  }

  /** Writes the draft (the button's shortcut). */
  void draftFromResults() {
    if (draftButton != null && !draftButton.isDisabled()) {
      draftButton.fire();
    }
  }

  TextArea overallField() {
    return overall;
  }

  private void update(String area, String text, boolean isStrength) {
    vm.edit(
        i -> {
          AreaFinding old = i.finding(area).orElse(new AreaFinding(area, null, null));
          return i.withFinding(
              isStrength
                  ? new AreaFinding(area, text, old.shortcomings())
                  : new AreaFinding(area, old.strengths(), text));
        });
  }

  /** Fills the texts from the answers; asks before replacing what the inspector wrote. */
  private void draft() {
    boolean hasText =
        strengths.values().stream().anyMatch(t -> !t.getText().isBlank())
            || shortcomings.values().stream().anyMatch(t -> !t.getText().isBlank())
            || !overall.getText().isBlank();
    if (hasText
        && !Dialogs.confirm(
            owner,
            w.get("findings.replace.title"),
            m.get("findings.confirmReplace"),
            w.get("findings.replace.act"),
            w.get("findings.replace.keep"))) {
      return;
    }
    FindingDraftWriter.Draft d =
        new FindingDraftWriter()
            .write(vm.inspection().get(), vm.template().get(), vm.score().get());
    for (String area : strengths.keySet()) {
      AreaFinding f = d.finding(area).orElse(new AreaFinding(area, null, null));
      strengths.get(area).setText(f.strengths() == null ? "" : f.strengths());
      shortcomings.get(area).setText(f.shortcomings() == null ? "" : f.shortcomings());
    }
    overall.setText(d.overallAssessment() == null ? "" : d.overallAssessment());
  }
}
