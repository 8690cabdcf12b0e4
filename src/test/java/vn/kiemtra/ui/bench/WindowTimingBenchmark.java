package vn.kiemtra.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.testsupport.Inspections;
import vn.kiemtra.ui.UiTestSupport;
import vn.kiemtra.ui.common.FxUiExecutor;
import vn.kiemtra.ui.main.MainView;
import vn.kiemtra.ui.minutes.MinutesView;

/**
 * Times the inspector's window as a user drives it (TestFX robot, headless Monocle): Ctrl+N to a
 * usable editor, opening an inspection from the list, switching the editor's tabs (the minutes tab
 * counted when its tab shows, its layout separately). The first round of each action (what an
 * inspector feels right after starting the app: class loading, JIT, first CSS and layout) is
 * reported on its own, beside the median and max of the later rounds. Not a test: figures go to
 * docs/benchmarks.md.
 *
 * <pre>
 * java -Dtestfx.robot=glass -Dtestfx.headless=true -Dglass.platform=Monocle \
 *   -Dmonocle.platform=Headless -Dprism.order=sw -cp ... \
 *   vn.kiemtra.ui.bench.WindowTimingBenchmark INSPECTIONS ROUNDS [IDLE_MS]
 * </pre>
 *
 * IDLE_MS (default 2000) is how long the user looks at the loaded list before the first Ctrl+N.
 */
public final class WindowTimingBenchmark {
  private static MainView main;
  private static Stage stage;

  public static void main(String[] args) throws Exception {
    int inspections = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long idleMs = args.length > 2 ? Long.parseLong(args[2]) : 2000;
    Path dir = Files.createTempDirectory("kiemtra-window-bench");
    AppContext app = AppContext.open(dir.resolve("db"));
    Inspection seed = UiTestSupport.fixture(app, "seed-inspection.json");
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < inspections; i++) {
      Inspection copy = Inspections.copy(seed, UUID.randomUUID(), seed.title() + " " + (i + 1));
      app.inspections().save(copy);
      ids.add(copy.id());
    }
    stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          main = new MainView(s, new FxUiExecutor(), p -> {});
          main.attach(app);
          main.addEditorTab(
              "Biên bản", id -> new MinutesView(app, id, new FxUiExecutor().background()));
          Scene scene = vn.kiemtra.ui.common.StyledScene.of((Parent) main.node(), 1366, 768);
          s.setScene(scene);
          s.show();
        });
    FxRobot robot = new FxRobot();
    waitFor(() -> robot.lookup("#list-table").tryQuery().isPresent());
    Thread.sleep(idleMs);
    String warmUp =
        onFx(
            () ->
                main.warmUp().state().get()
                    + ", "
                    + main.warmUp().stepMillis().size()
                    + " steps, longest "
                    + main.warmUp().longestStepMillis()
                    + " ms, over 50 ms: "
                    + main.warmUp().stepMillis().stream().filter(ms -> ms > 50).toList());

    List<Long> newDialog = new ArrayList<>();
    List<Long> newInspection = new ArrayList<>();
    List<Long> newDialogFromKey = new ArrayList<>();
    List<Long> newInspectionFromKey = new ArrayList<>();
    robot.interact(
        () -> {
          stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, WindowTimingBenchmark::arrived);
          stage.getScene().addPostLayoutPulseListener(WindowTimingBenchmark::checkReady);
          javafx.stage.Window.getWindows()
              .addListener(
                  (javafx.collections.ListChangeListener<javafx.stage.Window>)
                      c -> {
                        while (c.next()) {
                          for (javafx.stage.Window w : c.getAddedSubList()) {
                            if (w != stage && w.getScene() != null) {
                              w.getScene()
                                  .addPostLayoutPulseListener(
                                      () -> {
                                        if (dialogLaidOut == 0) {
                                          dialogLaidOut = System.nanoTime();
                                        }
                                      });
                            }
                          }
                        }
                      });
        });
    List<Long> open = new ArrayList<>();
    List<Long> tabSwitch = new ArrayList<>();
    java.util.Map<String, Long> firstSwitch = new java.util.LinkedHashMap<>();
    List<Long> minutesTab = new ArrayList<>();
    List<Long> minutesLaidOut = new ArrayList<>();
    java.util.Map<String, long[]> firstCpu = new java.util.LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      int editorsBefore = editorCount();
      robot.interact(
          () -> ((TabPane) stage.getScene().lookup(".tab-pane")).getSelectionModel().select(0));
      long t0 = System.nanoTime();
      keyArrived = 0;
      dialogLaidOut = 0;
      robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
      waitFor(() -> robot.lookup("#newInspection-create").tryQuery().isPresent());
      newDialog.add(ms(t0));
      newDialogFromKey.add(between(keyArrived, dialogLaidOut));
      Scene dialog = robot.lookup("#newInspection-create").query().getScene();
      robot.interact(
          () -> dialog.addEventFilter(KeyEvent.KEY_PRESSED, WindowTimingBenchmark::arrived));
      t0 = System.nanoTime();
      keyArrived = 0;
      readyAt = 0;
      ready = () -> editorCountNow() > editorsBefore && editorReadyNow();
      long[] cpu0 = cpu();
      robot.type(KeyCode.ENTER);
      waitFor(() -> editorCount() > editorsBefore && editorReady());
      newInspection.add(ms(t0));
      newInspectionFromKey.add(between(keyArrived, readyAt));
      if (r == 0) {
        firstCpu.put("Enter in the choice to a usable new inspection", since(cpu0));
      }
      robot.interact(() -> main.closeEditors());

      UUID id = ids.get(r % ids.size());
      readyAt = 0;
      ready = () -> editorReadyNow() && main.selectedInspection().filter(id::equals).isPresent();
      t0 = System.nanoTime();
      cpu0 = cpu();
      robot.interact(() -> main.openInspection(id));
      waitFor(
          () ->
              editorReady()
                  && onFx(() -> main.selectedInspection().filter(id::equals).isPresent()));
      open.add(between(t0, readyAt));
      ready = null;
      if (r == 0) {
        firstCpu.put("open an inspection from the list", since(cpu0));
      }

      for (String tab :
          List.of(
              "editor-tab-checklist",
              "editor-tab-findings",
              "editor-tab-recommendations",
              "editor-tab-readiness",
              "editor-tab-general")) {
        t0 = System.nanoTime();
        selectEditorTab(t -> tab.equals(t.getId()));
        waitFor(() -> selectedEditorTabShown(tab));
        if (r == 0) {
          firstSwitch.put(tab.substring("editor-tab-".length()), ms(t0));
        } else {
          tabSwitch.add(ms(t0));
        }
      }
      t0 = System.nanoTime();
      selectEditorTab(t -> "Biên bản".equals(t.getText()));
      waitFor(() -> selectedEditorTabShown(null));
      minutesTab.add(ms(t0));
      waitFor(
          () ->
              onFx(
                  () -> {
                    MinutesView v = (MinutesView) stage.getScene().lookup(".minutes-view:visible");
                    return v != null
                        && v.model().pageCountProperty().get() > 0
                        && !v.model().busyProperty().get();
                  }));
      minutesLaidOut.add(ms(t0));
      robot.interact(() -> main.closeEditors());
    }
    System.out.printf(
        "inspections in the list: %d, rounds: %d, list looked at for %d ms before the first Ctrl+N%n",
        inspections, rounds, idleMs);
    System.out.printf("warm-up at the first Ctrl+N: %s%n", warmUp);
    System.out.printf("%-50s %6s   later rounds%n", "", "first");
    System.out.println("as the robot sees it (its key press and release wait for the FX thread):");
    report("Ctrl+N to the checklist choice", newDialog);
    report("Enter in the choice to a usable new inspection", newInspection);
    System.out.println(
        "the same on the FX thread, from the key's arrival to the layout pulse of the result:");
    report("Ctrl+N to the checklist choice", newDialogFromKey);
    report("Enter in the choice to a usable new inspection", newInspectionFromKey);
    report("open an inspection from the list", open);
    firstSwitch.forEach(
        (tab, ms) ->
            System.out.printf("%-50s %6d ms%n", "first switch to the " + tab + " tab", ms));
    report("switch between the editor's own tabs", null, tabSwitch);
    report("switch to the minutes tab (tab shown)", minutesTab);
    System.out.println(
        "CPU time of the first rounds (less sensitive to other load than the wall times above):");
    firstCpu.forEach(
        (what, ms) ->
            System.out.printf(
                "%-50s FX thread %4d ms, renderer %4d ms, whole process %5d ms%n",
                what, ms[0], ms[1], ms[2]));
    report("minutes laid out after the switch (background)", minutesLaidOut);
    app.close();
    Platform.exit();
    System.exit(0);
  }

  /**
   * When the last key press reached a scene, on the FX thread: TestFX's robot waits for the FX
   * thread to settle after pressing and again after releasing a key, which the wall times above
   * include.
   */
  private static volatile long keyArrived;

  /** When the condition {@link #ready} first held after a layout pulse of the window. */
  private static volatile long readyAt;

  private static volatile java.util.function.BooleanSupplier ready;

  /** When the first layout pulse of a newly shown dialog ran. */
  private static volatile long dialogLaidOut;

  private static void checkReady() {
    java.util.function.BooleanSupplier condition = ready;
    if (condition != null && readyAt == 0 && condition.getAsBoolean()) {
      readyAt = System.nanoTime();
    }
  }

  /** Milliseconds from {@code start} to {@code end}; to now when {@code end} was not seen. */
  private static long between(long start, long end) {
    return TimeUnit.NANOSECONDS.toMillis((end == 0 ? System.nanoTime() : end) - start);
  }

  private static void arrived(KeyEvent e) {
    // The robot presses Ctrl, waits, then N: the action starts with the N.
    if (keyArrived == 0 && !e.getCode().isModifierKey()) {
      keyArrived = System.nanoTime();
    }
  }

  /** CPU time used so far, in ns: FX thread, renderer thread, whole process (JIT and GC too). */
  private static long[] cpu() {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long fx = 0;
    long render = 0;
    for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t == null) {
        continue;
      }
      if (t.getThreadName().equals("JavaFX Application Thread")) {
        fx = threads.getThreadCpuTime(t.getThreadId());
      } else if (t.getThreadName().startsWith("QuantumRenderer")) {
        render = threads.getThreadCpuTime(t.getThreadId());
      }
    }
    long process =
        ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    return new long[] {fx, render, process};
  }

  private static long[] since(long[] before) {
    long[] now = cpu();
    long[] ms = new long[3];
    for (int i = 0; i < 3; i++) {
      ms[i] = TimeUnit.NANOSECONDS.toMillis(now[i] - before[i]);
    }
    return ms;
  }

  private static int editorCount() {
    return onFx(() -> ((TabPane) stage.getScene().lookup(".tab-pane")).getTabs().size());
  }

  private static boolean editorReady() {
    return onFx(WindowTimingBenchmark::editorReadyNow);
  }

  /** On the FX thread: the selected editor's title field is shown and has the focus. */
  private static boolean editorReadyNow() {
    Tab selected =
        ((TabPane) stage.getScene().lookup(".tab-pane")).getSelectionModel().getSelectedItem();
    Node title = selected == null ? null : selected.getContent().lookup("#field-title");
    // Usable: what is typed lands in the title.
    return title != null && title.isVisible() && title.getScene() != null && title.isFocused();
  }

  private static int editorCountNow() {
    return ((TabPane) stage.getScene().lookup(".tab-pane")).getTabs().size();
  }

  private static TabPane editorTabs() {
    Node content =
        ((TabPane) stage.getScene().lookup(".tab-pane"))
            .getSelectionModel()
            .getSelectedItem()
            .getContent();
    return (TabPane) content.lookup(".tab-pane");
  }

  private static void selectEditorTab(java.util.function.Predicate<Tab> which) {
    Platform.runLater(
        () ->
            editorTabs().getTabs().stream()
                .filter(which)
                .findFirst()
                .ifPresent(t -> editorTabs().getSelectionModel().select(t)));
  }

  /** The selected tab is the one asked for and its content has been laid out on screen. */
  private static boolean selectedEditorTabShown(String id) {
    return onFx(
        () -> {
          Tab t = editorTabs().getSelectionModel().getSelectedItem();
          return t != null
              && (id == null || id.equals(t.getId()))
              && t.getContent() != null
              && t.getContent().isVisible()
              && !(t.getContent() instanceof Parent p && p.isNeedsLayout())
              && t.getContent().getLayoutBounds().getWidth() > 0;
        });
  }

  private static <T> T onFx(Callable<T> read) {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(read.call());
          } catch (Exception e) {
            f.completeExceptionally(e);
          }
        });
    try {
      return f.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.call()) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("not reached within 60 s");
      }
      Thread.sleep(5);
    }
  }

  private static long ms(long t0) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
  }

  /** The first round on its own, then the median and max of the others. */
  private static void report(String what, List<Long> ms) {
    report(what, ms.get(0), ms.subList(1, ms.size()));
  }

  private static void report(String what, Long first, List<Long> rest) {
    String firstText = first == null ? "" : String.format("%6d ms", first);
    if (rest.isEmpty()) {
      System.out.printf("%-50s %9s%n", what, firstText);
      return;
    }
    List<Long> sorted = new ArrayList<>(rest);
    Collections.sort(sorted);
    System.out.printf(
        "%-50s %9s   median %5d ms, max %5d ms (n=%d)%n",
        what,
        firstText,
        sorted.get(sorted.size() / 2),
        sorted.get(sorted.size() - 1),
        sorted.size());
  }
}
