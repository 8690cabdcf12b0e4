package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.CHECKLIST_AREA;
import static vn.kiemtra.persistence.jooq.Tables.CHECKLIST_CRITERION;
import static vn.kiemtra.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static vn.kiemtra.persistence.jooq.Tables.INSPECTION;

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
import org.jooq.impl.DSL;
import vn.kiemtra.core.checklist.AnswerType;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistRepository;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.checklist.NotApplicablePolicy;
import vn.kiemtra.core.checklist.TemplateIds;
import vn.kiemtra.core.checklist.TemplateLevel;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.checklist.TemplateService;
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
        built,
        TemplateLevel.valueOf(t.getUnitLevel()),
        t.getLegalBasis());
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
    return TemplateIds.of(ref);
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
          return write(
              ctx, template, template.id() != null ? template.id() : templateId(template.ref()));
        });
  }

  @Override
  public void save(ChecklistTemplate template) {
    db.write(
        ctx -> {
          ChecklistTemplateRecord stored = stored(ctx, template.ref());
          UUID id =
              stored != null
                  ? stored.getId()
                  : template.id() != null ? template.id() : templateId(template.ref());
          if (stored != null && !stored.getDeleted()) {
            ChecklistTemplate current = assemble(ctx, stored);
            if (current.status().isFrozen() && !TemplateService.sameContent(current, template)) {
              throw new DomainException(MSG.get("template.exists", template.ref()));
            }
          }
          return write(ctx, template, id);
        });
  }

  @Override
  public void setStatus(TemplateRef ref, TemplateStatus status) {
    db.write(
        ctx -> {
          ChecklistTemplateRecord stored = stored(ctx, ref);
          if (stored == null || stored.getDeleted()) {
            throw new DomainException(MSG.get("template.notFound", ref));
          }
          RowWriter writer = new RowWriter(ctx, db.deviceId(), db.now());
          ctx.update(CHECKLIST_TEMPLATE)
              .set(
                  CHECKLIST_TEMPLATE.PUBLISHED_AT,
                  status == TemplateStatus.PUBLISHED ? db.now() : stored.getPublishedAt())
              .where(CHECKLIST_TEMPLATE.ID.eq(stored.getId()))
              .execute();
          writer.upsert(
              CHECKLIST_TEMPLATE,
              header(assemble(ctx, stored).withStatus(status), new RowWriter.Row(stored.getId())));
          if (status == TemplateStatus.PUBLISHED) {
            // Rows written while a draft never travelled; mark them changed so they go with it.
            for (UUID area :
                ctx.select(CHECKLIST_AREA.ID)
                    .from(CHECKLIST_AREA)
                    .where(CHECKLIST_AREA.TEMPLATE_ID.eq(stored.getId()))
                    .fetch(CHECKLIST_AREA.ID)) {
              writer.touch(CHECKLIST_AREA, area);
            }
            for (UUID criterion :
                ctx.select(CHECKLIST_CRITERION.ID)
                    .from(CHECKLIST_CRITERION)
                    .where(CHECKLIST_CRITERION.TEMPLATE_ID.eq(stored.getId()))
                    .fetch(CHECKLIST_CRITERION.ID)) {
              writer.touch(CHECKLIST_CRITERION, criterion);
            }
          }
          return null;
        });
  }

  @Override
  public void delete(TemplateRef ref) {
    db.write(
        ctx -> {
          ChecklistTemplateRecord stored = stored(ctx, ref);
          if (stored == null || stored.getDeleted()) {
            return null;
          }
          if (TemplateStatus.valueOf(stored.getStatus()) != TemplateStatus.DRAFT) {
            throw new DomainException(Messages.of("templates").get("service.deletePublished", ref));
          }
          RowWriter writer = new RowWriter(ctx, db.deviceId(), db.now());
          writer.syncChildren(
              CHECKLIST_CRITERION, CHECKLIST_CRITERION.TEMPLATE_ID, stored.getId(), List.of());
          writer.syncChildren(
              CHECKLIST_AREA, CHECKLIST_AREA.TEMPLATE_ID, stored.getId(), List.of());
          writer.delete(CHECKLIST_TEMPLATE, stored.getId());
          return null;
        });
  }

  @Override
  public Map<TemplateRef, Integer> usage() {
    return db.read(
        ctx -> {
          Map<TemplateRef, Integer> out = new HashMap<>();
          ctx.select(CHECKLIST_TEMPLATE.CODE, CHECKLIST_TEMPLATE.VERSION, DSL.count())
              .from(INSPECTION)
              .join(CHECKLIST_TEMPLATE)
              .on(CHECKLIST_TEMPLATE.ID.eq(INSPECTION.TEMPLATE_ID))
              .where(INSPECTION.DELETED.isFalse())
              .groupBy(CHECKLIST_TEMPLATE.CODE, CHECKLIST_TEMPLATE.VERSION)
              .fetch()
              .forEach(r -> out.put(new TemplateRef(r.value1(), r.value2()), r.value3()));
          return out;
        });
  }

  private static ChecklistTemplateRecord stored(DSLContext ctx, TemplateRef ref) {
    return ctx.selectFrom(CHECKLIST_TEMPLATE)
        .where(CHECKLIST_TEMPLATE.CODE.eq(ref.code()), CHECKLIST_TEMPLATE.VERSION.eq(ref.version()))
        .fetchOne();
  }

  private RowWriter.Row header(ChecklistTemplate template, RowWriter.Row row) {
    return row.set(CHECKLIST_TEMPLATE.CODE, template.code())
        .set(CHECKLIST_TEMPLATE.VERSION, template.version())
        .set(CHECKLIST_TEMPLATE.NAME, template.name())
        .set(CHECKLIST_TEMPLATE.STATUS, template.status().name())
        .set(CHECKLIST_TEMPLATE.NA_POLICY, template.notApplicablePolicy().name())
        .set(CHECKLIST_TEMPLATE.PARTIAL_FACTOR, template.partialFactor())
        .set(CHECKLIST_TEMPLATE.UNIT_LEVEL, template.level().name())
        .set(CHECKLIST_TEMPLATE.LEGAL_BASIS, template.legalBasis());
  }

  /** Writes header, areas and criteria; rows no longer in the template become tombstones. */
  private UUID write(DSLContext ctx, ChecklistTemplate template, UUID id) {
    RowWriter writer = new RowWriter(ctx, db.deviceId(), db.now());
    ChecklistTemplateRecord before =
        ctx.selectFrom(CHECKLIST_TEMPLATE).where(CHECKLIST_TEMPLATE.ID.eq(id)).fetchOne();
    writer.upsert(CHECKLIST_TEMPLATE, header(template, new RowWriter.Row(id)));
    if (template.status() == TemplateStatus.PUBLISHED
        && (before == null || before.getPublishedAt() == null)) {
      ctx.update(CHECKLIST_TEMPLATE)
          .set(CHECKLIST_TEMPLATE.PUBLISHED_AT, db.now())
          .where(CHECKLIST_TEMPLATE.ID.eq(id))
          .execute();
    }
    List<RowWriter.Row> areas = new ArrayList<>();
    List<RowWriter.Row> criteria = new ArrayList<>();
    int areaOrdinal = 0;
    int[] criterionOrdinal = {0};
    for (ChecklistArea area : template.areas()) {
      UUID areaId = Ids.derived(id, "area", area.code());
      areas.add(
          new RowWriter.Row(areaId)
              .set(CHECKLIST_AREA.ORDINAL, areaOrdinal++)
              .set(CHECKLIST_AREA.CODE, area.code())
              .set(CHECKLIST_AREA.NAME, area.name()));
      for (Criterion c : area.criteria()) {
        criterionRows(id, areaId, null, c, criterionOrdinal, criteria);
      }
    }
    writer.syncChildren(CHECKLIST_AREA, CHECKLIST_AREA.TEMPLATE_ID, id, areas);
    writer.syncChildren(CHECKLIST_CRITERION, CHECKLIST_CRITERION.TEMPLATE_ID, id, criteria);
    return id;
  }

  private static void criterionRows(
      UUID templateId,
      UUID areaId,
      UUID parentId,
      Criterion c,
      int[] ordinal,
      List<RowWriter.Row> out) {
    UUID criterionId = Ids.derived(templateId, "criterion", c.code());
    out.add(
        new RowWriter.Row(criterionId)
            .set(CHECKLIST_CRITERION.AREA_ID, areaId)
            .set(CHECKLIST_CRITERION.PARENT_ID, parentId)
            .set(CHECKLIST_CRITERION.ORDINAL, ordinal[0]++)
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
    for (Criterion sub : c.subCriteria()) {
      criterionRows(templateId, areaId, criterionId, sub, ordinal, out);
    }
  }
}
