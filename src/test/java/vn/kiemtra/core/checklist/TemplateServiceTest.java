package vn.kiemtra.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.kiemtra.core.checklist.TemplateSamples.commune;
import static vn.kiemtra.core.checklist.TemplateSamples.criterion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.ValidationException;

/** The life of a template: draft, published (frozen), withdrawn; versions, deletion, defaults. */
class TemplateServiceTest {
  private final InMemoryChecklistRepository repo = new InMemoryChecklistRepository();
  private final TemplateService service =
      new TemplateService(repo, new ChecklistService(repo, in -> null), List.of());

  private static final TemplateRef XA_2026 = new TemplateRef("CCHC-XA", "2026");

  private static ChecklistTemplate renamedFirst(ChecklistTemplate t, String text) {
    List<ChecklistArea> areas = new ArrayList<>(t.areas());
    ChecklistArea cd = areas.get(0);
    List<Criterion> criteria = new ArrayList<>(cd.criteria());
    Criterion c = criteria.get(0);
    criteria.set(
        0,
        new Criterion(
            c.code(),
            text,
            c.guidance(),
            c.answerType(),
            c.facts(),
            c.maxScore(),
            c.notApplicableAllowed(),
            c.ratioTarget(),
            c.ratioThreshold(),
            c.subCriteria()));
    areas.set(0, new ChecklistArea(cd.code(), cd.name(), criteria));
    return t.withAreas(areas);
  }

  @Test
  void anImportIsStoredAsADraftAndReplacesTheDraftOfItsVersion() {
    TemplateService.Imported first = service.importTemplate(commune("2026"));
    assertThat(first.outcome()).isEqualTo(TemplateService.Outcome.CREATED);
    assertThat(repo.rows.get(XA_2026).status()).isEqualTo(TemplateStatus.DRAFT);
    assertThat(repo.rows.get(XA_2026).id()).isEqualTo(TemplateIds.of(XA_2026));

    TemplateService.Imported second =
        service.importTemplate(renamedFirst(commune("2026"), "Kế hoạch CCHC đã sửa"));
    assertThat(second.outcome()).isEqualTo(TemplateService.Outcome.REPLACED);
    assertThat(repo.rows.get(XA_2026).criterion("CD01").orElseThrow().text())
        .isEqualTo("Kế hoạch CCHC đã sửa");
  }

  @Test
  void aPublishedVersionNeverChanges() {
    service.importTemplate(commune("2026"));
    service.publish(XA_2026);
    int writes = repo.writes;

    assertThat(service.importTemplate(commune("2026")).outcome())
        .isEqualTo(TemplateService.Outcome.UNCHANGED);
    assertThat(repo.writes).isEqualTo(writes);
    assertThatThrownBy(() -> service.importTemplate(renamedFirst(commune("2026"), "Khác")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("CCHC-XA 2026")
        .hasMessageContaining("hãy ghi một phiên bản mới");
    assertThatThrownBy(() -> service.saveDraft(renamedFirst(commune("2026"), "Khác")))
        .hasMessageContaining("đã ban hành nên không sửa được");
    assertThat(repo.writes).isEqualTo(writes);
    assertThat(repo.rows.get(XA_2026).criterion("CD01").orElseThrow().text())
        .isEqualTo("Ban hành kế hoạch CCHC năm");
  }

  @Test
  void aTemplateWithProblemsIsNeitherImportedNorPublished() {
    ChecklistTemplate empty = commune("2026").withAreas(List.of());
    assertThatThrownBy(() -> service.importTemplate(empty))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("chưa có lĩnh vực nào");
    assertThat(repo.rows).isEmpty();

    service.importTemplate(commune("2026"));
    List<ChecklistArea> areas = new ArrayList<>(commune("2026").areas());
    areas.add(new ChecklistArea("KS", "Kiểm soát thủ tục", List.of()));
    assertThat(service.saveDraft(commune("2026").withAreas(areas)).saved()).isTrue();
    assertThatThrownBy(() -> service.publish(XA_2026))
        .hasMessage(
            "Chưa ban hành được bộ tiêu chí CCHC-XA 2026: còn 1 lỗi, lỗi đầu tiên: lĩnh vực KS chưa"
                + " có tiêu chí nào; hãy thêm tiêu chí hoặc xóa lĩnh vực");
    assertThat(repo.rows.get(XA_2026).status()).isEqualTo(TemplateStatus.DRAFT);
  }

  @Test
  void aNewVersionIsADraftCopyUnderItsOwnIdentity() {
    service.importTemplate(commune("2026"));
    service.publish(XA_2026);
    ChecklistTemplate next = service.newVersion(XA_2026, " 2027 ");

    assertThat(next.version()).isEqualTo("2027");
    assertThat(next.status()).isEqualTo(TemplateStatus.DRAFT);
    assertThat(next.id()).isEqualTo(TemplateIds.of(new TemplateRef("CCHC-XA", "2027")));
    assertThat(next.id()).isNotEqualTo(TemplateIds.of(XA_2026));
    assertThat(next.areas()).isEqualTo(repo.rows.get(XA_2026).areas());
    assertThatThrownBy(() -> service.newVersion(XA_2026, "2027"))
        .hasMessage("Đã có bộ tiêu chí CCHC-XA 2027; hãy chọn phiên bản khác.");
  }

  @Test
  void withdrawnVersionsStartNoInspectionButStayReadable() {
    service.importTemplate(commune("2026"));
    assertThatThrownBy(() -> service.withdraw(XA_2026)).hasMessageContaining("chưa ban hành");
    service.publish(XA_2026);
    assertThat(service.startable()).extracting(ChecklistTemplate::ref).containsExactly(XA_2026);

    service.withdraw(XA_2026);
    assertThat(service.startable()).isEmpty();
    assertThat(service.require(XA_2026).status()).isEqualTo(TemplateStatus.WITHDRAWN);
  }

  @Test
  void onlyDraftsAreDeleted() {
    service.importTemplate(commune("2026"));
    service.deleteDraft(XA_2026);
    assertThat(repo.rows).isEmpty();

    service.importTemplate(commune("2026"));
    service.publish(XA_2026);
    repo.usage.put(XA_2026, 3);
    assertThatThrownBy(() -> service.deleteDraft(XA_2026))
        .hasMessage(
            "Bộ tiêu chí CCHC-XA 2026 đã được 3 cuộc kiểm tra sử dụng nên không xóa được; hãy ngừng"
                + " sử dụng nó.");
    assertThat(repo.rows).containsKey(XA_2026);
  }

  @Test
  void aNewInspectionDefaultsToTheNewestPublishedVersionOfItsLevel() {
    for (String v : List.of("2025", "2026", "2027", "2028")) {
      service.importTemplate(commune(v));
    }
    service.publish(new TemplateRef("CCHC-XA", "2025"));
    service.publish(new TemplateRef("CCHC-XA", "2026"));
    service.publish(new TemplateRef("CCHC-XA", "2027"));
    service.withdraw(new TemplateRef("CCHC-XA", "2027"));

    assertThat(service.newestPublished(TemplateLevel.XA).orElseThrow().version()).isEqualTo("2026");
    assertThat(service.newestPublished(TemplateLevel.SO)).isEmpty();
  }

  @Test
  void autosaveStoresWhatCanBeStoredAndSaysWhatIsLeft() {
    service.importTemplate(commune("2026"));
    ChecklistTemplate noText = renamedFirst(commune("2026"), "");
    TemplateService.DraftSave saved = service.saveDraft(noText);
    assertThat(saved.saved()).isTrue();
    assertThat(saved.problems())
        .extracting(TemplateProblem::message)
        .containsExactly("thiếu nội dung tiêu chí; hãy ghi nội dung");

    List<ChecklistArea> areas = new ArrayList<>(commune("2026").areas());
    List<Criterion> criteria = new ArrayList<>(areas.get(0).criteria());
    criteria.add(criterion("CD01", "Trùng mã", AnswerType.DKD, "1"));
    areas.set(0, new ChecklistArea("CD", "Công tác chỉ đạo, điều hành", criteria));
    TemplateService.DraftSave refused = service.saveDraft(commune("2026").withAreas(areas));
    assertThat(refused.saved()).isFalse();
    assertThat(refused.problems())
        .extracting(TemplateProblem::message)
        .containsExactly("mã CD01 trùng với dòng 2; hãy đặt mã khác");
    assertThat(repo.rows.get(XA_2026).criterion("CD01").orElseThrow().text()).isEmpty();
  }

  @Test
  void aParentScoresTheSumOfItsSubCriteriaWhenSaved() {
    service.importTemplate(commune("2026"));
    List<ChecklistArea> areas = new ArrayList<>(commune("2026").areas());
    Criterion cd02 =
        TemplateSamples.parent(
            "CD02",
            "Thực hiện nhiệm vụ",
            "0",
            criterion("CD02.1", "Quý I–II", AnswerType.DKD4, "10"),
            criterion("CD02.2", "Quý III–IV", AnswerType.DKD4, "12.5"));
    areas.set(
        0,
        new ChecklistArea(
            "CD", "Công tác chỉ đạo, điều hành", List.of(areas.get(0).criteria().get(0), cd02)));
    service.saveDraft(commune("2026").withAreas(areas));
    assertThat(repo.rows.get(XA_2026).criterion("CD02").orElseThrow().maxScore())
        .isEqualTo(new BigDecimal("22.5"));
  }

  @Test
  void publishingShowsWhatChangedSinceThePreviousVersion() {
    service.importTemplate(commune("2026"));
    service.publish(XA_2026);
    service.newVersion(XA_2026, "2027");
    service.saveDraft(renamedFirst(commune("2027"), "Ban hành kế hoạch CCHC năm 2027"));

    ChecklistTemplate draft = service.require(new TemplateRef("CCHC-XA", "2027"));
    assertThat(service.previousVersion(draft).orElseThrow().ref()).isEqualTo(XA_2026);
    assertThat(service.changesSincePrevious(draft))
        .extracting(TemplateChange::text)
        .containsExactly(
            "Sửa nội dung tiêu chí CD01: «Ban hành kế hoạch CCHC năm» thành «Ban hành kế hoạch"
                + " CCHC năm 2027».");
  }
}
