package vn.kiemtra.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.Services;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.MinutesTestData;

/**
 * The six inspections a new user tries (the seed, 60 recommendations, a minimal one, a "Tổ kiểm
 * tra" of a merged province with long names, no secretary with ten unit participants, decomposed
 * text), rendered with the annex to PDF and DOCX and put through the Decree 30 check. The files are
 * left in {@code target/minutes-samples} for a person to look at.
 */
class AwkwardMinutesTest {
  static final Path SAMPLES = Path.of("target/minutes-samples");

  @TempDir static Path dir;
  static AppContext services;

  @BeforeAll
  static void open() throws IOException {
    services = AppContext.open(dir.resolve("db"));
    Files.createDirectories(SAMPLES);
  }

  @AfterAll
  static void close() {
    services.close();
  }

  static Stream<Arguments> inspections() {
    return Stream.of(
        Arguments.of("seed", (Function<Services, Inspection>) MinutesTestData::importSeed),
        Arguments.of("long", (Function<Services, Inspection>) MinutesTestData::saveLongInspection),
        Arguments.of(
            "minimal", (Function<Services, Inspection>) MinutesTestData::saveMinimalInspection),
        Arguments.of(
            "province", (Function<Services, Inspection>) MinutesTestData::saveProvinceInspection),
        Arguments.of(
            "crowd", (Function<Services, Inspection>) MinutesTestData::saveCrowdInspection),
        Arguments.of(
            "decomposed",
            (Function<Services, Inspection>) MinutesTestData::saveDecomposedInspection));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inspections")
  void meetsDecree30InPdfAndWord(String name, Function<Services, Inspection> make)
      throws IOException {
    UUID id = make.apply(services).id();
    MinutesContent content = services.minutes().content(id, MinutesOptions.withAnnex());
    JasperRenderedMinutes rendered = (JasperRenderedMinutes) services.minutes().render(content);
    byte[] pdf = rendered.pdf();
    byte[] docx = rendered.docx();
    Files.write(SAMPLES.resolve(name + ".pdf"), pdf);
    Files.write(SAMPLES.resolve(name + ".docx"), docx);
    Decree30Check.check(content, pdf, rendered.minutesPageCount());
    assertThat(WordCheck.sectionMarginsAndPageField(docx)).isTrue();
  }
}
