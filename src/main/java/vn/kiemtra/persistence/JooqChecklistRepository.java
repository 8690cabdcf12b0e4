package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.CHECKLIST_AREA;
import static vn.kiemtra.persistence.jooq.Tables.CHECKLIST_CRITERION;
import static vn.kiemtra.persistence.jooq.Tables.CHECKLIST_TEMPLATE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Result;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistRepository;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.checklist.TemplateStatus;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Ids;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.persistence.jooq.tables.records.ChecklistAreaRecord;
import vn.kiemtra.persistence.jooq.tables.records.ChecklistCriterionRecord;
import vn.kiemtra.persistence.jooq.tables.records.ChecklistTemplateRecord;

/** Checklist templates in H2: template, area and criterion rows (sub-criteria by parent). */
public final class JooqChecklistRepository implements ChecklistRepository {
  private static final Messages MSG = Messages.of("messages");

  private final Database db;

  public JooqChecklistRepository(Database db) {
    this.db = db;
  }

  @Override
  public Optional<ChecklistTemplate> find(TemplateRef ref) {
    return db.read(
        ctx ->
            Optional.ofNullable(
                    ctx.selectFrom(CHECKLIST_TEMPLATE)
                        .where(
                            CHECKLIST_TEMPLATE.CODE.eq(ref.code()),
                            CHECKLIST_TEMPLATE.VERSION.eq(ref.version()),
                            CHECKLIST_TEMPLATE.DELETED.isFalse())
                        .fetchOne())
                .map(t -> assemble(ctx, t)));
  }

  @Override
  public Optional<ChecklistTemplate> findById(UUID id) {
    return db.read(
        ctx ->
            Optional.ofNullable(
                    ctx.selectFrom(CHECKLIST_TEMPLATE)
                        .where(CHECKLIST_TEMPLATE.ID.eq(id))
                        .fetchOne())
                .map(t -> assemble(ctx, t)));
  }

  @Override
  public List<ChecklistTemplate> findAll() {
    return db.read(
        ctx ->
            ctx
                .selectFrom(CHECKLIST_TEMPLATE)
                .where(CHECKLIST_TEMPLATE.DELETED.isFalse())
                .orderBy(CHECKLIST_TEMPLATE.CODE, CHECKLIST_TEMPLATE.VERSION)
                .fetch()
                .stream()
                .map(t -> assemble(ctx, t))
                .toList());
  }

  private static ChecklistTemplate assemble(DSLContext ctx, ChecklistTemplateRecord t) {
    Result<ChecklistAreaRecord> areas =
        ctx.selectFrom(CHECKLIST_AREA)
            .where(CHECKLIST_AREA.TEMPLATE_ID.eq(t.getId()), CHECKLIST_AREA.DELETED.isFalse())
            .orderBy(CHECKLIST_AREA.ORDINAL)
            .fetch();
    Result<ChecklistCriterionRecord> criteria =
        ctx.selectFrom(CHECKLIST_CRITERION)
            .where(
                CHECKLIST_CRITERION.TEMPLATE_ID.eq(t.getId()),
                CHECKLIST_CRITERION.DELETED.isFalse())
            .orderBy(CHECKLIST_CRITERION.ORDINAL)
            .fetch();
    Map<UUID, List<ChecklistCriterionRecord>> byParent = new HashMap<>();
    for (ChecklistCriterionRecord c : criteria) {
      UUID key = c.getParentId() != null ? c.getParentId() : c.getAreaId();
      byParent.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<ChecklistArea> built = new ArrayList<>();
    for (ChecklistAreaRecord a : areas) {
      built.add(
          new ChecklistArea(
              a.getCode(),
              a.getName(),
              byParent.getOrDefault(a.getId(), List.of()).stream()
                  .filter(c -> c.getParentId() == null)
                  .map(c -> criterion(c, byParent))
                  .toList()));
    }
    return new ChecklistTemplate(
        t.getId(),
        t.getCode(),
        t.getVersion(),
        t.getName(),
        TemplateStatus.valueOf(t.getStatus()),
        NotApplicablePolicy.valueOf(t.getNaPolicy()),
        t.getPartialFactor(),
        built);
  }

  private static Criterion criterion(
      ChecklistCriterionRecord c, Map<UUID, List<ChecklistCriterionRecord>> byParent) {
    return new Criterion(
        c.getCode(),
        c.getText(),
        c.getGuidance(),
        AnswerType.valueOf(c.getAnswerType()),
        facts(c.getFacts()),
        c.getMaxScore(),
        c.getNaAllowed(),
        c.getRatioTarget(),
        c.getRatioThreshold(),
        byParent.getOrDefault(c.getId(), List.of()).stream()
            .map(s -> criterion(s, byParent))
            .toList());
  }

  private static Set<AnswerType> facts(String joined) {
    if (joined == null || joined.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(joined.split(","))
        .map(String::trim)
        .map(AnswerType::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AnswerType.class)));
  }

  /** The id a template version gets on every device, so sync sees one template. */
  public static UUID templateId(TemplateRef ref) {
    return Ids.derived(new UUID(0, 0), "template", ref.code() + "/" + ref.version());
  }

  @Override
  public void insert(ChecklistTemplate template) {
    db.write(
        ctx -> {
          boolean exists =
              ctx.fetchExists(
                  ctx.selectFrom(CHECKLIST_TEMPLATE)
                      .where(
                          CHECKLIST_TEMPLATE.CODE.eq(template.code()),
                          CHECKLIST_TEMPLATE.VERSION.eq(template.version())));
          if (exists) {
            throw new DomainException(MSG.get("template.exists", template.ref()));
          }
          UUID id = template.id() != null ? template.id() : templateId(template.ref());
          RowWriter writer = new RowWriter(ctx, db.deviceId(), db.now());
          writer.upsert(
              CHECKLIST_TEMPLATE,
              new RowWriter.Row(id)
                  .set(CHECKLIST_TEMPLATE.CODE, template.code())
                  .set(CHECKLIST_TEMPLATE.VERSION, template.version())
                  .set(CHECKLIST_TEMPLATE.NAME, template.name())
                  .set(CHECKLIST_TEMPLATE.STATUS, template.status().name())
                  .set(CHECKLIST_TEMPLATE.NA_POLICY, template.notApplicablePolicy().name())
                  .set(CHECKLIST_TEMPLATE.PARTIAL_FACTOR, template.partialFactor())
                  .set(
                      CHECKLIST_TEMPLATE.PUBLISHED_AT,
                      template.status() == TemplateStatus.PUBLISHED ? db.now() : null));
          int areaOrdinal = 0;
          int criterionOrdinal = 0;
          for (ChecklistArea area : template.areas()) {
            UUID areaId = Ids.derived(id, "area", area.code());
            writer.upsert(
                CHECKLIST_AREA,
                new RowWriter.Row(areaId)
                    .set(CHECKLIST_AREA.TEMPLATE_ID, id)
                    .set(CHECKLIST_AREA.ORDINAL, areaOrdinal++)
                    .set(CHECKLIST_AREA.CODE, area.code())
                    .set(CHECKLIST_AREA.NAME, area.name()));
            for (Criterion c : area.criteria()) {
              criterionOrdinal = insertCriterion(writer, id, areaId, null, c, criterionOrdinal);
            }
          }
          return id;
        });
  }

  private static int insertCriterion(
      RowWriter writer, UUID templateId, UUID areaId, UUID parentId, Criterion c, int ordinal) {
    UUID criterionId = Ids.derived(templateId, "criterion", c.code());
    writer.upsert(
        CHECKLIST_CRITERION,
        new RowWriter.Row(criterionId)
            .set(CHECKLIST_CRITERION.TEMPLATE_ID, templateId)
            .set(CHECKLIST_CRITERION.AREA_ID, areaId)
            .set(CHECKLIST_CRITERION.PARENT_ID, parentId)
            .set(CHECKLIST_CRITERION.ORDINAL, ordinal)
            .set(CHECKLIST_CRITERION.CODE, c.code())
            .set(CHECKLIST_CRITERION.TEXT, c.text())
            .set(CHECKLIST_CRITERION.GUIDANCE, c.guidance())
            .set(CHECKLIST_CRITERION.ANSWER_TYPE, c.answerType().name())
            .set(
                CHECKLIST_CRITERION.FACTS,
                c.facts().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
            .set(CHECKLIST_CRITERION.MAX_SCORE, c.maxScore())
            .set(CHECKLIST_CRITERION.NA_ALLOWED, c.notApplicableAllowed())
            .set(CHECKLIST_CRITERION.RATIO_TARGET, c.ratioTarget())
            .set(CHECKLIST_CRITERION.RATIO_THRESHOLD, c.ratioThreshold()));
    int next = ordinal + 1;
    for (Criterion sub : c.subCriteria()) {
      next = insertCriterion(writer, templateId, areaId, criterionId, sub, next);
    }
    return next;
  }
}
