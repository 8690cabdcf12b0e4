package vn.kiemtra.ui.editor;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.CountText;
import vn.kiemtra.core.answer.DocumentRef;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.scoring.AreaScore;
import vn.kiemtra.core.scoring.InspectionScore;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.text.VietnameseNumbers;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.DisplayConverter;
import vn.kiemtra.ui.common.Shortcuts;
import vn.kiemtra.ui.common.SplitterMemory;
import vn.kiemtra.ui.common.Texts;
import vn.kiemtra.ui.common.UiExecutor;

/**
 * The checklist: criteria by area with progress and the live score; the typed answer editor (result
 * with keys 1–4 / Đ M K N, count with qualifier, ratio with percentage, document reference, note)
 * and the evidence files of the selected criterion.
 */
final class ChecklistTab {
  private final Messages m = Texts.ui();
  private final Messages e = Messages.of("editing");
  private final Messages w = Messages.of("window");
  private final EditorViewModel vm;
  private final UiExecutor executor;
  private final Window owner;
  private final Consumer<Path> showDocument;
  private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
  private final FilteredList<Criterion> shown = new FilteredList<>(criteria);
  private final ListView<Criterion> list = new ListView<>(shown);
  private final VBox editor = new VBox(10);
  private final Label scoreLabel = new Label();
  private final VBox progress = new VBox(2);
  private final CheckBox onlyUnanswered = new CheckBox();
  private FlowPane thumbnails;
  private HBox resultButtons;
  private Criterion current;

  ChecklistTab(EditorViewModel vm, UiExecutor executor, Window owner, Consumer<Path> showDocument) {
    this.vm = vm;
    this.executor = executor;
    this.owner = owner;
    this.showDocument = showDocument;
  }

  Node build() {
    ChecklistTemplate t = vm.template().get();
    criteria.setAll(t.allCriteria().toList());
    list.setId("criteria-list");
    list.getStyleClass().add("criteria-list");
    list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> showEditor(c));
    // Down the list with the arrows, 1–4 (Đ M K N) answering each criterion on the way.
    list.setOnKeyPressed(this::chooseResultByKey);
    onlyUnanswered.setText(m.get("checklist.onlyUnanswered"));
    onlyUnanswered.setId("filter-unanswered");
    onlyUnanswered.selectedProperty().addListener((o, a, b) -> refilter());
    Button next = new Button(m.get("checklist.next"));
    next.setId("next-unanswered");
    next.setOnAction(e -> nextUnanswered());
    Shortcuts.tooltip(next, EditorShortcuts.NEXT_UNANSWERED);
    // Names wrap inside the list instead of being cut at its right edge.
    list.setCellFactory(v -> new CriterionCell(list));
    scoreLabel.setId("live-score");
    scoreLabel.getStyleClass().add("score");
    vm.score().addListener((o, a, s) -> showScore(s));
    showScore(vm.score().get());
    FlowPane filterRow = new FlowPane(8, 6, onlyUnanswered, next);
    VBox left = new VBox(8, scoreLabel, progress, filterRow, list);
    // The list gives up height first; the summaries above it keep every wrapped line.
    for (javafx.scene.layout.Region r : List.of(scoreLabel, progress, filterRow)) {
      r.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    scoreLabel.setWrapText(true);
    left.setPadding(new Insets(8));
    javafx.scene.layout.VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
    editor.setPadding(new Insets(12));
    ScrollPane right = new ScrollPane(editor);
    right.setFitToWidth(true);
    SplitPane split = new SplitPane(left, right);
    split.setId("checklist-split");
    // F3 is handled once, by the editor (two handlers made one press skip a criterion).
    SplitterMemory.remember(split, "checklist.divider", 0.42);
    if (!shown.isEmpty()) {
      list.getSelectionModel().select(0);
    }
    return split;
  }

  private Answer answerOf(Criterion c) {
    return vm.inspection().get().answer(c.code()).orElse(Answer.empty(c.code()));
  }

  private boolean assessed(Criterion c) {
    return answerOf(c).isAssessed();
  }

  private void refilter() {
    Criterion selected = list.getSelectionModel().getSelectedItem();
    shown.setPredicate(c -> !onlyUnanswered.isSelected() || !assessed(c) || c == selected);
  }

  /** Selects the next criterion without an assessment, after the selected one. */
  void nextUnanswered() {
    List<Criterion> all = criteria;
    int start = Math.max(0, all.indexOf(list.getSelectionModel().getSelectedItem()) + 1);
    for (int k = 0; k < all.size(); k++) {
      Criterion c = all.get((start + k) % all.size());
      if (!assessed(c) && c.subCriteria().isEmpty()) {
        select(c.code());
        focusResult();
        return;
      }
    }
  }

  /**
   * 1 (Đ) Đạt, 2 (M) Đạt một phần, 3 (K) Không đạt, 4 (N) Không áp dụng for the criterion on
   * screen, from its result buttons or from the list; a result its buttons do not offer (or a
   * signed inspection's) is not chosen.
   */
  private void chooseResultByKey(javafx.scene.input.KeyEvent e) {
    if (e.isShortcutDown() || e.isAltDown() || resultButtons == null) {
      return; // Ctrl+1 … switches tabs
    }
    Result r =
        switch (e.getCode()) {
          case DIGIT1, NUMPAD1, D -> Result.PASS;
          case DIGIT2, NUMPAD2, M -> Result.PARTIAL;
          case DIGIT3, NUMPAD3, K -> Result.FAIL;
          case DIGIT4, NUMPAD4, N -> Result.NOT_APPLICABLE;
          default -> null;
        };
    if (r != null) {
      resultButtons.getChildren().stream()
          .filter(n -> n instanceof ToggleButton t && t.getUserData() == r && !t.isDisabled())
          .map(ToggleButton.class::cast)
          .findFirst()
          .ifPresent(t -> t.setSelected(true));
      e.consume();
    }
  }

  /** Puts focus on the result buttons, where 1–4 (Đ M K N) choose the result. */
  void focusResult() {
    if (resultButtons == null) {
      return;
    }
    resultButtons.getChildren().stream()
        .filter(n -> n instanceof ToggleButton t && t.isSelected() && !t.isDisabled())
        .findFirst()
        .or(() -> resultButtons.getChildren().stream().filter(n -> !n.isDisabled()).findFirst())
        .ifPresent(Node::requestFocus);
  }

  /** The code of the criterion on screen, or null. */
  String selectedCode() {
    Criterion c = list.getSelectionModel().getSelectedItem();
    return c == null ? null : c.code();
  }

  void select(String code) {
    onlyUnanswered.setSelected(false);
    criteria.stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .ifPresent(
            c -> {
              list.getSelectionModel().select(c);
              list.scrollTo(c);
            });
  }

  private void showScore(InspectionScore s) {
    if (s == null) {
      return;
    }
    scoreLabel.setText(
        m.get(
            "checklist.score",
            VietnameseNumbers.formatDecimal(s.achieved(), 2),
            VietnameseNumbers.formatDecimal(s.applicableMax(), 2),
            s.answered(),
            s.total()));
    progress.getChildren().clear();
    ChecklistTemplate t = vm.template().get();
    for (AreaScore a : s.areas()) {
      String name = t.area(a.areaCode()).map(ChecklistArea::name).orElse(a.areaCode());
      Label l =
          new Label(
              w.get(
                  "checklist.areaProgress",
                  name,
                  a.answered(),
                  a.total(),
                  VietnameseNumbers.formatDecimal(a.achieved(), 2),
                  VietnameseNumbers.formatDecimal(a.maxScore(), 2)));
      l.setId("progress-" + a.areaCode());
      l.setWrapText(true);
      progress.getChildren().add(l);
    }
    list.refresh();
  }

  private void edit(Criterion c, java.util.function.UnaryOperator<Answer> change) {
    vm.edit(i -> i.withAnswer(change.apply(i.answer(c.code()).orElse(Answer.empty(c.code())))));
  }

  private void showEditor(Criterion c) {
    editor.getChildren().clear();
    resultButtons = null;
    if (c == null) {
      return;
    }
    Answer a = answerOf(c);
    ChecklistTemplate t = vm.template().get();
    String area = t.areaOf(c.code()).map(ChecklistArea::name).orElse("");
    Label title = new Label(c.code() + " — " + c.text());
    title.setWrapText(true);
    title.getStyleClass().add("criterion-title");
    title.setId("criterion-title");
    Label meta =
        wrapped(
            m.get(
                "checklist.meta",
                area,
                VietnameseNumbers.formatDecimal(c.maxScore(), 2),
                m.get("answerType." + c.answerType())));
    Label guidance = wrapped(m.get("checklist.guidance", c.guidance() == null ? "" : c.guidance()));
    guidance.setWrapText(true);
    guidance.getStyleClass().add("guidance");

    ToggleGroup group = new ToggleGroup();
    HBox results = new HBox(6);
    results.setId("result-buttons");
    resultButtons = results;
    for (Result r : Result.values()) {
      ToggleButton b = new ToggleButton(m.get("result." + r));
      b.setId("result-" + r);
      b.setUserData(r);
      b.getStyleClass().addAll("result-button", "result-" + r);
      // The chosen result carries a check mark, so it is not mistaken for the focused button.
      b.textProperty()
          .bind(
              javafx.beans.binding.Bindings.when(b.selectedProperty())
                  .then("✓ " + m.get("result." + r))
                  .otherwise(m.get("result." + r)));
      b.setToggleGroup(group);
      b.setSelected(a.result() == r);
      b.setDisable(r == Result.NOT_APPLICABLE && !c.notApplicableAllowed() && a.result() != r);
      // "Đạt một phần" belongs to four-level criteria only (kept visible if an import set it).
      if (r == Result.PARTIAL && c.answerType() == AnswerType.DKD && a.result() != r) {
        continue;
      }
      results.getChildren().add(b);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (o, x, y) ->
                edit(c, ans -> ans.withResult(y == null ? null : (Result) y.getUserData())));
    results.setOnKeyPressed(this::chooseResultByKey);

    TextField count =
        Texts.nfc(
            new TextField(
                a.count() == null
                    ? ""
                    : new CountText.Count(
                            a.qualifier() == null ? Qualifier.EXACT : a.qualifier(), a.count())
                        .text()));
    count.setId("answer-count");
    count.setPromptText(w.get("checklist.countPrompt"));
    ComboBox<Qualifier> qualifier =
        new ComboBox<>(FXCollections.observableArrayList(Qualifier.values()));
    qualifier.setId("answer-qualifier");
    qualifier.setConverter(DisplayConverter.of(q -> q == null ? "" : m.get("qualifier." + q)));
    qualifier.setValue(a.qualifier() == null ? Qualifier.EXACT : a.qualifier());
    Label qualifierLabel = new Label(w.get("checklist.qualifier"));
    qualifierLabel.setLabelFor(qualifier);
    Label countError = Fields.errorLabel("answer-count-error");
    countError.getProperties().put("field", count);
    boolean[] syncing = {false};
    Runnable commitCount =
        () -> {
          if (syncing[0]) {
            return;
          }
          try {
            var parsed = CountText.parse(Texts.value(count));
            Fields.showProblem(countError, null);
            if (parsed.isEmpty()) {
              edit(c, ans -> ans.withCount(null, null));
              return;
            }
            // A word typed before the number ("hơn 11.300") sets the qualifier box; a bare number
            // keeps the box's choice.
            Qualifier q =
                parsed.get().qualifier() != Qualifier.EXACT || qualifier.getValue() == null
                    ? parsed.get().qualifier()
                    : qualifier.getValue();
            if (parsed.get().qualifier() != Qualifier.EXACT && qualifier.getValue() != q) {
              syncing[0] = true;
              qualifier.setValue(q);
              syncing[0] = false;
            }
            long n = parsed.get().count();
            edit(c, ans -> ans.withCount(n, q));
          } catch (NumberFormatException ex) {
            Fields.showProblem(countError, ex.getMessage());
          }
        };
    count.textProperty().addListener((o, x, y) -> commitCount.run());
    qualifier.valueProperty().addListener((o, x, y) -> commitCount.run());

    TextField numerator =
        new TextField(a.numerator() == null ? "" : VietnameseNumbers.format(a.numerator()));
    numerator.setId("answer-numerator");
    TextField denominator =
        new TextField(a.denominator() == null ? "" : VietnameseNumbers.format(a.denominator()));
    denominator.setId("answer-denominator");
    Label percent = new Label();
    percent.setId("answer-percent");
    percent.setWrapText(true);
    Runnable commitRatio =
        () -> {
          try {
            Long num =
                numerator.getText().isBlank()
                    ? null
                    : VietnameseNumbers.parseCount(numerator.getText());
            Long den =
                denominator.getText().isBlank()
                    ? null
                    : VietnameseNumbers.parseCount(denominator.getText());
            boolean complete = (num == null) == (den == null) && (den == null || den > 0);
            percent.getStyleClass().removeAll("error", "hint");
            if (complete) {
              percent.setText(num != null ? VietnameseNumbers.percent(num, den) : "");
              edit(c, ans -> ans.withRatio(num, den));
            } else {
              // Half-typed is not wrong: a grey hint; red only for a zero denominator.
              percent.setText(e.get("editor.ratioIncomplete"));
              percent.getStyleClass().add(den != null && den == 0 ? "error" : "hint");
            }
          } catch (NumberFormatException ex) {
            percent.getStyleClass().removeAll("error", "hint");
            percent.setText(ex.getMessage());
            percent.getStyleClass().add("error");
          }
        };
    numerator.textProperty().addListener((o, x, y) -> commitRatio.run());
    denominator.textProperty().addListener((o, x, y) -> commitRatio.run());
    if (a.hasRatio()) {
      percent.setText(VietnameseNumbers.percent(a.numerator(), a.denominator()));
    }

    DocumentRef ref = a.documentRef();
    TextField docNumber = Texts.nfc(new TextField(ref == null ? "" : ref.number()));
    docNumber.setId("answer-doc-number");
    docNumber.setPromptText("25/QĐ-UBND");
    DatePicker docDate = Texts.datePicker(ref == null ? null : ref.date());
    docDate.setId("answer-doc-date");
    TextField docIssuer = Texts.nfc(new TextField(ref == null ? "" : ref.issuer()));
    docIssuer.setId("answer-doc-issuer");
    Runnable commitRef =
        () -> {
          String number = Fields.orNull(Texts.value(docNumber));
          DocumentRef value =
              number == null && docDate.getValue() == null && docIssuer.getText().isBlank()
                  ? null
                  : new DocumentRef(
                      number == null ? "" : number,
                      docDate.getValue(),
                      Fields.orNull(Texts.value(docIssuer)));
          edit(c, ans -> ans.withDocumentRef(value));
        };
    docNumber.textProperty().addListener((o, x, y) -> commitRef.run());
    docDate.valueProperty().addListener((o, x, y) -> commitRef.run());
    docIssuer.textProperty().addListener((o, x, y) -> commitRef.run());

    TextArea note =
        Fields.area(
            "answer-note", a.note(), 5, v -> edit(c, ans -> ans.withNote(Fields.orNull(v))));
    Label noteLabel = new Label(m.get("checklist.note"));
    noteLabel.setLabelFor(note);

    FlowPane thumbnails = new FlowPane(8, 8);
    thumbnails.setId("evidence-thumbnails");
    Button attach = new Button(m.get("checklist.attach"));
    attach.setId("evidence-attach");
    Shortcuts.tooltip(attach, EditorShortcuts.ATTACH_EVIDENCE);
    attach.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle(m.get("checklist.attach"));
          List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
          if (files != null) {
            files.forEach(f -> attach(c, f.toPath(), thumbnails));
          }
        });
    Label dropHint = new Label(m.get("checklist.dropHint"));
    dropHint.setWrapText(true);
    VBox evidenceBox = new VBox(6, new FlowPane(8, 6, attach, dropHint), thumbnails);
    evidenceBox.getStyleClass().add("drop-zone");
    evidenceBox.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    evidenceBox.setOnDragDropped(
        e -> {
          e.getDragboard().getFiles().forEach(f -> attach(c, f.toPath(), thumbnails));
          e.setDropCompleted(true);
          e.consume();
        });
    loadThumbnails(c, thumbnails);
    this.thumbnails = thumbnails;
    this.current = c;

    boolean locked = vm.readOnly().get();
    for (Node n :
        List.of(
            results,
            count,
            qualifier,
            numerator,
            denominator,
            docNumber,
            docDate,
            docIssuer,
            note,
            attach)) {
      n.setDisable(locked);
    }
    List<Node> rows =
        new java.util.ArrayList<>(
            List.of(title, meta, guidance, wrapped(m.get("checklist.result")), results));
    // Only the inputs that fit the criterion: its answer type and the facts recorded beside it;
    // the note and the evidence fit every criterion.
    if (c.records(AnswerType.SO)) {
      HBox.setHgrow(count, javafx.scene.layout.Priority.ALWAYS);
      HBox countRow = new HBox(8, qualifierLabel, qualifier, count);
      countRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      rows.addAll(List.of(wrapped(m.get("checklist.count")), countRow, countError));
    }
    if (c.records(AnswerType.TL)) {
      rows.addAll(
          List.of(
              wrapped(m.get("checklist.ratio")),
              new FlowPane(8, 6, numerator, new Label("/"), denominator, percent)));
    }
    if (c.records(AnswerType.SH)) {
      rows.addAll(
          List.of(
              wrapped(m.get("checklist.documentRef")),
              new FlowPane(8, 6, docNumber, docDate, docIssuer)));
    } else if (c.records(AnswerType.NGAY)) {
      rows.addAll(List.of(new Label(e.get("checklist.date")), docDate));
    }
    rows.addAll(List.of(noteLabel, note, wrapped(m.get("checklist.evidence"))));
    rows.add(evidenceBox);
    editor.getChildren().setAll(rows);
  }

  private static Label wrapped(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    return l;
  }

  /** Opens the file chooser for the criterion on screen. */
  void chooseEvidence() {
    javafx.scene.Node attach = editor.lookup("#evidence-attach");
    if (attach instanceof Button b && !b.isDisabled()) {
      b.fire();
    }
  }

  private void attach(Criterion c, Path file, FlowPane thumbnails) {
    executor.run(
        () -> vm.evidence().attach(vm.id(), c.code(), file),
        e -> loadThumbnails(c, thumbnails),
        err -> Dialogs.error(owner, err));
  }

  /** Attaches files to the criterion on screen (the drop zone and the file chooser do this). */
  void attachFiles(List<Path> files) {
    if (current != null && !vm.readOnly().get()) {
      files.forEach(f -> attach(current, f, thumbnails));
    }
  }

  private void loadThumbnails(Criterion c, FlowPane pane) {
    if (vm.isDetached()) {
      return; // an editor built ahead off-screen reads nothing more
    }
    executor.run(
        () ->
            vm.services().evidence().list(vm.id()).stream()
                .filter(e -> c.code().equals(e.criterionCode()))
                .map(e -> new Thumb(e, e.isImage() ? thumbnail(e) : null))
                .toList(),
        thumbs -> {
          pane.getChildren().clear();
          for (Thumb t : thumbs) {
            VBox box = new VBox(4);
            box.getStyleClass().add("thumbnail");
            if (t.image != null) {
              ImageView view = new ImageView(t.image);
              box.getChildren().add(view);
            }
            Label name = new Label(t.evidence.fileName());
            name.setMaxWidth(130);
            box.getChildren().add(name);
            box.setOnMouseClicked(
                ev -> {
                  if (ev.getClickCount() == 2) {
                    open(t.evidence);
                  }
                });
            pane.getChildren().add(box);
          }
        },
        err -> Dialogs.error(owner, err));
  }

  /** Decoded in the background at thumbnail size, so the FX thread never decodes photos. */
  private record Thumb(Evidence evidence, Image image) {}

  private Image thumbnail(Evidence e) {
    return vm.services()
        .evidence()
        .content(e.id())
        .map(bytes -> new Image(new ByteArrayInputStream(bytes), 120, 90, true, true))
        .orElse(null);
  }

  private void open(Evidence e) {
    executor.run(
        () -> {
          byte[] bytes = vm.services().evidence().content(e.id()).orElseThrow();
          Path dir = Files.createTempDirectory("kiemtra-evidence");
          Path file = dir.resolve(e.fileName());
          Files.write(file, bytes);
          file.toFile().deleteOnExit();
          return file;
        },
        showDocument,
        err -> Dialogs.error(owner, err));
  }

  /** One criterion: a mark and colour per result, the code and the whole name, wrapped. */
  private final class CriterionCell extends ListCell<Criterion> {
    private static final List<String> STYLES =
        List.of("assessed", "unassessed", "pass", "partial", "fail", "not-applicable");

    CriterionCell(ListView<Criterion> owner) {
      setWrapText(true);
      // The cell is as wide as the list (less its scroll bar), so long names wrap, never cut.
      prefWidthProperty().bind(owner.widthProperty().subtract(24));
      setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(Criterion c, boolean empty) {
      super.updateItem(c, empty);
      getStyleClass().removeAll(STYLES);
      if (empty || c == null) {
        setText(null);
        return;
      }
      Answer a = answerOf(c);
      Result r = a.result();
      String mark =
          r == null
              ? (a.isAssessed() ? "• " : "○ ")
              : switch (r) {
                case PASS -> "✓ ";
                case PARTIAL -> "◐ ";
                case FAIL -> "✗ ";
                case NOT_APPLICABLE -> "– ";
              };
      setText(mark + c.code() + "  " + c.text());
      getStyleClass().add(a.isAssessed() ? "assessed" : "unassessed");
      if (r != null) {
        getStyleClass().add(r == Result.NOT_APPLICABLE ? "not-applicable" : r.name().toLowerCase());
      }
      setAccessibleText(
          c.code()
              + " "
              + c.text()
              + ": "
              + (r == null ? w.get("checklist.unassessed") : m.get("result." + r)));
    }
  }
}
