package vn.kiemtra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.InMemoryChecklistRepository;
import vn.kiemtra.core.checklist.TemplateIds;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.checklist.TemplateSamples;
import vn.kiemtra.core.checklist.TemplateService;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.settings.SettingsRepository;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.ValidationException;
import vn.kiemtra.core.start.InspectionStarter;

/** New inspections start from a published version: which one is offered, and what is refused. */
class InspectionStarterTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 8, 15, 42);
  private static final TemplateRef XA_2025 = new TemplateRef("CCHC-XA", "2025");
  private static final TemplateRef XA_2026 = new TemplateRef("CCHC-XA", "2026");
  private static final TemplateRef XA_2027 = new TemplateRef("CCHC-XA", "2027");
  private static final TemplateRef SO_2026 = new TemplateRef("CCHC-SO", "2026");
  private static final TemplateRef OLD_XA = new TemplateRef("CCHC-XA", "2024");

  private final Map<String, String> stored = new HashMap<>();
  private final SettingsRepository settings =
      new SettingsRepository() {
        @Override
        public Optional<String> get(String key) {
          return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void put(String key, String value) {
          stored.put(key, value);
        }
      };
  private final InMemoryChecklistRepository templates =
      InMemoryChecklistRepository.of(
          commune(XA_2025, TemplateStatus.PUBLISHED),
          commune(XA_2026, TemplateStatus.PUBLISHED),
          commune(XA_2027, TemplateStatus.DRAFT),
          commune(OLD_XA, TemplateStatus.WITHDRAWN),
          department(SO_2026));
  private final InMemoryInspections inspections = new InMemoryInspections();
  private final ChecklistService checklists = new ChecklistService(templates, null);
  private final InspectionStarter starter =
      new InspectionStarter(
          new InspectionService(inspections, checklists),
          new TemplateService(templates, checklists, List.of()),
          settings);

  private static ChecklistTemplate commune(TemplateRef ref, TemplateStatus status) {
    return TemplateSamples.commune(ref.version()).as(TemplateIds.of(ref), ref.version(), status);
  }

  private static ChecklistTemplate department(TemplateRef ref) {
    ChecklistTemplate t = TemplateSamples.commune(ref.version());
    return new ChecklistTemplate(
        TemplateIds.of(ref),
        ref.code(),
        ref.version(),
        "Bộ tiêu chí kiểm tra công tác CCHC cấp sở",
        TemplateStatus.PUBLISHED,
        t.notApplicablePolicy(),
        t.partialFactor(),
        t.areas(),
        TemplateLevel.SO,
        t.legalBasis());
  }

  @Test
  void withNothingRememberedTheFirstLevelWithAPublishedVersionIsOffered() {
    InspectionStarter.Offer offer = starter.offer();

    assertThat(offer.level()).isEqualTo(TemplateLevel.SO);
    assertThat(offer.chosen().map(ChecklistTemplate::ref)).contains(SO_2026);
    assertThat(offer.levels()).containsExactly(TemplateLevel.SO, TemplateLevel.XA);
    // Drafts and withdrawn versions are never offered; the newest comes first.
    assertThat(offer.of(TemplateLevel.XA))
        .extracting(ChecklistTemplate::ref)
        .containsExactly(XA_2026, XA_2025);
  }

  @Test
  void theLevelUsedLastIsOfferedAgainWithItsNewestVersion() {
    starter.start(XA_2025, null, NOW);

    InspectionStarter.Offer offer = starter.offer();

    assertThat(offer.level()).isEqualTo(TemplateLevel.XA);
    assertThat(offer.chosen().map(ChecklistTemplate::ref)).contains(XA_2026);
  }

  @Test
  void aStartedInspectionKeepsItsVersionAndTheHeaderDefaults() {
    stored.put("header.governingBody", "UBND TỈNH NINH BÌNH");
    stored.put("header.issuingBody", "SỞ NỘI VỤ");

    Inspection started = starter.start(XA_2025, "  ", NOW);

    StoredInspection kept = inspections.rows.get(started.id());
    assertThat(kept.inspection().template()).isEqualTo(XA_2025);
    assertThat(kept.inspection().status()).isEqualTo(InspectionStatus.IN_PROGRESS);
    assertThat(kept.inspection().title())
        .isEqualTo("Kiểm tra công tác cải cách hành chính năm 2026");
    assertThat(kept.inspection().startedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 15));
    assertThat(kept.inspection().issuer().governingBody()).isEqualTo("UBND TỈNH NINH BÌNH");
    assertThat(kept.inspection().issuer().issuingBody()).isEqualTo("SỞ NỘI VỤ");
    assertThat(starter.start(SO_2026, "Kiểm tra Sở Y tế", NOW).title())
        .isEqualTo("Kiểm tra Sở Y tế");
  }

  @Test
  void aWithdrawnOrDraftVersionStartsNothing() {
    assertThatThrownBy(() -> starter.start(OLD_XA, null, NOW))
        .isInstanceOf(DomainException.class)
        .hasMessage(
            "bộ tiêu chí CCHC-XA 2024 đã ngừng sử dụng; hãy chọn bộ tiêu chí đang ban hành");
    assertThatThrownBy(() -> starter.start(XA_2027, null, NOW))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("chưa ban hành");
    assertThat(inspections.rows).isEmpty();
    assertThat(stored).doesNotContainKey(InspectionStarter.LAST_LEVEL);
  }

  @Test
  void aLevelWithoutAPublishedVersionIsSaidInOneSentence() {
    assertThat(starter.newestOf(TemplateLevel.XA).ref()).isEqualTo(XA_2026);
    assertThatThrownBy(() -> starter.newestOf(TemplateLevel.KHAC))
        .isInstanceOf(DomainException.class)
        .hasMessageStartingWith("Chưa có bộ tiêu chí nào đã ban hành cho cấp «Khác»");
  }

  @Test
  void aRememberedLevelWithNothingPublishedAnyMoreFallsBackToOneThatHas() {
    stored.put(InspectionStarter.LAST_LEVEL, "KHAC");

    assertThat(starter.offer().level()).isEqualTo(TemplateLevel.SO);
  }
}
