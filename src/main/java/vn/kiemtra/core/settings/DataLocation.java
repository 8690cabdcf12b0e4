package vn.kiemtra.core.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the installation's database lives: {@code --db PATH}, else {@code KIEMTRA_DB}, else the
 * user's data folder ({@code $XDG_DATA_HOME/kiemtra} or {@code ~/.local/share/kiemtra} on Linux,
 * {@code %APPDATA%\kiemtra} on Windows, {@code ~/Library/Application Support/kiemtra} on macOS).
 */
public final class DataLocation {
  public static final String ENV_VARIABLE = "KIEMTRA_DB";
  public static final String FILE_NAME = "kiemtra";

  private DataLocation() {}

  public static Path resolve(String dbOption) {
    return resolve(
        dbOption, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
  }

  public static Path resolve(
      String dbOption, Map<String, String> env, String osName, String userHome) {
    if (dbOption != null && !dbOption.isBlank()) {
      return given(dbOption);
    }
    String fromEnv = env.get(ENV_VARIABLE);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return given(fromEnv);
    }
    return dataFolder(env, osName, userHome).resolve(FILE_NAME);
  }

  /**
   * A path the user typed, absolute and without "." or "..": H2 opens the file at the normalised
   * path while the journal, the backups and the log use the path as given, and a ".." after a
   * folder that does not exist would otherwise put the database and its journal in two places.
   */
  private static Path given(String path) {
    return Path.of(path).toAbsolutePath().normalize();
  }

  public static Path dataFolder(Map<String, String> env, String osName, String userHome) {
    String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appData = env.get("APPDATA");
      Path base =
          appData != null && !appData.isBlank()
              ? Path.of(appData)
              : Path.of(userHome, "AppData", "Roaming");
      return base.resolve("kiemtra");
    }
    if (os.contains("mac")) {
      return Path.of(userHome, "Library", "Application Support", "kiemtra");
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "kiemtra");
    }
    return Path.of(userHome, ".local", "share", "kiemtra");
  }
}
