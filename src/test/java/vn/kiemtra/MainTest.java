package vn.kiemtra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The launcher opens the window only for no arguments, a lone database option or a sync package (a
 * double-click on a .kiemtra file).
 */
class MainTest {
  @Test
  void theWindowOpensForNothingOrOnlyTheDatabase() {
    assertThat(Main.opensWindow(new String[] {})).isTrue();
    assertThat(Main.opensWindow(new String[] {"--db", "/x/kiemtra"})).isTrue();
    assertThat(Main.opensWindow(new String[] {"--db=/x/kiemtra"})).isTrue();
  }

  @Test
  void aCommandAfterTheDatabaseRunsTheCommand() {
    assertThat(Main.opensWindow(new String[] {"--db", "/x/kiemtra", "inspection", "list"}))
        .isFalse();
    assertThat(Main.opensWindow(new String[] {"--db=/x/kiemtra", "doctor"})).isFalse();
    assertThat(Main.opensWindow(new String[] {"doctor"})).isFalse();
    assertThat(Main.opensWindow(new String[] {"--help"})).isFalse();
  }

  @Test
  void aSyncPackageOpensTheWindowWithThatFile() {
    assertThat(Main.opensWindow(new String[] {"/home/a/laptop-3.kiemtra"})).isTrue();
    assertThat(Main.opensWindow(new String[] {"--db", "/x/kiemtra", "/home/a/B.KIEMTRA"})).isTrue();
    assertThat(Main.packageFile(new String[] {"--db", "/x/kiemtra", "/home/a/laptop-3.kiemtra"}))
        .contains(java.nio.file.Path.of("/home/a/laptop-3.kiemtra"));
    assertThat(Main.packageFile(new String[] {"--db", "/x/kiemtra"})).isEmpty();
  }

  @Test
  void anythingElseBesidesThePackageIsACommand() {
    assertThat(Main.opensWindow(new String[] {"sync", "import", "/home/a/laptop-3.kiemtra"}))
        .isFalse();
    assertThat(Main.opensWindow(new String[] {"/home/a/report.pdf"})).isFalse();
    assertThat(Main.opensWindow(new String[] {"--db"})).isFalse();
  }
}
