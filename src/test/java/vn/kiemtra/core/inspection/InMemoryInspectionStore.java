package vn.kiemtra.core.inspection;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.InMemoryChecklistRepository;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.checklist.TemplateStatus;

/**
 * In-memory stand-ins for the stores InspectionService uses, so its rules are tested without a
 * database: a repository that keeps each inspection with a revision counter, and a small two-area
 * checklist.
 */
final class InMemoryInspectionStore implements InspectionRepository {
  static final TemplateRef TEMPLATE = new TemplateRef("THU", "1");
  static final TemplateRef OTHER_TEMPLATE = new TemplateRef("THU", "2");

  private final Map<UUID, StoredInspection> rows = new LinkedHashMap<>();
  private final Set<UUID> trash = new HashSet<>();
  int saves;

  @Override
  public Optional<StoredInspection> find(UUID id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public List<InspectionSummary> list() {
    return summaries(false);
  }

  @Override
  public List<InspectionSummary> listDeleted() {
    return summaries(true);
  }

  private List<InspectionSummary> summaries(boolean deleted) {
    List<InspectionSummary> out = new ArrayList<>();
    for (StoredInspection s : rows.values()) {
      Inspection i = s.inspection();
      if (trash.contains(i.id()) == deleted) {
        out.add(
            new InspectionSummary(
                i.id(),
                i.title(),
                i.startedAt(),
                i.unit() == null ? null : i.unit().name(),
                i.status(),
                i.template(),
                s.revision(),
                s.updatedAt()));
      }
    }
    return out;
  }

  @Override
  public SaveOutcome save(Inspection inspection) {
    saves++;
    StoredInspection old = rows.get(inspection.id());
    if (old != null && old.inspection().equals(inspection)) {
      return new SaveOutcome(SaveOutcome.Kind.UNCHANGED, old.revision(), 0);
    }
    int revision = old == null ? 1 : old.revision() + 1;
    rows.put(
        inspection.id(),
        new StoredInspection(
            inspection,
            revision,
            OffsetDateTime.of(2026, 3, 2, 8, 0, revision, 0, ZoneOffset.ofHours(7)),
            new UUID(0, 1)));
    return new SaveOutcome(
        old == null ? SaveOutcome.Kind.CREATED : SaveOutcome.Kind.UPDATED, revision, 1);
  }

  @Override
  public SaveOutcome save(Inspection inspection, long expectedVersion) {
    StoredInspection old = rows.get(inspection.id());
    long stored = old == null ? 0 : old.version();
    if (stored != expectedVersion) {
      return new SaveOutcome(SaveOutcome.Kind.STALE, old == null ? 0 : old.revision(), 0, stored);
    }
    return save(inspection);
  }

  @Override
  public void delete(UUID id) {
    trash.add(id);
  }

  @Override
  public void restore(UUID id) {
    trash.remove(id);
  }

  /** A checklist service over the two test templates (versions 1 and 2 of "THU"). */
  static ChecklistService checklists() {
    ChecklistTemplate first = template(TEMPLATE);
    InMemoryChecklistRepository repository =
        InMemoryChecklistRepository.of(first, template(OTHER_TEMPLATE));
    return new ChecklistService(repository, in -> first);
  }

  private static ChecklistTemplate template(TemplateRef ref) {
    return new ChecklistTemplate(
        UUID.nameUUIDFromBytes(ref.toString().getBytes()),
        ref.code(),
        ref.version(),
        "Bộ tiêu chí thử",
        TemplateStatus.PUBLISHED,
        NotApplicablePolicy.EXCLUDE_FROM_MAX,
        new BigDecimal("0.5"),
        List.of(
            new ChecklistArea("A", "Chỉ đạo, điều hành", List.of(criterion("A1"), criterion("A2"))),
            new ChecklistArea("B", "Thủ tục hành chính", List.of(criterion("B1")))));
  }

  private static Criterion criterion(String code) {
    return new Criterion(
        code,
        "Tiêu chí " + code,
        null,
        AnswerType.DKD,
        Set.of(),
        new BigDecimal("2"),
        false,
        null,
        null,
        List.of());
  }

  /** A valid inspection on the first test template, ready to sign. */
  static Inspection inspection(UUID id) {
    return Inspection.builder(id)
        .title("Kiểm tra công tác cải cách hành chính năm 2026")
        .template(TEMPLATE)
        .status(InspectionStatus.READY_TO_SIGN)
        .startedAt(LocalDateTime.of(2026, 3, 2, 8, 0))
        .endedAt(LocalDateTime.of(2026, 3, 2, 11, 30))
        .place("Trụ sở Ủy ban nhân dân xã")
        .unit(new UnitRef("Ủy ban nhân dân xã Đồng Hỷ", "UBND xã Đồng Hỷ"))
        .team(
            List.of(new TeamMember("Vũ Thị Hòa", "Phó Giám đốc Sở Nội vụ", null, TeamRole.LEADER)))
        .build();
  }
}
