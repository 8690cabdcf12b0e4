package vn.kiemtra.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle has the same keys in Vietnamese and English, and its text is NFC. */
class MessageBundlesTest {
  private static final Path DIR = Path.of("src/main/resources/vn/kiemtra/i18n");

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static List<Path> vietnameseBundles() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .filter(f -> f.toString().endsWith(".properties") && !f.toString().contains("_"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
    assertThat(vietnameseBundles()).isNotEmpty();
    for (Path vi : vietnameseBundles()) {
      Path en =
          vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
      assertThat(en).as("English bundle for " + vi.getFileName()).exists();
      assertThat(load(en).keySet()).as(vi.getFileName().toString()).isEqualTo(load(vi).keySet());
    }
  }

  @Test
  void bundleTextIsComposedUnicode() throws IOException {
    for (Path vi : vietnameseBundles()) {
      for (Object value : load(vi).values()) {
        assertThat(Normalizer.isNormalized(value.toString(), Normalizer.Form.NFC))
            .as(value.toString())
            .isTrue();
      }
    }
  }

  @Test
  void messagesFollowTheChosenLanguage() {
    assertThat(Messages.of("messages", Messages.VIETNAMESE).get("status.SIGNED"))
        .isEqualTo("Đã ký");
    assertThat(Messages.of("messages", Locale.ENGLISH).get("status.SIGNED")).isEqualTo("Signed");
    assertThat(Messages.of("messages", Messages.VIETNAMESE).get("validate.more", "x", 2))
        .isEqualTo("x (và 2 lỗi khác)");
    assertThat(Messages.of("messages").get("no.such.key")).isEqualTo("!no.such.key!");
    assertThat(Messages.of("report", Messages.VIETNAMESE).get("doc.type.MINUTES"))
        .isEqualTo("BIÊN BẢN");
    assertThat(Messages.of("report", Locale.ENGLISH).get("doc.type.MINUTES")).isEqualTo("MINUTES");
  }
}
