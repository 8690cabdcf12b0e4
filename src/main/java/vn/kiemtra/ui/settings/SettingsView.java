package vn.kiemtra.ui.settings;

import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.settings.AppSettings;
import vn.kiemtra.core.settings.AppSettingsService;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.DisplayConverter;
import vn.kiemtra.ui.common.Texts;
import vn.kiemtra.ui.common.UiExecutor;

/** Settings: device name, default header of new inspections, language. */
public final class SettingsView {
  /** Where the language is kept so the next start shows its first window in it. */
  public static final String LANGUAGE_PREFERENCE = "language";

  private final Messages m = Texts.ui();
  private final Services services;
  private final UiExecutor executor;

  public SettingsView(Services services, UiExecutor executor) {
    this.services = services;
    this.executor = executor;
  }

  public static Preferences preferences() {
    return Preferences.userRoot().node("vn/kiemtra");
  }

  public void show(Window owner) {
    AppSettingsService store =
        new AppSettingsService(
            services.settings(), new WindowSettingOwners(services.sync(), preferences()));
    executor.run(store::load, s -> open(owner, store, s), e -> Dialogs.error(owner, e));
  }

  private void open(Window owner, AppSettingsService store, AppSettings s) {
    Stage dialog = new Stage();
    dialog.initOwner(owner);
    dialog.initModality(Modality.WINDOW_MODAL);
    dialog.setTitle(m.get("settings.title"));
    TextField device = field("settings-device", s.deviceName());
    Issuer is = s.defaultIssuer();
    TextField governing = field("settings-governing", is.governingBody());
    TextField issuing = field("settings-issuing", is.issuingBody());
    TextField symbol = field("settings-symbol", is.documentSymbol());
    TextField place = field("settings-place", is.placeName());
    ComboBox<String> language =
        new ComboBox<>(
            FXCollections.observableArrayList(AppSettings.VIETNAMESE, AppSettings.ENGLISH));
    language.setId("settings-language");
    language.setValue(s.language());
    language.setConverter(
        DisplayConverter.of(code -> code == null ? "" : m.get("settings.language." + code)));
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    // Labels keep their full width; the inputs take what is left and shrink first.
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
    inputs.setHgrow(javafx.scene.layout.Priority.ALWAYS);
    inputs.setMinWidth(160);
    grid.getColumnConstraints().addAll(labels, inputs);
    grid.addRow(0, new Label(m.get("settings.device")), device);
    grid.addRow(1, new Label(m.get("settings.governingBody")), governing);
    grid.addRow(2, new Label(m.get("settings.issuingBody")), issuing);
    grid.addRow(3, new Label(m.get("settings.documentSymbol")), symbol);
    grid.addRow(4, new Label(m.get("settings.placeName")), place);
    grid.addRow(5, new Label(m.get("settings.language")), language);
    Label note = new Label(m.get("settings.languageNote"));
    note.setWrapText(true);
    Button save = new Button(m.get("settings.save"));
    save.setId("settings-save");
    save.setDefaultButton(true);
    Button cancel = new Button(m.get("settings.cancel"));
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> dialog.close());
    save.setOnAction(
        e -> {
          AppSettings updated =
              new AppSettings(
                  Texts.value(device),
                  new Issuer(
                      Texts.value(governing),
                      Texts.value(issuing),
                      Texts.value(symbol),
                      Texts.value(place)),
                  language.getValue());
          executor.run(
              () -> {
                store.save(updated);
                return updated;
              },
              done -> dialog.close(),
              err -> Dialogs.error(dialog, err));
        });
    VBox root = new VBox(12, grid, note, new HBox(8, save, cancel));
    root.setPadding(new Insets(16));
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(root);
    scroll.setFitToWidth(true);
    Scene scene = new Scene(scroll);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    dialog.setScene(scene);
    dialog.sizeToScene();
    dialog.show();
  }

  private static TextField field(String id, String value) {
    TextField f = Texts.nfc(new TextField(value == null ? "" : value));
    f.setId(id);
    f.setPrefColumnCount(30);
    return f;
  }
}
