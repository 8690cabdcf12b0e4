package vn.kiemtra.core.inspection;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
 * In-memory fakes for the editing rules: a repository whose aggregate version goes up by one per
 * stored change and that checks the version and the lock like the real one, and a two-criterion
 * published template whose reads are counted.
 */
public final class InMemoryInspections implements InspectionRepository {
  public static final TemplateRef REF = new TemplateRef("TEST", "1");

  final Map<UUID, StoredInspection> rows = new HashMap<>();
  final InMemoryChecklistRepository templates = InMemoryChecklistRepository.of(template());
  final AtomicInteger finds = new AtomicInteger();
  RuntimeException failNextSave;

  static Criterion criterion(String code, AnswerType type, boolean notApplicable) {
    return new Criterion(
        code,
        "Tiêu chí " + code,
        null,
        type,
        Set.of(),
        new BigDecimal("2"),
        notApplicable,
        null,
        null,
        List.of());
  }

  static ChecklistTemplate template() {
    return new ChecklistTemplate(
        UUID.nameUUIDFromBytes("TEST".getBytes()),
        REF.code(),
        REF.version(),
        "Bộ thử",
        TemplateStatus.PUBLISHED,
        NotApplicablePolicy.EXCLUDE_FROM_MAX,
        new BigDecimal("0.5"),
        List.of(
            new ChecklistArea(
                "A",
                "Lĩnh vực A",
                List.of(
                    criterion("A1", AnswerType.DKD, false),
                    criterion("A2", AnswerType.DKD4, true)))));
  }

  public ChecklistService checklists() {
    return new ChecklistService(templates, null);
  }

  static Inspection blank(String title) {
    return new InspectionPlanner()
        .blank(REF, Issuer.blank(), title, LocalDateTime.of(2026, 3, 2, 8, 0));
  }

  /** Another device's change: stored with a new version, as a sync import would. */
  public synchronized void changeElsewhere(
      UUID id, java.util.function.UnaryOperator<Inspection> change) {
    StoredInspection s = rows.get(id);
    rows.put(
        id,
        new StoredInspection(
            change.apply(s.inspection()), s.revision() + 1, null, null, s.version() + 1));
  }

  @Override
  public synchronized Optional<StoredInspection> find(UUID id) {
    finds.incrementAndGet();
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public List<InspectionSummary> list() {
    return new ArrayList<>();
  }

  @Override
  public List<InspectionSummary> listDeleted() {
    return new ArrayList<>();
  }

  @Override
  public synchronized SaveOutcome save(Inspection inspection) {
    if (failNextSave != null) {
      RuntimeException e = failNextSave;
      failNextSave = null;
      throw e;
    }
    StoredInspection s = rows.get(inspection.id());
    if (s != null && s.inspection().equals(inspection)) {
      return new SaveOutcome(SaveOutcome.Kind.UNCHANGED, s.revision(), 0, s.version());
    }
    int revision = s == null ? 1 : s.revision() + 1;
    long version = s == null ? 1 : s.version() + 1;
    rows.put(inspection.id(), new StoredInspection(inspection, revision, null, null, version));
    return new SaveOutcome(
        s == null ? SaveOutcome.Kind.CREATED : SaveOutcome.Kind.UPDATED, revision, 1, version);
  }

  @Override
  public synchronized SaveOutcome save(Inspection inspection, long expectedVersion) {
    StoredInspection s = rows.get(inspection.id());
    long stored = s == null ? 0 : s.version();
    if (s != null && s.inspection().status().isLocked()) {
      return new SaveOutcome(SaveOutcome.Kind.LOCKED, s.revision(), 0, stored);
    }
    if (stored != expectedVersion) {
      return new SaveOutcome(SaveOutcome.Kind.STALE, s == null ? 0 : s.revision(), 0, stored);
    }
    return save(inspection);
  }

  @Override
  public void delete(UUID id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void restore(UUID id) {
    throw new UnsupportedOperationException();
  }
}
