package vn.kiemtra.ui.editor;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.ReadinessCheck;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Shortcuts;
import vn.kiemtra.ui.common.Texts;

/**
 * The check before "ready to sign": what is still missing, each entry jumping to its field; the
 * status changes to "chờ ký" only when nothing is missing.
 */
final class ReadinessTab {
  private final Messages m = Texts.ui();
  private final Messages w = Messages.of("window");
  private final EditorViewModel vm;
  private final Consumer<ReadinessCheck.Gap> jump;
  private final ListView<ReadinessCheck.Gap> gaps = new ListView<>();
  private final Label summary = new Label();
  private final Button ready = new Button();

  ReadinessTab(EditorViewModel vm, Consumer<ReadinessCheck.Gap> jump) {
    this.vm = vm;
    this.jump = jump;
  }

  Node build() {
    gaps.setId("readiness-list");
    gaps.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(ReadinessCheck.Gap g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : text(g));
                setWrapText(true);
              }
            });
    gaps.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && gaps.getSelectionModel().getSelectedItem() != null) {
            jump.accept(gaps.getSelectionModel().getSelectedItem());
          }
        });
    gaps.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER
              && gaps.getSelectionModel().getSelectedItem() != null) {
            jump.accept(gaps.getSelectionModel().getSelectedItem());
          }
        });
    summary.setId("readiness-summary");
    ready.setText(m.get("readiness.markReady"));
    ready.setId("readiness-ready");
    Shortcuts.tooltip(ready, EditorShortcuts.MARK_READY);
    ready.setOnAction(
        e -> vm.edit(i -> i.toBuilder().status(InspectionStatus.READY_TO_SIGN).build()));
    Button refresh = new Button(m.get("readiness.refresh"));
    refresh.setId("readiness-refresh");
    refresh.setOnAction(e -> refresh());
    vm.inspection().addListener((o, a, b) -> refresh());
    refresh();
    VBox root = new VBox(10, summary, gaps, new javafx.scene.layout.FlowPane(8, 6, refresh, ready));
    VBox.setVgrow(gaps, javafx.scene.layout.Priority.ALWAYS);
    root.setPadding(new Insets(12));
    return root;
  }

  /** A missing criterion is named by code and text, not by its code only. */
  private String text(ReadinessCheck.Gap g) {
    if (g.kind() == ReadinessCheck.Kind.UNASSESSED_CRITERION) {
      String name =
          vm.template().get().criterion(g.subject()).map(c -> c.text()).orElse(g.subject());
      return w.get("gap.UNASSESSED_CRITERION", g.subject(), name);
    }
    return m.get("gap." + g.kind(), g.subject());
  }

  /** Marks the inspection ready to sign when nothing is missing (the button's shortcut). */
  void markReady() {
    if (!ready.isDisabled()) {
      ready.fire();
    }
  }

  void refresh() {
    var list = vm.gaps();
    gaps.getItems().setAll(list);
    summary.setText(
        list.isEmpty() ? m.get("readiness.complete") : m.get("readiness.missing", list.size()));
    InspectionStatus status = vm.inspection().get().status();
    ready.setDisable(
        !list.isEmpty() || vm.readOnly().get() || status == InspectionStatus.READY_TO_SIGN);
  }
}
