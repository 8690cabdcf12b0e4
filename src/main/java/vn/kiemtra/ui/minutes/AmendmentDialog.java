package vn.kiemtra.ui.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import vn.kiemtra.core.minutes.AmendmentRequest;
import vn.kiemtra.core.minutes.AmendmentTime;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Texts;

/**
 * Asks for a "biên bản bổ sung": what is added or corrected, and the date, time and place of the
 * meeting that makes it, as the team enters them (nothing is taken from the computer clock). "Ghi"
 * stays disabled, with one sentence saying what is missing, until every input is usable.
 */
public final class AmendmentDialog extends Dialog<AmendmentRequest> {
  private final Messages messages = Messages.of("report");
  private final TextArea text = Texts.nfc(new TextArea());
  private final DatePicker date = Texts.datePicker(null);
  private final TextField time = Texts.nfc(new TextField());
  private final TextField place = Texts.nfc(new TextField());
  private final Label problem = new Label();
  private final ButtonType save;

  public AmendmentDialog(Window owner, String inspectionTitle) {
    if (owner != null) {
      initOwner(owner);
    }
    setTitle(messages.get("ui.minutes.amend.title"));
    setHeaderText(messages.get("ui.minutes.amend.header", inspectionTitle));
    setResizable(true);
    save = new ButtonType(messages.get("ui.minutes.amend.save"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel =
        new ButtonType(messages.get("ui.minutes.amend.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    getDialogPane().getButtonTypes().setAll(save, cancel);
    getDialogPane().setContent(form());
    getDialogPane().lookupButton(save).setId("amendSave");
    getDialogPane().setPrefWidth(620);
    date.getEditor().textProperty().addListener((o, a, b) -> check());
    date.valueProperty().addListener((o, a, b) -> check());
    time.textProperty().addListener((o, a, b) -> check());
    place.textProperty().addListener((o, a, b) -> check());
    text.textProperty().addListener((o, a, b) -> check());
    check();
    setResultConverter(button -> button == save ? request().orElse(null) : null);
  }

  private Node form() {
    text.setId("amendText");
    text.setWrapText(true);
    text.setPrefRowCount(8);
    text.setPromptText(messages.get("ui.minutes.amend.textPrompt"));
    date.setId("amendDate");
    time.setId("amendTime");
    time.setPromptText("09:30");
    time.setPrefColumnCount(6);
    place.setId("amendPlace");
    place.setPromptText(messages.get("ui.minutes.amend.placePrompt"));
    problem.setId("amendProblem");
    problem.setWrapText(true);
    problem.setStyle("-fx-text-fill: #b00020;");
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(12));
    grid.addRow(0, label("ui.minutes.amend.when"), new HBox(8, date, time));
    grid.addRow(1, label("ui.minutes.amend.place"), place);
    Label textLabel = label("ui.minutes.amend.text");
    GridPane.setValignment(textLabel, javafx.geometry.VPos.TOP);
    grid.addRow(2, textLabel, text);
    grid.add(problem, 1, 3);
    GridPane.setHgrow(place, Priority.ALWAYS);
    GridPane.setHgrow(text, Priority.ALWAYS);
    GridPane.setVgrow(text, Priority.ALWAYS);
    return grid;
  }

  /** A row label that is never cut to "…". */
  private Label label(String key) {
    Label label = new Label(messages.get(key));
    label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return label;
  }

  /** What the inputs make, or empty with the reason shown under them. */
  private Optional<AmendmentRequest> request() {
    String dateText = date.getEditor().getText();
    LocalDate day = date.getValue();
    Optional<LocalTime> hour = AmendmentTime.time(time.getText());
    String reason = null;
    if (day == null || dateText == null || dateText.isBlank()) {
      reason = messages.get("ui.minutes.amend.noDate");
    } else if (hour.isEmpty()) {
      reason =
          time.getText() == null || time.getText().isBlank()
              ? messages.get("ui.minutes.amend.noTime")
              : messages.get("ui.minutes.amend.badTime", time.getText().strip());
    } else if (Texts.value(place).isBlank()) {
      reason = messages.get("ui.minutes.amend.noPlace");
    } else if (Texts.value(text).isBlank()) {
      reason = messages.get("ui.minutes.amend.noText");
    }
    problem.setText(reason == null ? "" : reason);
    if (reason != null) {
      return Optional.empty();
    }
    return Optional.of(
        new AmendmentRequest(Texts.value(text), day.atTime(hour.get()), Texts.value(place)));
  }

  private void check() {
    getDialogPane().lookupButton(save).setDisable(request().isEmpty());
  }
}
