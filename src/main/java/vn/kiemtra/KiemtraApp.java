package vn.kiemtra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.settings.DataLocation;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.launcher.InstanceChannel;
import vn.kiemtra.ui.common.FxUiExecutor;
import vn.kiemtra.ui.common.Texts;
import vn.kiemtra.ui.main.MainView;
import vn.kiemtra.ui.main.WindowPlacement;

/**
 * Composition root of the inspector's window: shows the window first, then opens the database in
 * the background ({@code --db PATH}, {@code KIEMTRA_DB} or the data folder).
 */
public final class KiemtraApp extends Application {
  /** System property: close as soon as the list has loaded (installer build training run). */
  static final String EXIT_WHEN_READY = "kiemtra.exitWhenReady";

  private final FxUiExecutor executor = new FxUiExecutor();

  private MainView main;
  private volatile InstanceChannel channel;

  /**
   * The open database (none before it opens and after a close); closed by whichever close comes
   * first: the window's or the system's, which also stops taking hand-offs from later launches.
   */
  private ClosedOnExit database;

  private Path pendingImport;

  public static void main(String[] args) {
    launch(KiemtraApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    AppLogging.start(dbOption(getParameters().getRaw(), getParameters().getNamed()));
    long launched = System.nanoTime();
    Messages.useLocale(
        java.util.Locale.forLanguageTag(
            vn.kiemtra.ui.settings.SettingsView.preferences()
                .get(vn.kiemtra.ui.settings.SettingsView.LANGUAGE_PREFERENCE, "vi-VN")));
    main =
        new MainView(
            stage, executor, file -> getHostServices().showDocument(file.toUri().toString()));
    Scene scene = vn.kiemtra.ui.common.StyledScene.of((javafx.scene.Parent) main.node());
    stage.setScene(scene);
    WindowPlacement.forUser().apply(stage);
    stage.setTitle(Texts.ui().get("app.title"));
    for (int size : new int[] {16, 32, 64, 256}) {
      stage
          .getIcons()
          .add(
              new javafx.scene.image.Image(
                  KiemtraApp.class
                      .getResource("/vn/kiemtra/ui/icons/kiemtra-" + size + ".png")
                      .toExternalForm()));
    }
    stage.setOnShown(e -> StartupTimes.report("window shown", launched));
    stage.setOnCloseRequest(
        e -> {
          // The pending saves run in the background; an edit that cannot be saved asks first.
          e.consume();
          main.requestCloseEditors(
              () -> {
                shutdown();
                stage.close();
                Platform.exit();
              });
        });
    stage.show();
    // Logging out or shutting the laptop down ends the process (SIGTERM): close the database on
    // the hook's thread, not the FX thread (JavaFX stops its renderer in a hook of its own, after
    // which the FX thread can stop at its next repaint).
    database =
        new ClosedOnExit(
            () -> {
              InstanceChannel listening = channel;
              if (listening != null) {
                listening.close();
              }
            });
    String dbOption = dbOption(getParameters().getRaw(), getParameters().getNamed());
    pendingImport = Main.packageFile(getParameters().getRaw().toArray(String[]::new)).orElse(null);
    executor.run(
        () -> open(dbOption),
        opened -> {
          database.opened(opened);
          main.attach(opened);
          Features.install(main, opened, executor);
          BackupFeature.install(
              main,
              opened,
              executor,
              file -> getHostServices().showDocument(file.toUri().toString()),
              stage);
          StartupTimes.report("database ready", launched);
          listenForLaterLaunches(opened.databaseFile(), stage);
          if (pendingImport != null) {
            openImport(pendingImport);
          }
          StartupTimes.whenListLoaded(
              scene,
              () -> {
                StartupTimes.report("list loaded", launched);
                if (Boolean.getBoolean(EXIT_WHEN_READY)) {
                  // Used by the installer build to train the class-data archive on a real start.
                  shutdown();
                  Platform.exit();
                }
              });
        },
        main::showOpenFailure);
  }

  /** A second launch on this database brings this window forward and hands it its package. */
  private void listenForLaterLaunches(Path database, Stage stage) {
    executor.run(
        () -> {
          // Set here, not on the FX thread: the system's request to end may need it meanwhile.
          channel =
              InstanceChannel.listen(
                      database, request -> Platform.runLater(() -> handOver(stage, request)))
                  .orElse(null);
          return channel;
        },
        listening -> {},
        error -> {});
  }

  private void handOver(Stage stage, InstanceChannel.Request request) {
    stage.setIconified(false);
    stage.show();
    stage.toFront();
    stage.requestFocus();
    request.importFile().ifPresent(this::openImport);
  }

  private void openImport(Path file) {
    Services services = database.current();
    if (services == null) {
      pendingImport = file; // opened with the database
      return;
    }
    pendingImport = null;
    Features.openImport(main, services, executor, List.of(file));
  }

  private static Services open(String dbOption) {
    return AppContext.open(DataLocation.resolve(dbOption));
  }

  static String dbOption(List<String> raw, Map<String, String> named) {
    if (named.containsKey("db")) {
      return named.get("db");
    }
    int i = raw.indexOf("--db");
    return i >= 0 && i + 1 < raw.size() ? raw.get(i + 1) : null;
  }

  private void shutdown() {
    if (channel != null) {
      channel.close();
      channel = null;
    }
    if (main != null) {
      main.close();
    }
    // stop() runs this again after a close from the window; the system's request may run it too.
    Services closing = database == null ? null : database.take();
    if (closing != null) {
      closing.close();
    }
  }

  @Override
  public void stop() {
    shutdown();
    Platform.exit();
  }
}
