package vn.kiemtra.ui.templates;

import static vn.kiemtra.ui.Screenshots.fx;
import static vn.kiemtra.ui.Screenshots.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.checklist.TemplateSummary;
import vn.kiemtra.ui.Screenshots;
import vn.kiemtra.ui.common.FxUiExecutor;
import vn.kiemtra.ui.main.MainView;

/**
 * Screenshots of the checklist screen (a draft open in the editor) and of the new-inspection choice
 * at a given window size, for docs/screenshots. Run under a display (Xvfb): {@code java -cp
 * target/classes:target/test-classes:DEPS vn.kiemtra.ui.templates.TemplateScreenshots OUT WIDTH
 * HEIGHT}.
 */
public final class TemplateScreenshots {
  private final Path out;
  private final int width;
  private final int height;

  private TemplateScreenshots(Path out, int width, int height) {
    this.out = out;
    this.width = width;
    this.height = height;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    int w = args.length > 2 ? Integer.parseInt(args[1]) : 1024;
    int h = args.length > 2 ? Integer.parseInt(args[2]) : 700;
    Platform.startup(() -> {});
    try {
      new TemplateScreenshots(out, w, h).run();
    } catch (Exception | Error e) {
      e.printStackTrace();
    } finally {
      Platform.exit();
      System.exit(0);
    }
  }

  private void run() throws Exception {
    Path dir = Files.createTempDirectory("kiemtra-template-shots");
    AppContext app = AppContext.open(dir.resolve("kiemtra"));
    TemplateRef draft = new TemplateRef("CCHC-SO", "2026");
    app.templates().newVersion(new TemplateRef("CCHC-SO", "2023"), "2026");
    app.inspections().save(vn.kiemtra.ui.UiTestSupport.fixture(app, "seed-inspection.json"));
    FxUiExecutor executor = new FxUiExecutor();
    Stage stage =
        fx(
            () -> {
              Stage s = new Stage();
              MainView main = new MainView(s, executor, p -> {});
              main.attach(app);
              Scene scene =
                  vn.kiemtra.ui.common.StyledScene.of((Parent) main.node(), width, height);
              s.setScene(scene);
              s.show();
              main.openTab("Bộ tiêu chí", new TemplatesView(app, executor, id -> {}));
              return s;
            });
    waitFor(
        () ->
            stage.getScene().lookup("#templateList") instanceof TableView<?> t
                && t.getItems().size() == 2);
    fx(
        () -> {
          @SuppressWarnings("unchecked")
          TableView<TemplateSummary> t =
              (TableView<TemplateSummary>) stage.getScene().lookup("#templateList");
          t.getItems().stream()
              .filter(s -> s.template().ref().equals(draft))
              .findFirst()
              .ifPresent(s -> t.getSelectionModel().select(s));
          return null;
        });
    waitFor(() -> stage.getScene().lookup("#templateTree") != null);
    fx(
        () -> {
          @SuppressWarnings("unchecked")
          TreeView<DraftRow> tree = (TreeView<DraftRow>) stage.getScene().lookup("#templateTree");
          TreeItem<DraftRow> cd = tree.getRoot().getChildren().get(0);
          tree.getSelectionModel().select(cd.getChildren().get(1));
          return null;
        });
    Thread.sleep(500);
    shot(stage.getScene(), "templates-editor-" + width + "x" + height + ".png");

    fx(
        () -> {
          ((javafx.scene.control.TabPane) stage.getScene().lookup(".tab-pane"))
              .getSelectionModel()
              .select(0);
          return null;
        });
    Thread.sleep(800);
    shot(stage.getScene(), "window-list-" + width + "x" + height + ".png");
    fx(
        () -> {
          ((Button) stage.getScene().lookup("#list-new")).fire();
          return null;
        });
    waitFor(() -> dialog() != null);
    Thread.sleep(500);
    shot(dialog().getScene(), "new-inspection-choice.png");
    fx(
        () -> {
          ((Button) dialog().getScene().lookup("#newInspection-cancel")).fire();
          return null;
        });
    app.close();
  }

  private static Window dialog() {
    return Window.getWindows().stream()
        .filter(w -> w.getScene() != null && w.getScene().lookup("#newInspection-create") != null)
        .findFirst()
        .orElse(null);
  }

  private void shot(Scene scene, String name) throws Exception {
    Screenshots.shot(scene, out, name);
  }
}
