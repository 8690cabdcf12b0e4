package vn.kiemtra.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.shared.Messages;

/** The report bundle exists in Vietnamese and English with the same keys. */
class ReportBundleTest {
  @Test
  void vietnameseAndEnglishHaveTheSameKeys() {
    ResourceBundle vi = Messages.of("report", Messages.VIETNAMESE).bundle();
    ResourceBundle en = Messages.of("report", Locale.ENGLISH).bundle();
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(vi.keySet());
    assertThat(vi.getString("doc.type.MINUTES")).isEqualTo("BIÊN BẢN");
    assertThat(en.getString("doc.type.MINUTES")).isEqualTo("MINUTES");
  }
}
