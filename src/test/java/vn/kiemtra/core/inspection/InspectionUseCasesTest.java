package vn.kiemtra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.settings.AppSettings;
import vn.kiemtra.core.settings.AppSettingsService;
import vn.kiemtra.core.settings.SettingOwners;
import vn.kiemtra.testsupport.Fixtures;

/** Readiness check, planner, findings draft and settings on the default checklist. */
class InspectionUseCasesTest {
  @TempDir Path dir;
  private AppContext app;
  private ChecklistTemplate template;
  private Inspection seed;

  @BeforeEach
  void open() {
    app = AppContext.open(dir.resolve("db"));
    template = app.checklists().require(ChecklistService.DEFAULT_TEMPLATE);
    seed =
        app.documentFormat()
            .read(new ByteArrayInputStream(Fixtures.seed().getBytes(StandardCharsets.UTF_8)), true)
            .inspection();
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void aBlankInspectionListsEverythingThatIsMissing() {
    Inspection blank =
        new InspectionPlanner()
            .blank(
                ChecklistService.DEFAULT_TEMPLATE,
                Issuer.blank(),
                "Kiểm tra",
                LocalDateTime.of(2026, 3, 2, 8, 0));
    List<ReadinessCheck.Gap> gaps = new ReadinessCheck().check(blank, template);
    assertThat(gaps)
        .extracting(ReadinessCheck.Gap::kind)
        .contains(
            ReadinessCheck.Kind.PLACE,
            ReadinessCheck.Kind.UNIT,
            ReadinessCheck.Kind.NO_LEADER,
            ReadinessCheck.Kind.REPRESENTATIVE,
            ReadinessCheck.Kind.OVERALL_ASSESSMENT);
    assertThat(gaps.stream().filter(g -> g.kind() == ReadinessCheck.Kind.UNASSESSED_CRITERION))
        .hasSize(69);
  }

  @Test
  void theSeedOnlyLacksItsUnassessedCriteria() {
    List<ReadinessCheck.Gap> gaps = new ReadinessCheck().check(seed, template);
    assertThat(gaps).allMatch(g -> g.kind() == ReadinessCheck.Kind.UNASSESSED_CRITERION);
    assertThat(gaps).hasSize(69 - 12);
  }

  @Test
  void nextYearsPlanKeepsThePeopleAndDropsTheResults() {
    Inspection plan = new InspectionPlanner().nextYearPlan(seed, seed.template());
    assertThat(plan.id()).isNotEqualTo(seed.id());
    assertThat(plan.status()).isEqualTo(InspectionStatus.PLANNED);
    assertThat(plan.title()).isEqualTo("Kiểm tra công tác cải cách hành chính năm 2024");
    assertThat(plan.basis().get(0)).endsWith("năm 2024");
    assertThat(plan.startedAt()).isEqualTo(seed.startedAt().plusYears(1));
    assertThat(plan.team()).isEqualTo(seed.team());
    assertThat(plan.answers()).isEmpty();
    assertThat(plan.recommendations()).isEmpty();
    assertThat(plan.overallAssessment()).isNull();
    assertThat(app.inspections().save(plan).kind()).isEqualTo(SaveOutcome.Kind.CREATED);
  }

  @Test
  void findingsDraftUsesTheNotesOfPassedAndFailedCriteria() {
    FindingDraftWriter.Draft d =
        new FindingDraftWriter().write(seed, template, app.inspections().score(seed));
    assertThat(d.finding("CS").orElseThrow().strengths()).contains("11.300 văn bản đi");
    assertThat(d.finding("TC").orElseThrow().shortcomings()).contains("cần tiếp tục rà soát");
    assertThat(d.finding("BM")).isEmpty();
    assertThat(d.overallAssessment()).contains("20/100");
  }

  @Test
  void settingsAreStoredComposedAndReadBackEachFromItsOneOwner() {
    String[] language = {AppSettings.VIETNAMESE};
    SettingOwners owners =
        new SettingOwners() {
          @Override
          public String deviceName() {
            return app.sync().thisDevice().name();
          }

          @Override
          public void renameDevice(String name) {
            app.sync().renameDevice(name);
          }

          @Override
          public String language() {
            return language[0];
          }

          @Override
          public void setLanguage(String code) {
            language[0] = code;
          }
        };
    AppSettingsService store = new AppSettingsService(app.settings(), owners);
    assertThat(store.load().language()).isEqualTo(AppSettings.VIETNAMESE);
    String nfd =
        java.text.Normalizer.normalize(
            "Ủy ban nhân dân tỉnh Bắc Kạn", java.text.Normalizer.Form.NFD);
    store.save(
        new AppSettings(
            "Máy của Đoàn 1",
            new Issuer(nfd, "Đoàn kiểm tra", "BB-ĐKT", "Bắc Kạn"),
            AppSettings.ENGLISH));
    AppSettings read = store.load();
    assertThat(read.deviceName()).isEqualTo("Máy của Đoàn 1");
    // The sync card (what packages carry) is the device name's one owner.
    assertThat(app.sync().thisDevice().name()).isEqualTo("Máy của Đoàn 1");
    assertThat(read.defaultIssuer().governingBody()).isEqualTo("Ủy ban nhân dân tỉnh Bắc Kạn");
    assertThat(read.locale().getLanguage()).isEqualTo("en");
    assertThat(language[0]).isEqualTo(AppSettings.ENGLISH);
    assertThat(app.settings().get("ui.language")).isEmpty();

    AppSettings blankName = new AppSettings("  ", read.defaultIssuer(), AppSettings.VIETNAMESE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save(blankName))
        .isInstanceOf(vn.kiemtra.core.shared.DomainException.class);
    assertThat(app.sync().thisDevice().name()).isEqualTo("Máy của Đoàn 1");
    assertThat(language[0]).isEqualTo(AppSettings.ENGLISH);
  }
}
