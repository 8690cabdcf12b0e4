package vn.kiemtra.ui.templates;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateWords;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Texts;

/** The checklist screen's questions as JavaFX dialogs and file choosers. */
final class FxTemplateDialogs implements TemplateDialogs {
  private final Messages m = Messages.of("templates");
  private final java.util.function.Supplier<Window> owner;

  FxTemplateDialogs(java.util.function.Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public Optional<NewTemplate> askNew() {
    Dialog<NewTemplate> d = new Dialog<>();
    d.initOwner(owner.get());
    d.setTitle(m.get("ui.new.title"));
    ButtonType ok = new ButtonType(m.get("ui.ok"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(m.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    d.getDialogPane().getButtonTypes().setAll(ok, cancel);
    TextField code = Texts.nfc(new TextField());
    TextField version = Texts.nfc(new TextField(String.valueOf(java.time.Year.now().getValue())));
    TextField name = Texts.nfc(new TextField());
    ComboBox<TemplateLevel> level = new ComboBox<>();
    level.getItems().setAll(TemplateLevel.values());
    level.setValue(TemplateLevel.XA);
    level.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(TemplateLevel l) {
            return l == null ? "" : TemplateWords.level(l);
          }

          @Override
          public TemplateLevel fromString(String s) {
            return null;
          }
        });
    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(6);
    g.addRow(0, new Label(m.get("ui.field.templateCode")), code);
    g.addRow(1, new Label(m.get("ui.field.version")), version);
    g.addRow(2, new Label(m.get("ui.field.name")), name);
    g.addRow(3, new Label(m.get("ui.field.level")), level);
    d.getDialogPane().setContent(g);
    d.setResultConverter(
        b ->
            b == ok
                ? new NewTemplate(
                    code.getText(), version.getText(), name.getText(), level.getValue())
                : null);
    return d.showAndWait();
  }

  @Override
  public Optional<String> askVersion(String current) {
    TextInputDialog d = new TextInputDialog(current);
    d.initOwner(owner.get());
    d.setTitle(m.get("ui.newVersion.title"));
    d.setHeaderText(m.get("ui.newVersion.header"));
    return d.showAndWait();
  }

  @Override
  public boolean confirmPublish(String question, List<String> changes) {
    Alert a = new Alert(Alert.AlertType.CONFIRMATION);
    a.initOwner(owner.get());
    a.setTitle(m.get("ui.publish.title"));
    a.setHeaderText(question);
    TextArea list =
        new TextArea(
            changes.isEmpty() ? m.get("ui.publish.first") : "- " + String.join("\n- ", changes));
    list.setEditable(false);
    list.setWrapText(true);
    a.getDialogPane().setContent(list);
    ButtonType yes = new ButtonType(m.get("ui.publish"), ButtonBar.ButtonData.OK_DONE);
    ButtonType no = new ButtonType(m.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    a.getButtonTypes().setAll(yes, no);
    return a.showAndWait().filter(b -> b == yes).isPresent();
  }

  @Override
  public boolean confirm(String question) {
    return vn.kiemtra.ui.common.Dialogs.confirm(owner.get(), question);
  }

  @Override
  public Optional<Path> openFile() {
    FileChooser c = chooser();
    File f = c.showOpenDialog(owner.get());
    return Optional.ofNullable(f).map(File::toPath);
  }

  @Override
  public Optional<Path> saveFile(String suggestedName) {
    FileChooser c = chooser();
    c.setInitialFileName(suggestedName);
    File f = c.showSaveDialog(owner.get());
    return Optional.ofNullable(f).map(File::toPath);
  }

  private FileChooser chooser() {
    FileChooser c = new FileChooser();
    c.setTitle(m.get("ui.file.title"));
    c.getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(m.get("ui.file.xlsx"), "*.xlsx"),
            new FileChooser.ExtensionFilter(m.get("ui.file.json"), "*.json"));
    return c;
  }

  @Override
  public void showProblems(String title, List<String> problems) {
    Alert a = new Alert(Alert.AlertType.ERROR);
    a.initOwner(owner.get());
    a.setTitle(m.get("ui.import.title"));
    a.setHeaderText(title);
    TextArea list = new TextArea(String.join("\n", problems));
    list.setEditable(false);
    list.setWrapText(true);
    a.getDialogPane().setContent(list);
    a.showAndWait();
  }

  @Override
  public void inform(String message) {
    Alert a =
        new Alert(
            Alert.AlertType.INFORMATION,
            message,
            new ButtonType(m.get("ui.close"), ButtonBar.ButtonData.OK_DONE));
    a.initOwner(owner.get());
    a.setTitle(m.get("ui.title"));
    a.setHeaderText(null);
    a.showAndWait();
  }
}
