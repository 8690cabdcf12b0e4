package vn.kiemtra.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {
  @Test
  void aTypedPathIsMadeAbsoluteWithoutDotDot() {
    // "nothere" need not exist: H2 would open /tmp/etc/k while the journal looked under nothere.
    assertThat(DataLocation.resolve("/tmp/x/nothere/../../etc/k", Map.of(), "Linux", "/home/u"))
        .isEqualTo(Path.of("/tmp/etc/k"));
    assertThat(DataLocation.resolve(null, Map.of("KIEMTRA_DB", "data/./k"), "Linux", "/home/u"))
        .isEqualTo(Path.of("data/k").toAbsolutePath());
  }

  @Test
  void commandLineOptionWinsOverTheVariable() {
    assertThat(DataLocation.resolve("/tmp/a", Map.of("KIEMTRA_DB", "/tmp/b"), "Linux", "/home/u"))
        .isEqualTo(Path.of("/tmp/a"));
  }

  @Test
  void variableWinsOverTheDataFolder() {
    assertThat(DataLocation.resolve(null, Map.of("KIEMTRA_DB", "/tmp/b"), "Linux", "/home/u"))
        .isEqualTo(Path.of("/tmp/b"));
  }

  @Test
  void linuxUsesXdgDataHomeOrLocalShare() {
    assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/u"))
        .isEqualTo(Path.of("/data/kiemtra/kiemtra"));
    assertThat(DataLocation.resolve(null, Map.of(), "Linux", "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/share/kiemtra/kiemtra"));
  }

  @Test
  void windowsUsesAppDataAndMacUsesApplicationSupport() {
    assertThat(
            DataLocation.dataFolder(
                Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"))
        .isEqualTo(Path.of("C:/Users/u/AppData/Roaming", "kiemtra"));
    assertThat(DataLocation.dataFolder(Map.of(), "Mac OS X", "/Users/u"))
        .isEqualTo(Path.of("/Users/u/Library/Application Support/kiemtra"));
  }
}
