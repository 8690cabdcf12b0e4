package vn.kiemtra.ui.editor;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.ReadinessCheck;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Texts;

/**
 * The check before "ready to sign": what is still missing, each entry jumping to its field; the
 * status changes to "chờ ký" only when nothing is missing.
 */
final class ReadinessTab {
  private final Messages m = Texts.ui();
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
                setText(empty || g == null ? null : m.get("gap." + g.kind(), g.subject()));
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
    ready.setOnAction(
        e -> vm.edit(i -> i.toBuilder().status(InspectionStatus.READY_TO_SIGN).build()));
    Button refresh = new Button(m.get("readiness.refresh"));
    refresh.setId("readiness-refresh");
    refresh.setOnAction(e -> refresh());
    vm.inspection().addListener((o, a, b) -> refresh());
    refresh();
    VBox root = new VBox(10, summary, gaps, new HBox(8, refresh, ready));
    root.setPadding(new Insets(12));
    return root;
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
