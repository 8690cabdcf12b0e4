package vn.kiemtra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher opens the window only for no arguments or a lone database option. */
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
}
