package vn.kiemtra.ui.editor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.inspection.ParticipantRole;
import vn.kiemtra.core.inspection.TeamMember;
import vn.kiemtra.core.inspection.TeamRole;
import vn.kiemtra.core.inspection.UnitParticipant;
import vn.kiemtra.core.inspection.UnitRef;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.VietnameseText;
import vn.kiemtra.ui.common.DisplayConverter;
import vn.kiemtra.ui.common.Shortcuts;
import vn.kiemtra.ui.common.Texts;

/** General part: title, time, place, unit, header, basis documents, team and unit participants. */
final class GeneralTab {
  private final Messages m = Texts.ui();
  private final Messages e = Messages.of("editing");
  private final Messages w = Messages.of("window");
  private final EditorViewModel vm;
  private final VBox teamRows = new VBox(6);
  private final VBox participantRows = new VBox(6);
  private final ListView<String> basis = new ListView<>();
  private TextField basisInput;

  GeneralTab(EditorViewModel vm) {
    this.vm = vm;
  }

  Node build(List<String> unitNames) {
    Inspection in = vm.inspection().get();
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    int r = 0;
    grid.addRow(
        r++,
        label("general.title"),
        Fields.text("field-title", in.title(), v -> vm.edit(i -> i.toBuilder().title(v).build())));
    grid.addRow(r++, label("general.start"), dateTime("field-start", in.startedAt(), true));
    grid.addRow(r++, label("general.end"), dateTime("field-end", in.endedAt(), false));
    grid.addRow(
        r++,
        label("general.place"),
        Fields.text("field-place", in.place(), v -> vm.edit(i -> i.toBuilder().place(v).build())));
    ComboBox<String> unit = new ComboBox<>(FXCollections.observableArrayList(unitNames));
    unit.setEditable(true);
    unit.setId("field-unit");
    unit.setMaxWidth(Double.MAX_VALUE);
    Texts.nfc(unit.getEditor());
    unit.getEditor().setText(in.unit() == null ? "" : in.unit().name());
    unit.getEditor()
        .textProperty()
        .addListener(
            (o, a, b) ->
                vm.edit(
                    i ->
                        i.toBuilder()
                            .unit(new UnitRef(VietnameseText.nfc(b), i.unit().shortName()))
                            .build()));
    grid.addRow(r++, label("general.unit"), unit);
    grid.addRow(
        r++,
        label("general.unitShort"),
        Fields.text(
            "field-unit-short",
            in.unit() == null ? null : in.unit().shortName(),
            v ->
                vm.edit(
                    i ->
                        i.toBuilder()
                            .unit(new UnitRef(i.unit().name(), Fields.orNull(v)))
                            .build())));
    Issuer is = in.issuer();
    grid.addRow(
        r++,
        label("settings.governingBody"),
        issuerField(
            "field-governing",
            is.governingBody(),
            (x, v) -> new Issuer(v, x.issuingBody(), x.documentSymbol(), x.placeName())));
    grid.addRow(
        r++,
        label("settings.issuingBody"),
        issuerField(
            "field-issuing",
            is.issuingBody(),
            (x, v) -> new Issuer(x.governingBody(), v, x.documentSymbol(), x.placeName())));
    grid.addRow(
        r++,
        label("settings.documentSymbol"),
        issuerField(
            "field-symbol",
            is.documentSymbol(),
            (x, v) -> new Issuer(x.governingBody(), x.issuingBody(), v, x.placeName())));
    grid.addRow(
        r++,
        label("settings.placeName"),
        issuerField(
            "field-place-name",
            is.placeName(),
            (x, v) -> new Issuer(x.governingBody(), x.issuingBody(), x.documentSymbol(), v)));
    grid.addRow(r++, label("general.copies"), copiesField(in.copies()));
    // The label column is as wide as its longest label (never cut), the inputs take the rest.
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    grid.getColumnConstraints().addAll(labels, grow());

    VBox content =
        new VBox(
            14,
            grid,
            section("general.basis"),
            basisEditor(in.basis()),
            section("general.team"),
            teamRows,
            keyed(
                addButton("team-add", "general.addMember", this::addMember),
                EditorShortcuts.ADD_MEMBER),
            section("general.participants"),
            participantRows,
            keyed(
                addButton("participant-add", "general.addParticipant", this::addParticipant),
                EditorShortcuts.ADD_PARTICIPANT));
    content.setPadding(new Insets(12));
    in.team().forEach(this::addMemberRow);
    in.unitParticipants().forEach(this::addParticipantRow);
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    return scroll;
  }

  private static javafx.scene.layout.ColumnConstraints grow() {
    javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
    c.setHgrow(Priority.ALWAYS);
    return c;
  }

  private Label label(String key) {
    return new Label(m.get(key));
  }

  private Label section(String key) {
    Label l = new Label(m.get(key));
    l.getStyleClass().add("section-title");
    return l;
  }

  private static Button keyed(Button b, javafx.scene.input.KeyCombination key) {
    Shortcuts.tooltip(b, key);
    return b;
  }

  private Button addButton(String id, String key, Runnable action) {
    Button b = new Button(m.get(key));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private TextField issuerField(
      String id, String initial, BiFunction<Issuer, String, Issuer> with) {
    return Fields.text(
        id,
        initial,
        v -> vm.edit(i -> i.toBuilder().issuer(with.apply(i.issuer(), Fields.orNull(v))).build()));
  }

  /** The number of copies: blank for none, a positive whole number, or an error on the field. */
  private Node copiesField(Integer initial) {
    Label error = Fields.errorLabel("field-copies-error");
    TextField copies =
        Fields.text(
            "field-copies",
            initial == null ? "" : initial.toString(),
            v -> {
              Optional<Integer> n = InputParsing.positiveInt(v);
              boolean blank = v.isBlank();
              Fields.showProblem(
                  error, blank || n.isPresent() ? null : e.get("editor.copiesInvalid", v.strip()));
              if (blank || n.isPresent()) {
                vm.edit(i -> i.toBuilder().copies(n.orElse(null)).build());
              }
            });
    error.getProperties().put("field", copies);
    return new VBox(2, copies, error);
  }

  /**
   * A date and a time. Text that is not a date or a time is shown as an error under the inputs and
   * nothing is stored until it is corrected: no silent 08:00, no cleared date.
   */
  private Node dateTime(String id, LocalDateTime initial, boolean required) {
    DatePicker date = Texts.datePicker(initial == null ? null : initial.toLocalDate());
    date.setId(id + "-date");
    TextField time = new TextField(initial == null ? "" : initial.toLocalTime().toString());
    time.setId(id + "-time");
    time.setPrefColumnCount(5);
    time.setPromptText("08:00");
    Label error = Fields.errorLabel(id + "-error");
    Runnable commit =
        () -> {
          String dateText = date.getEditor().getText();
          Optional<LocalDate> d = InputParsing.date(dateText);
          Optional<LocalTime> t = InputParsing.time(time.getText());
          boolean noDate = dateText == null || dateText.isBlank();
          boolean noTime = time.getText() == null || time.getText().isBlank();
          String problem = null;
          if (!noDate && d.isEmpty()) {
            problem = e.get("editor.dateInvalid", dateText.strip());
          } else if (!noTime && t.isEmpty()) {
            problem = e.get("editor.timeInvalid", time.getText().strip());
          } else if (!noDate && noTime) {
            problem = e.get("editor.timeMissing");
          }
          Fields.showProblem(error, problem, date, time);
          if (problem != null) {
            return;
          }
          LocalDateTime value = noDate ? null : d.get().atTime(t.get());
          if (value == null && required) {
            return;
          }
          vm.edit(
              i ->
                  required
                      ? i.toBuilder().startedAt(value).build()
                      : i.toBuilder().endedAt(value).build());
        };
    date.getEditor().textProperty().addListener((o, a, b) -> commit.run());
    date.valueProperty().addListener((o, a, b) -> commit.run());
    time.textProperty().addListener((o, a, b) -> commit.run());
    return new VBox(2, new HBox(8, date, time), error);
  }

  private Node basisEditor(List<String> initial) {
    basis.getItems().setAll(initial);
    basis.setId("basis-list");
    basis.setEditable(true);
    basis.setPrefHeight(120);
    basis.setCellFactory(
        TextFieldListCell.forListView(
            new StringConverter<>() {
              @Override
              public String toString(String s) {
                return s;
              }

              @Override
              public String fromString(String s) {
                return VietnameseText.nfc(s);
              }
            }));
    basis.setOnEditCommit(
        e -> {
          basis.getItems().set(e.getIndex(), e.getNewValue());
          pushBasis();
        });
    TextField newLine = Texts.nfc(new TextField());
    basisInput = newLine;
    newLine.setId("basis-new");
    newLine.setPromptText(m.get("general.basisPrompt"));
    HBox.setHgrow(newLine, Priority.ALWAYS);
    Button add =
        addButton(
            "basis-add",
            "general.add",
            () -> {
              if (!newLine.getText().isBlank()) {
                basis.getItems().add(Texts.value(newLine).strip());
                newLine.clear();
                pushBasis();
              }
            });
    newLine.setOnAction(e -> add.fire());
    Button up = addButton("basis-up", "general.up", () -> move(-1));
    Button down = addButton("basis-down", "general.down", () -> move(1));
    Button remove =
        addButton(
            "basis-remove",
            "general.remove",
            () -> {
              int n = basis.getSelectionModel().getSelectedIndex();
              if (n >= 0) {
                basis.getItems().remove(n);
                pushBasis();
              }
            });
    Shortcuts.tooltip(newLine, EditorShortcuts.ADD_BASIS);
    return new VBox(6, basis, new HBox(8, newLine, add, up, down, remove));
  }

  private void move(int delta) {
    int n = basis.getSelectionModel().getSelectedIndex();
    int to = n + delta;
    if (n < 0 || to < 0 || to >= basis.getItems().size()) {
      return;
    }
    String item = basis.getItems().remove(n);
    basis.getItems().add(to, item);
    basis.getSelectionModel().select(to);
    pushBasis();
  }

  private void pushBasis() {
    List<String> lines = new ArrayList<>(basis.getItems());
    vm.edit(i -> i.toBuilder().basis(lines).build());
  }

  /** Adds an empty team member and puts focus into the new row's name. */
  void addMember() {
    addMember(new TeamMember("", "", "", TeamRole.MEMBER));
  }

  /**
   * Adds a person of the unit and puts focus into the new row's name; the first one is the
   * representative who signs, unless someone already is.
   */
  void addParticipant() {
    boolean hasRepresentative =
        vm.inspection().get().unitParticipants().stream()
            .anyMatch(p -> p.role() == ParticipantRole.REPRESENTATIVE);
    addParticipant(
        new UnitParticipant(
            "",
            "",
            hasRepresentative ? ParticipantRole.PARTICIPANT : ParticipantRole.REPRESENTATIVE));
  }

  /** Puts focus into the new-line field of the basis documents. */
  void focusBasis() {
    if (basisInput != null) {
      basisInput.requestFocus();
    }
  }

  private void addMember(TeamMember member) {
    vm.edit(
        i -> {
          List<TeamMember> team = new ArrayList<>(i.team());
          team.add(member);
          return i.toBuilder().team(team).build();
        });
    addMemberRow(member);
    focusFirstField(teamRows);
  }

  private void addMemberRow(TeamMember member) {
    HBox row = new HBox(6);
    int index = teamRows.getChildren().size();
    row.setId("team-row-" + index);
    Function<HBox, Integer> position = teamRows.getChildren()::indexOf;
    TextField name =
        Fields.text(
            "team-name-" + index,
            member.fullName(),
            v ->
                updateMember(
                    position.apply(row),
                    x -> new TeamMember(v, x.position(), x.organisation(), x.role())));
    name.setPromptText(m.get("general.fullName"));
    TextField pos =
        Fields.text(
            "team-position-" + index,
            member.position(),
            v ->
                updateMember(
                    position.apply(row),
                    x ->
                        new TeamMember(
                            x.fullName(), Fields.orNull(v), x.organisation(), x.role())));
    pos.setPromptText(m.get("general.position"));
    TextField org =
        Fields.text(
            "team-org-" + index,
            member.organisation(),
            v ->
                updateMember(
                    position.apply(row),
                    x -> new TeamMember(x.fullName(), x.position(), Fields.orNull(v), x.role())));
    org.setPromptText(m.get("general.organisation"));
    ComboBox<TeamRole> role = new ComboBox<>(FXCollections.observableArrayList(TeamRole.values()));
    role.setId("team-role-" + index);
    role.setConverter(enumConverter("role."));
    role.setValue(member.role());
    role.valueProperty()
        .addListener(
            (o, a, b) ->
                updateMember(
                    position.apply(row),
                    x -> new TeamMember(x.fullName(), x.position(), x.organisation(), b)));
    Button remove = new Button("✕");
    remove.setId("team-remove-" + index);
    remove.setTooltip(new javafx.scene.control.Tooltip(w.get("general.removeRow")));
    remove.setOnAction(
        e -> {
          int n = position.apply(row);
          vm.edit(
              i -> {
                List<TeamMember> team = new ArrayList<>(i.team());
                team.remove(n);
                return i.toBuilder().team(team).build();
              });
          teamRows.getChildren().remove(row);
        });
    HBox.setHgrow(name, Priority.ALWAYS);
    HBox.setHgrow(pos, Priority.ALWAYS);
    HBox.setHgrow(org, Priority.ALWAYS);
    row.getChildren().addAll(name, pos, org, role, remove);
    teamRows.getChildren().add(row);
  }

  private void updateMember(int n, java.util.function.UnaryOperator<TeamMember> change) {
    vm.edit(
        i -> {
          List<TeamMember> team = new ArrayList<>(i.team());
          if (n >= 0 && n < team.size()) {
            team.set(n, change.apply(team.get(n)));
          }
          return i.toBuilder().team(team).build();
        });
  }

  private void addParticipant(UnitParticipant p) {
    vm.edit(
        i -> {
          List<UnitParticipant> list = new ArrayList<>(i.unitParticipants());
          list.add(p);
          return i.toBuilder().unitParticipants(list).build();
        });
    addParticipantRow(p);
    focusFirstField(participantRows);
  }

  /**
   * Focus goes into the new row's first field, so what is typed next (a space in a name) lands
   * there and does not press the add button again.
   */
  private static void focusFirstField(VBox rows) {
    HBox last = (HBox) rows.getChildren().get(rows.getChildren().size() - 1);
    last.getChildren().get(0).requestFocus();
  }

  private void addParticipantRow(UnitParticipant p) {
    HBox row = new HBox(6);
    int index = participantRows.getChildren().size();
    Function<HBox, Integer> position = participantRows.getChildren()::indexOf;
    TextField name =
        Fields.text(
            "participant-name-" + index,
            p.fullName(),
            v ->
                updateParticipant(
                    position.apply(row), x -> new UnitParticipant(v, x.position(), x.role())));
    name.setPromptText(m.get("general.fullName"));
    TextField pos =
        Fields.text(
            "participant-position-" + index,
            p.position(),
            v ->
                updateParticipant(
                    position.apply(row),
                    x -> new UnitParticipant(x.fullName(), Fields.orNull(v), x.role())));
    pos.setPromptText(m.get("general.position"));
    ComboBox<ParticipantRole> role =
        new ComboBox<>(FXCollections.observableArrayList(ParticipantRole.values()));
    role.setId("participant-role-" + index);
    role.setConverter(enumConverter("participantRole."));
    role.setValue(p.role());
    role.valueProperty()
        .addListener(
            (o, a, b) ->
                updateParticipant(
                    position.apply(row), x -> new UnitParticipant(x.fullName(), x.position(), b)));
    Button remove = new Button("✕");
    remove.setId("participant-remove-" + index);
    remove.setTooltip(new javafx.scene.control.Tooltip(w.get("general.removeRow")));
    remove.setOnAction(
        e -> {
          int n = position.apply(row);
          vm.edit(
              i -> {
                List<UnitParticipant> list = new ArrayList<>(i.unitParticipants());
                list.remove(n);
                return i.toBuilder().unitParticipants(list).build();
              });
          participantRows.getChildren().remove(row);
        });
    HBox.setHgrow(name, Priority.ALWAYS);
    HBox.setHgrow(pos, Priority.ALWAYS);
    row.getChildren().addAll(name, pos, role, remove);
    participantRows.getChildren().add(row);
  }

  private void updateParticipant(int n, java.util.function.UnaryOperator<UnitParticipant> change) {
    vm.edit(
        i -> {
          List<UnitParticipant> list = new ArrayList<>(i.unitParticipants());
          if (n >= 0 && n < list.size()) {
            list.set(n, change.apply(list.get(n)));
          }
          return i.toBuilder().unitParticipants(list).build();
        });
  }

  private <E extends Enum<E>> DisplayConverter<E> enumConverter(String prefix) {
    return DisplayConverter.of(e -> e == null ? "" : m.get(prefix + e.name()));
  }
}
