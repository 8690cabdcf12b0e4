package vn.kiemtra;

import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.settings.DataLocation;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.ui.common.FxUiExecutor;
import vn.kiemtra.ui.common.Texts;
import vn.kiemtra.ui.main.MainView;

/**
 * Composition root of the inspector's window: shows the window first, then opens the database in
 * the background ({@code --db PATH}, {@code KIEMTRA_DB} or the data folder).
 */
public final class KiemtraApp extends Application {
  private final FxUiExecutor executor = new FxUiExecutor();
  private Services services;
  private MainView main;

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
    Scene scene = new Scene((javafx.scene.Parent) main.node(), 1280, 800);
    scene
        .getStylesheets()
        .add(KiemtraApp.class.getResource("/vn/kiemtra/ui/kiemtra.css").toExternalForm());
    stage.setScene(scene);
    stage.setTitle(Texts.ui().get("app.title"));
    stage.setOnShown(
        e ->
            System.err.printf(
                "window shown after %d ms (JVM uptime %d ms)%n",
                (System.nanoTime() - launched) / 1_000_000,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()));
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
    String dbOption = dbOption(getParameters().getRaw(), getParameters().getNamed());
    executor.run(
        () -> open(dbOption),
        opened -> {
          services = opened;
          main.attach(opened);
          Features.install(main, opened, executor);
          BackupFeature.install(
              main,
              opened,
              executor,
              file -> getHostServices().showDocument(file.toUri().toString()),
              stage);
          System.err.printf(
              "database ready after %d ms (JVM uptime %d ms)%n",
              (System.nanoTime() - launched) / 1_000_000,
              java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        },
        main::showOpenFailure);
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
    if (main != null) {
      main.closeEditors();
    }
    if (services != null) {
      services.close();
    }
  }

  @Override
  public void stop() {
    shutdown();
    Platform.exit();
  }
}
