package vn.kiemtra.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.inspection.ReadinessCheck;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.Dialogs;
import vn.kiemtra.ui.common.Texts;
import vn.kiemtra.ui.common.UiExecutor;

/**
 * One open inspection: general, checklist, findings, recommendations, the check before signing, and
 * tabs contributed by features (minutes). Loads in the background; every edit is autosaved.
 */
public final class EditorView {
  /** Tabs that features add to every editor, built from the inspection id. */
  public static final class Extensions {
    private final List<Object[]> tabs = new ArrayList<>();

    public void add(String title, Function<UUID, Node> content) {
      tabs.add(new Object[] {title, content});
    }
  }

  private final Messages m = Texts.ui();
  private final EditorViewModel vm;
  private final UiExecutor executor;
  private final Window owner;
  private final Extensions extensions;
  private final Consumer<Path> showDocument;
  private final BorderPane root = new BorderPane();
  private final TabPane tabs = new TabPane();
  private final StringProperty title = new SimpleStringProperty();
  private ChecklistTab checklist;
  private FindingsTab findings;

  public EditorView(
      Services services,
      UiExecutor executor,
      UUID id,
      Window owner,
      Extensions extensions,
      Consumer<Path> showDocument) {
    this.vm = new EditorViewModel(services, id);
    this.executor = executor;
    this.owner = owner;
    this.extensions = extensions;
    this.showDocument = showDocument;
    root.setCenter(new ProgressIndicator());
    executor.run(
        () -> new Object[] {vm.load(), services.units().list()},
        loaded -> show((EditorViewModel.Loaded) loaded[0], (List<?>) loaded[1]),
        e -> {
          root.setCenter(new Label(Dialogs.message(e)));
          Dialogs.error(owner, e);
        });
  }

  public Node node() {
    return root;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title;
  }

  public EditorViewModel model() {
    return vm;
  }

  private void show(EditorViewModel.Loaded loaded, List<?> units) {
    vm.show(loaded);
    title.set(shortTitle());
    vm.inspection().addListener((o, a, b) -> title.set(shortTitle()));
    List<String> unitNames =
        units.stream().map(u -> ((vn.kiemtra.core.inspection.UnitRef) u).name()).toList();
    GeneralTab general = new GeneralTab(vm);
    checklist = new ChecklistTab(vm, executor, owner, showDocument);
    findings = new FindingsTab(vm, owner);
    Tab generalTab = tab("editor-tab-general", "editor.general", general.build(unitNames));
    Tab checklistTab = tab("editor-tab-checklist", "editor.checklist", checklist.build());
    Tab findingsTab = tab("editor-tab-findings", "editor.findings", findings.build());
    Tab recsTab =
        tab(
            "editor-tab-recommendations",
            "editor.recommendations",
            new RecommendationsTab(vm, owner).build());
    Tab readinessTab =
        tab("editor-tab-readiness", "editor.readiness", new ReadinessTab(vm, this::jump).build());
    tabs.getTabs().setAll(generalTab, checklistTab, findingsTab, recsTab, readinessTab);
    for (Object[] extension : extensions.tabs) {
      @SuppressWarnings("unchecked")
      Function<UUID, Node> content = (Function<UUID, Node>) extension[1];
      Tab t = new Tab((String) extension[0], content.apply(vm.id()));
      t.setClosable(false);
      tabs.getTabs().add(t);
    }
    Label status = new Label();
    status.setId("save-status");
    status.textProperty().bind(vm.saveStatus());
    HBox bar = new HBox(status);
    bar.setPadding(new Insets(4, 10, 4, 10));
    root.setCenter(tabs);
    root.setBottom(bar);
    root.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.F3) {
            tabs.getSelectionModel().select(checklistTab);
            checklist.nextUnanswered();
          }
        });
  }

  private String shortTitle() {
    var in = vm.inspection().get();
    String unit = in.unit() == null || in.unit().name().isBlank() ? "" : " — " + in.unit().name();
    String text = in.title() + unit;
    return text.length() > 48 ? text.substring(0, 47) + "…" : text;
  }

  private Tab tab(String id, String key, Node content) {
    Tab t = new Tab(m.get(key), content);
    t.setId(id);
    t.setClosable(false);
    return t;
  }

  ChecklistTab checklist() {
    return checklist;
  }

  /** Shows the field a missing item is about. */
  private void jump(ReadinessCheck.Gap gap) {
    switch (gap.kind()) {
      case UNASSESSED_CRITERION -> {
        tabs.getSelectionModel().select(1);
        checklist.select(gap.subject());
      }
      case OVERALL_ASSESSMENT -> {
        tabs.getSelectionModel().select(2);
        findings.overallField().requestFocus();
      }
      default -> {
        tabs.getSelectionModel().select(0);
        String id =
            switch (gap.kind()) {
              case TITLE -> "#field-title";
              case PLACE -> "#field-place";
              case UNIT -> "#field-unit";
              case REPRESENTATIVE -> "#participant-add";
              default -> "#team-add";
            };
        Node target = root.lookup(id);
        if (target != null) {
          target.requestFocus();
        }
      }
    }
  }

  /** Writes pending edits (tab or window closing). */
  public void close() {
    vm.close();
  }
}
