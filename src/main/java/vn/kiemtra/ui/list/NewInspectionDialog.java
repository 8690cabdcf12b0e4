package vn.kiemtra.ui.list;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.checklist.TemplateWords;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.start.InspectionStarter;
import vn.kiemtra.ui.common.Texts;

/**
 * "Cuộc kiểm tra mới": the level of the inspected unit and the published checklist to use, with the
 * newest version of the level preselected, so Enter alone starts the usual one.
 */
final class NewInspectionDialog {
  private final Messages m = Texts.ui();
  private final Dialog<TemplateRef> dialog = new Dialog<>();
  private final ComboBox<TemplateLevel> level = new ComboBox<>();
  private final ComboBox<ChecklistTemplate> template = new ComboBox<>();

  NewInspectionDialog(Window owner, InspectionStarter.Offer offer) {
    dialog.initOwner(owner);
    dialog.setTitle(m.get("newInspection.title"));
    dialog.setHeaderText(m.get("newInspection.header"));
    ButtonType create = new ButtonType(m.get("newInspection.create"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel =
        new ButtonType(m.get("newInspection.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().setAll(create, cancel);
    dialog.getDialogPane().lookupButton(create).setId("newInspection-create");
    dialog.getDialogPane().lookupButton(cancel).setId("newInspection-cancel");

    level.setId("newInspection-level");
    level.getItems().setAll(offer.levels());
    level.setConverter(text(l -> TemplateWords.level(l)));
    template.setId("newInspection-template");
    template.setConverter(
        text(t -> m.get("newInspection.templateItem", t.code(), t.version(), t.name())));
    template.setMaxWidth(Double.MAX_VALUE);
    level
        .valueProperty()
        .addListener(
            (o, was, now) -> {
              template.getItems().setAll(now == null ? java.util.List.of() : offer.of(now));
              template.setValue(now == null ? null : offer.newest(now).orElse(null));
            });
    level.setValue(offer.level());
    dialog
        .getDialogPane()
        .lookupButton(create)
        .disableProperty()
        .bind(template.valueProperty().isNull());

    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label(m.get("newInspection.level")), level);
    grid.addRow(1, new Label(m.get("newInspection.template")), template);
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
    inputs.setHgrow(javafx.scene.layout.Priority.ALWAYS);
    grid.getColumnConstraints().setAll(labels, inputs);
    grid.setPrefWidth(560);
    dialog.getDialogPane().setContent(grid);
    dialog.setResultConverter(
        b -> b == create && template.getValue() != null ? template.getValue().ref() : null);
    dialog.setOnShown(e -> template.requestFocus());
  }

  /**
   * Styles and lays the choice out without showing it, so the first Ctrl+N finds its classes and
   * skins loaded (the window's warm-up); the dialog is then thrown away.
   */
  void styleUnshown() {
    javafx.scene.control.DialogPane pane = dialog.getDialogPane();
    if (pane.getScene() == null) {
      new javafx.scene.Scene(pane);
    }
    pane.applyCss();
    pane.resize(pane.prefWidth(-1), pane.prefHeight(-1));
    pane.layout();
  }

  /** Shows the dialog and waits: the chosen version, or empty when cancelled. */
  Optional<TemplateRef> ask() {
    return dialog.showAndWait();
  }

  private static <T> StringConverter<T> text(java.util.function.Function<T, String> shown) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : shown.apply(value);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }
}
