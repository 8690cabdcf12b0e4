package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.ANSWER;
import static vn.kiemtra.persistence.jooq.Tables.AREA_FINDING;
import static vn.kiemtra.persistence.jooq.Tables.CHECKLIST_AREA;
import static vn.kiemtra.persistence.jooq.Tables.CHECKLIST_CRITERION;
import static vn.kiemtra.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static vn.kiemtra.persistence.jooq.Tables.INSPECTION;
import static vn.kiemtra.persistence.jooq.Tables.INSPECTION_BASIS;
import static vn.kiemtra.persistence.jooq.Tables.RECOMMENDATION;
import static vn.kiemtra.persistence.jooq.Tables.TEAM_MEMBER;
import static vn.kiemtra.persistence.jooq.Tables.UNIT_PARTICIPANT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.DocumentRef;
import vn.kiemtra.core.answer.Qualifier;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.TemplateRef;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.finding.RecommendationStatus;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionRepository;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.inspection.ParticipantRole;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.inspection.ScoringSheet;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.core.inspection.TeamMember;
import vn.kiemtra.core.inspection.TeamRole;
import vn.kiemtra.core.inspection.UnitParticipant;
import vn.kiemtra.core.inspection.UnitRef;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Ids;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.shared.ValidationException;
import vn.kiemtra.core.text.SearchKey;
import vn.kiemtra.persistence.jooq.tables.records.AnswerRecord;
import vn.kiemtra.persistence.jooq.tables.records.InspectionRecord;

/** Inspections in H2: one row per inspection plus one row per basis line, person, answer, ... */
public final class JooqInspectionRepository implements InspectionRepository {
  private static final Messages MSG = Messages.of("messages");
  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private final Database db;
  private final JooqUnitRepository units;

  public JooqInspectionRepository(Database db) {
    this.db = db;
    this.units = new JooqUnitRepository(db);
  }

  /** Child row ids, derived so that every device names the same row the same way. */
  static UUID basisId(UUID inspection, int ordinal) {
    return Ids.derived(inspection, "basis", Integer.toString(ordinal));
  }

  static UUID teamId(UUID inspection, int ordinal) {
    return Ids.derived(inspection, "team", Integer.toString(ordinal));
  }

  static UUID participantId(UUID inspection, int ordinal) {
    return Ids.derived(inspection, "participant", Integer.toString(ordinal));
  }

  static UUID answerId(UUID inspection, String criterion) {
    return Ids.derived(inspection, "answer", criterion);
  }

  static UUID findingId(UUID inspection, String area) {
    return Ids.derived(inspection, "finding", area);
  }

  @Override
  public Optional<StoredInspection> find(UUID id) {
    // Reads run outside the writer's transaction: read the version before and after the rows, and
    // read again if a commit landed in between, so the version always describes the rows read.
    for (int attempt = 0; ; attempt++) {
      boolean last = attempt >= 4;
      Optional<StoredInspection> found =
          db.read(
              ctx -> {
                long before = version(ctx, id);
                Optional<StoredInspection> loaded = load(ctx, id, false);
                long after = version(ctx, id);
                return before == after || last ? loaded.map(s -> withVersion(s, after)) : null;
              });
      if (found != null) {
        return found;
      }
    }
  }

  private static StoredInspection withVersion(StoredInspection s, long version) {
    return new StoredInspection(
        s.inspection(), s.revision(), s.updatedAt(), s.updatedDevice(), version);
  }

  /**
   * The aggregate version: the sum of the revisions of the inspection's row and of all its child
   * rows, tombstones included. Every change here adds to some row's revision, and so does every
   * merged row of a sync import (a merge gives the row a revision above both sides), so the sum
   * grows with every committed change of the aggregate. Seven indexed sums, no row is loaded.
   */
  static long version(DSLContext ctx, UUID id) {
    Field<BigDecimal> sum =
        DSL.coalesce(revisions(INSPECTION_BASIS, INSPECTION_BASIS.INSPECTION_ID, id), ZERO)
            .plus(DSL.coalesce(revisions(TEAM_MEMBER, TEAM_MEMBER.INSPECTION_ID, id), ZERO))
            .plus(
                DSL.coalesce(revisions(UNIT_PARTICIPANT, UNIT_PARTICIPANT.INSPECTION_ID, id), ZERO))
            .plus(DSL.coalesce(revisions(ANSWER, ANSWER.INSPECTION_ID, id), ZERO))
            .plus(DSL.coalesce(revisions(AREA_FINDING, AREA_FINDING.INSPECTION_ID, id), ZERO))
            .plus(DSL.coalesce(revisions(RECOMMENDATION, RECOMMENDATION.INSPECTION_ID, id), ZERO));
    Record2<Integer, BigDecimal> r =
        ctx.select(INSPECTION.REVISION, sum)
            .from(INSPECTION)
            .where(INSPECTION.ID.eq(id))
            .fetchOne();
    return r == null ? 0 : r.value1() + r.value2().longValue();
  }

  private static <R extends Record> Field<BigDecimal> revisions(
      Table<R> table, TableField<R, UUID> parent, UUID id) {
    return DSL.field(
        DSL.select(DSL.sum(RowWriter.field(table, RowWriter.REVISION, Integer.class)))
            .from(table)
            .where(parent.eq(id)));
  }

  /** Loads an inspection inside a caller's transaction; optionally also from the trash. */
  static Optional<StoredInspection> load(DSLContext ctx, UUID id, boolean includeDeleted) {
    Record r =
        ctx.select(INSPECTION.fields())
            .select(CHECKLIST_TEMPLATE.CODE, CHECKLIST_TEMPLATE.VERSION)
            .from(INSPECTION)
            .join(CHECKLIST_TEMPLATE)
            .on(CHECKLIST_TEMPLATE.ID.eq(INSPECTION.TEMPLATE_ID))
            .where(INSPECTION.ID.eq(id))
            .fetchOne();
    if (r == null || (!includeDeleted && r.get(INSPECTION.DELETED))) {
      return Optional.empty();
    }
    List<String> basis =
        ctx.select(INSPECTION_BASIS.TEXT)
            .from(INSPECTION_BASIS)
            .where(INSPECTION_BASIS.INSPECTION_ID.eq(id), INSPECTION_BASIS.DELETED.isFalse())
            .orderBy(INSPECTION_BASIS.ORDINAL)
            .fetch(INSPECTION_BASIS.TEXT);
    List<TeamMember> team =
        ctx.selectFrom(TEAM_MEMBER)
            .where(TEAM_MEMBER.INSPECTION_ID.eq(id), TEAM_MEMBER.DELETED.isFalse())
            .orderBy(TEAM_MEMBER.ORDINAL)
            .fetch(
                m ->
                    new TeamMember(
                        m.getFullName(),
                        m.getPosition(),
                        m.getOrganisation(),
                        TeamRole.valueOf(m.getRole())));
    List<UnitParticipant> participants =
        ctx.selectFrom(UNIT_PARTICIPANT)
            .where(UNIT_PARTICIPANT.INSPECTION_ID.eq(id), UNIT_PARTICIPANT.DELETED.isFalse())
            .orderBy(UNIT_PARTICIPANT.ORDINAL)
            .fetch(
                p ->
                    new UnitParticipant(
                        p.getFullName(), p.getPosition(), ParticipantRole.valueOf(p.getRole())));
    UUID templateId = r.get(INSPECTION.TEMPLATE_ID);
    List<Answer> answers =
        ctx.select(ANSWER.fields())
            .from(ANSWER)
            .leftJoin(CHECKLIST_CRITERION)
            .on(
                CHECKLIST_CRITERION.TEMPLATE_ID.eq(templateId),
                CHECKLIST_CRITERION.CODE.eq(ANSWER.CRITERION_CODE))
            .where(ANSWER.INSPECTION_ID.eq(id), ANSWER.DELETED.isFalse())
            .orderBy(CHECKLIST_CRITERION.ORDINAL, ANSWER.CRITERION_CODE)
            .fetchInto(ANSWER)
            .map(JooqInspectionRepository::answer);
    List<AreaFinding> findings =
        ctx.select(AREA_FINDING.fields())
            .from(AREA_FINDING)
            .leftJoin(CHECKLIST_AREA)
            .on(
                CHECKLIST_AREA.TEMPLATE_ID.eq(templateId),
                CHECKLIST_AREA.CODE.eq(AREA_FINDING.AREA_CODE))
            .where(AREA_FINDING.INSPECTION_ID.eq(id), AREA_FINDING.DELETED.isFalse())
            .orderBy(CHECKLIST_AREA.ORDINAL, AREA_FINDING.AREA_CODE)
            .fetchInto(AREA_FINDING)
            .map(f -> new AreaFinding(f.getAreaCode(), f.getStrengths(), f.getShortcomings()));
    List<Recommendation> recommendations =
        ctx.selectFrom(RECOMMENDATION)
            .where(RECOMMENDATION.INSPECTION_ID.eq(id), RECOMMENDATION.DELETED.isFalse())
            .orderBy(RECOMMENDATION.ORDINAL)
            .fetch(
                x ->
                    new Recommendation(
                        x.getId(),
                        x.getText(),
                        x.getAddressee(),
                        x.getDueDate(),
                        splitItems(x.getRelatedItems()),
                        RecommendationStatus.valueOf(x.getStatus())));
    InspectionRecord i = r.into(INSPECTION);
    Inspection inspection =
        new Inspection(
            i.getId(),
            i.getTitle(),
            new TemplateRef(r.get(CHECKLIST_TEMPLATE.CODE), r.get(CHECKLIST_TEMPLATE.VERSION)),
            InspectionStatus.valueOf(i.getStatus()),
            new Issuer(
                i.getGoverningBody(), i.getIssuingBody(), i.getDocumentSymbol(), i.getPlaceName()),
            i.getDocumentNumber(),
            basis,
            i.getStartedAt(),
            i.getEndedAt(),
            i.getPlace(),
            new UnitRef(i.getUnitName(), i.getUnitShortName()),
            team,
            participants,
            answers,
            findings,
            i.getOverallAssessment(),
            recommendations,
            i.getUnitResponse(),
            i.getCopies());
    return Optional.of(
        new StoredInspection(inspection, i.getRevision(), i.getUpdatedAt(), i.getUpdatedDevice()));
  }

  private static List<String> splitItems(String joined) {
    if (joined == null || joined.isBlank()) {
      return List.of();
    }
    return Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public List<InspectionSummary> list() {
    return summaries(false);
  }

  @Override
  public List<InspectionSummary> listDeleted() {
    return summaries(true);
  }

  /** At most this many ids in one IN list. */
  private static final int IDS_PER_QUERY = 500;

  @Override
  public Map<UUID, ScoringSheet> scoringSheets(Collection<UUID> ids) {
    Map<UUID, ScoringSheet> sheets = new LinkedHashMap<>();
    List<UUID> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      List<UUID> part = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
      db.read(
          ctx -> {
            Map<UUID, TemplateRef> templates = new LinkedHashMap<>();
            ctx.select(INSPECTION.ID, CHECKLIST_TEMPLATE.CODE, CHECKLIST_TEMPLATE.VERSION)
                .from(INSPECTION)
                .join(CHECKLIST_TEMPLATE)
                .on(CHECKLIST_TEMPLATE.ID.eq(INSPECTION.TEMPLATE_ID))
                .where(INSPECTION.ID.in(part), INSPECTION.DELETED.isFalse())
                .forEach(
                    r ->
                        templates.put(
                            r.get(INSPECTION.ID),
                            new TemplateRef(
                                r.get(CHECKLIST_TEMPLATE.CODE),
                                r.get(CHECKLIST_TEMPLATE.VERSION))));
            Map<UUID, List<Answer>> answers = new HashMap<>();
            ctx.selectFrom(ANSWER)
                .where(ANSWER.INSPECTION_ID.in(templates.keySet()), ANSWER.DELETED.isFalse())
                .forEach(
                    a ->
                        answers
                            .computeIfAbsent(a.getInspectionId(), k -> new ArrayList<>())
                            .add(answer(a)));
            templates.forEach(
                (id, template) ->
                    sheets.put(
                        id, new ScoringSheet(template, answers.getOrDefault(id, List.of()))));
            return null;
          });
    }
    return sheets;
  }

  private static Answer answer(AnswerRecord a) {
    return new Answer(
        a.getCriterionCode(),
        a.getResult() == null ? null : Result.valueOf(a.getResult()),
        a.getCountValue(),
        a.getQualifier_() == null ? null : Qualifier.valueOf(a.getQualifier_()),
        a.getNumerator(),
        a.getDenominator(),
        a.getDocNumber() == null && a.getDocDate() == null && a.getDocIssuer() == null
            ? null
            : new DocumentRef(a.getDocNumber(), a.getDocDate(), a.getDocIssuer()),
        a.getNote(),
        a.getScoreOverride());
  }

  private List<InspectionSummary> summaries(boolean deleted) {
    return db.read(
        ctx ->
            ctx.select(
                    INSPECTION.ID,
                    INSPECTION.TITLE,
                    INSPECTION.STARTED_AT,
                    INSPECTION.UNIT_NAME,
                    INSPECTION.STATUS,
                    CHECKLIST_TEMPLATE.CODE,
                    CHECKLIST_TEMPLATE.VERSION,
                    INSPECTION.REVISION,
                    INSPECTION.UPDATED_AT)
                .from(INSPECTION)
                .join(CHECKLIST_TEMPLATE)
                .on(CHECKLIST_TEMPLATE.ID.eq(INSPECTION.TEMPLATE_ID))
                .where(INSPECTION.DELETED.eq(deleted))
                .orderBy(INSPECTION.STARTED_AT.desc(), INSPECTION.ID)
                .fetch(
                    r ->
                        new InspectionSummary(
                            r.get(INSPECTION.ID),
                            r.get(INSPECTION.TITLE),
                            r.get(INSPECTION.STARTED_AT),
                            r.get(INSPECTION.UNIT_NAME),
                            InspectionStatus.valueOf(r.get(INSPECTION.STATUS)),
                            new TemplateRef(
                                r.get(CHECKLIST_TEMPLATE.CODE), r.get(CHECKLIST_TEMPLATE.VERSION)),
                            r.get(INSPECTION.REVISION),
                            r.get(INSPECTION.UPDATED_AT))));
  }

  @Override
  public SaveOutcome save(Inspection inspection) {
    return db.write(ctx -> save(ctx, new RowWriter(ctx, db.deviceId(), db.now()), inspection));
  }

  @Override
  public SaveOutcome save(Inspection inspection, long expectedVersion) {
    return db.write(ctx -> save(ctx, inspection, expectedVersion));
  }

  /**
   * {@link #save(Inspection, long)} inside a caller's transaction (signing stores the signed record
   * in the same one): checks the version and the lock, then saves; writes nothing when refused.
   */
  SaveOutcome save(DSLContext ctx, Inspection inspection, long expectedVersion) {
    UUID id = inspection.id();
    Record2<String, Integer> row =
        ctx.select(INSPECTION.STATUS, INSPECTION.REVISION)
            .from(INSPECTION)
            .where(INSPECTION.ID.eq(id))
            .fetchOne();
    long stored = row == null ? 0 : version(ctx, id);
    if (row != null && InspectionStatus.valueOf(row.value1()).isLocked()) {
      return new SaveOutcome(SaveOutcome.Kind.LOCKED, row.value2(), 0, stored);
    }
    if (stored != expectedVersion) {
      return new SaveOutcome(SaveOutcome.Kind.STALE, row == null ? 0 : row.value2(), 0, stored);
    }
    return save(ctx, new RowWriter(ctx, db.deviceId(), db.now()), inspection);
  }

  private SaveOutcome save(DSLContext ctx, RowWriter writer, Inspection in) {
    UUID id = in.id();
    UUID templateId =
        ctx.select(CHECKLIST_TEMPLATE.ID)
            .from(CHECKLIST_TEMPLATE)
            .where(
                CHECKLIST_TEMPLATE.CODE.eq(in.template().code()),
                CHECKLIST_TEMPLATE.VERSION.eq(in.template().version()),
                CHECKLIST_TEMPLATE.DELETED.isFalse())
            .fetchOne(CHECKLIST_TEMPLATE.ID);
    if (templateId == null) {
      throw new DomainException(MSG.get("template.notInDatabase", in.template()));
    }
    InspectionRecord before = ctx.selectFrom(INSPECTION).where(INSPECTION.ID.eq(id)).fetchOne();
    UUID unitId = units.findOrCreate(ctx, writer, in.unit().name(), in.unit().shortName());

    RowWriter.Row main =
        new RowWriter.Row(id)
            .set(INSPECTION.TEMPLATE_ID, templateId)
            .set(INSPECTION.TITLE, in.title())
            .set(INSPECTION.STATUS, in.status().name())
            .set(INSPECTION.GOVERNING_BODY, in.issuer().governingBody())
            .set(INSPECTION.ISSUING_BODY, in.issuer().issuingBody())
            .set(INSPECTION.DOCUMENT_SYMBOL, in.issuer().documentSymbol())
            .set(INSPECTION.PLACE_NAME, in.issuer().placeName())
            .set(INSPECTION.DOCUMENT_NUMBER, in.documentNumber())
            .set(INSPECTION.STARTED_AT, in.startedAt())
            .set(INSPECTION.ENDED_AT, in.endedAt())
            .set(INSPECTION.PLACE, in.place())
            .set(INSPECTION.UNIT_ID, unitId)
            .set(INSPECTION.UNIT_NAME, in.unit().name())
            .set(INSPECTION.UNIT_SHORT_NAME, in.unit().shortName())
            .set(INSPECTION.OVERALL_ASSESSMENT, in.overallAssessment())
            .set(INSPECTION.UNIT_RESPONSE, in.unitResponse())
            .set(INSPECTION.COPIES, in.copies())
            .set(
                INSPECTION.SEARCH_KEY,
                searchKey(in.title(), in.unit().name(), in.unit().shortName(), in.place()));
    boolean mainChanged = writer.upsert(INSPECTION, main);

    int children = 0;
    List<RowWriter.Row> rows = new ArrayList<>();
    for (int n = 0; n < in.basis().size(); n++) {
      rows.add(
          new RowWriter.Row(basisId(id, n))
              .set(INSPECTION_BASIS.ORDINAL, n)
              .set(INSPECTION_BASIS.TEXT, in.basis().get(n)));
    }
    children += writer.syncChildren(INSPECTION_BASIS, INSPECTION_BASIS.INSPECTION_ID, id, rows);

    rows = new ArrayList<>();
    for (int n = 0; n < in.team().size(); n++) {
      TeamMember m = in.team().get(n);
      rows.add(
          new RowWriter.Row(teamId(id, n))
              .set(TEAM_MEMBER.ORDINAL, n)
              .set(TEAM_MEMBER.FULL_NAME, m.fullName())
              .set(TEAM_MEMBER.POSITION, m.position())
              .set(TEAM_MEMBER.ORGANISATION, m.organisation())
              .set(TEAM_MEMBER.ROLE, m.role().name()));
    }
    children += writer.syncChildren(TEAM_MEMBER, TEAM_MEMBER.INSPECTION_ID, id, rows);

    rows = new ArrayList<>();
    for (int n = 0; n < in.unitParticipants().size(); n++) {
      UnitParticipant p = in.unitParticipants().get(n);
      rows.add(
          new RowWriter.Row(participantId(id, n))
              .set(UNIT_PARTICIPANT.ORDINAL, n)
              .set(UNIT_PARTICIPANT.FULL_NAME, p.fullName())
              .set(UNIT_PARTICIPANT.POSITION, p.position())
              .set(UNIT_PARTICIPANT.ROLE, p.role().name()));
    }
    children += writer.syncChildren(UNIT_PARTICIPANT, UNIT_PARTICIPANT.INSPECTION_ID, id, rows);

    rows = new ArrayList<>();
    for (Answer a : in.answers()) {
      if (a.isBlank()) {
        continue;
      }
      DocumentRef doc = a.documentRef();
      rows.add(
          new RowWriter.Row(answerId(id, a.criterionCode()))
              .set(ANSWER.CRITERION_CODE, a.criterionCode())
              .set(ANSWER.RESULT, a.result() == null ? null : a.result().name())
              .set(ANSWER.COUNT_VALUE, a.count())
              .set(ANSWER.QUALIFIER, a.qualifier() == null ? null : a.qualifier().name())
              .set(ANSWER.NUMERATOR, a.numerator())
              .set(ANSWER.DENOMINATOR, a.denominator())
              .set(ANSWER.DOC_NUMBER, doc == null ? null : doc.number())
              .set(ANSWER.DOC_DATE, doc == null ? null : doc.date())
              .set(ANSWER.DOC_ISSUER, doc == null ? null : doc.issuer())
              .set(ANSWER.NOTE, a.note())
              .set(ANSWER.SCORE_OVERRIDE, a.scoreOverride()));
    }
    children += writer.syncChildren(ANSWER, ANSWER.INSPECTION_ID, id, rows);

    rows = new ArrayList<>();
    for (AreaFinding f : in.areaFindings()) {
      if (f.isBlank()) {
        continue;
      }
      rows.add(
          new RowWriter.Row(findingId(id, f.areaCode()))
              .set(AREA_FINDING.AREA_CODE, f.areaCode())
              .set(AREA_FINDING.STRENGTHS, f.strengths())
              .set(AREA_FINDING.SHORTCOMINGS, f.shortcomings()));
    }
    children += writer.syncChildren(AREA_FINDING, AREA_FINDING.INSPECTION_ID, id, rows);

    rows = new ArrayList<>();
    for (int n = 0; n < in.recommendations().size(); n++) {
      Recommendation x = in.recommendations().get(n);
      UUID owner =
          ctx.select(RECOMMENDATION.INSPECTION_ID)
              .from(RECOMMENDATION)
              .where(RECOMMENDATION.ID.eq(x.id()))
              .fetchOne(RECOMMENDATION.INSPECTION_ID);
      if (owner != null && !owner.equals(id)) {
        throw new ValidationException(
            "inspection.recommendations[" + n + "].id",
            MSG.get("validate.recommendationOwned", x.id()));
      }
      rows.add(
          new RowWriter.Row(x.id())
              .set(RECOMMENDATION.ORDINAL, n)
              .set(RECOMMENDATION.TEXT, x.text())
              .set(RECOMMENDATION.ADDRESSEE, x.addressee())
              .set(RECOMMENDATION.DUE_DATE, x.dueDate())
              .set(RECOMMENDATION.RELATED_ITEMS, String.join(",", x.relatedItems()))
              .set(RECOMMENDATION.STATUS, x.status().name()));
    }
    children += writer.syncChildren(RECOMMENDATION, RECOMMENDATION.INSPECTION_ID, id, rows);

    if (!mainChanged && children > 0) {
      writer.touch(INSPECTION, id);
    }
    int revision =
        ctx.select(INSPECTION.REVISION)
            .from(INSPECTION)
            .where(INSPECTION.ID.eq(id))
            .fetchOne(0, int.class);
    SaveOutcome.Kind kind;
    if (before == null) {
      kind = SaveOutcome.Kind.CREATED;
    } else if (writer.changed() == 0) {
      kind = SaveOutcome.Kind.UNCHANGED;
    } else {
      kind = SaveOutcome.Kind.UPDATED;
    }
    return new SaveOutcome(kind, revision, writer.changed(), version(ctx, id));
  }

  /** What the inspection list searches: title, unit and place, accent-insensitive. */
  static String searchKey(String title, String unitName, String unitShortName, String place) {
    return SearchKey.of(String.join(" ", nz(title), nz(unitName), nz(unitShortName), nz(place)));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void delete(UUID id) {
    db.write(ctx -> new RowWriter(ctx, db.deviceId(), db.now()).delete(INSPECTION, id));
  }

  @Override
  public void restore(UUID id) {
    db.write(ctx -> new RowWriter(ctx, db.deviceId(), db.now()).undelete(INSPECTION, id));
  }
}
