package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.INSPECTION;
import static vn.kiemtra.persistence.jooq.Tables.MINUTES_AMENDMENT;
import static vn.kiemtra.persistence.jooq.Tables.MINUTES_SCAN;
import static vn.kiemtra.persistence.jooq.Tables.SIGNED_MINUTES;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.inspection.SaveOutcome;
import vn.kiemtra.core.minutes.MinutesAmendment;
import vn.kiemtra.core.minutes.MinutesScan;
import vn.kiemtra.core.minutes.SignedMinutes;
import vn.kiemtra.core.minutes.SignedMinutesRepository;
import vn.kiemtra.core.shared.Ids;

/**
 * Signed minutes, amendments and scans in H2. The signed PDF and scans are written once and never
 * rewritten (append-only BLOB rows); ids are derived from the inspection so every device names the
 * same record the same way.
 */
public final class JooqMinutesRepository implements SignedMinutesRepository {
  private final Database db;
  private final JooqInspectionRepository inspections;

  public JooqMinutesRepository(Database db) {
    this.db = db;
    this.inspections = new JooqInspectionRepository(db);
  }

  @Override
  public SaveOutcome saveSigned(
      SignedMinutes m, byte[] pdf, Inspection signedState, long expectedVersion) {
    return db.write(
        ctx -> {
          SaveOutcome lock = inspections.save(ctx, signedState, expectedVersion);
          if (!lock.stored()) {
            return lock;
          }
          writer(ctx)
              .upsert(
                  SIGNED_MINUTES,
                  new RowWriter.Row(signedRowId(ctx, m))
                      .set(SIGNED_MINUTES.INSPECTION_ID, m.inspectionId())
                      .set(SIGNED_MINUTES.VERIFICATION_CODE, m.verificationCode())
                      .set(SIGNED_MINUTES.CONTENT_SHA256, m.contentHash())
                      .set(SIGNED_MINUTES.PDF_SHA256, m.pdfSha256())
                      .set(SIGNED_MINUTES.PDF_SIZE, (long) pdf.length)
                      .set(SIGNED_MINUTES.PDF, pdf)
                      .set(SIGNED_MINUTES.WITH_ANNEX, m.withAnnex())
                      .set(SIGNED_MINUTES.DOCUMENT_NUMBER, m.documentNumber())
                      .set(SIGNED_MINUTES.SIGNED_AT, m.signedAt()));
          return lock;
        });
  }

  /**
   * The row to write: the inspection's one row (unique per inspection, a tombstone or a record left
   * without its lock included), else the record's own id.
   */
  private static UUID signedRowId(DSLContext ctx, SignedMinutes m) {
    UUID stored =
        ctx.select(SIGNED_MINUTES.ID)
            .from(SIGNED_MINUTES)
            .where(SIGNED_MINUTES.INSPECTION_ID.eq(m.inspectionId()))
            .fetchOne(SIGNED_MINUTES.ID);
    return stored == null ? m.id() : stored;
  }

  @Override
  public Optional<SignedMinutes> findSigned(UUID inspectionId) {
    return signed(SIGNED_MINUTES.INSPECTION_ID.eq(inspectionId)).stream().findFirst();
  }

  @Override
  public List<SignedMinutes> findByPdfSha256(String sha256) {
    return signed(SIGNED_MINUTES.PDF_SHA256.eq(sha256));
  }

  @Override
  public List<SignedMinutes> findByVerificationCode(String code) {
    return signed(SIGNED_MINUTES.VERIFICATION_CODE.eq(code));
  }

  @Override
  public Optional<byte[]> signedPdf(UUID inspectionId) {
    return db.read(
        ctx ->
            Optional.ofNullable(
                ctx.select(SIGNED_MINUTES.PDF)
                    .from(SIGNED_MINUTES)
                    .where(
                        SIGNED_MINUTES.INSPECTION_ID.eq(inspectionId),
                        SIGNED_MINUTES.DELETED.isFalse())
                    .fetchOne(SIGNED_MINUTES.PDF)));
  }

  /**
   * Runs at every open: the usual answer (none) comes from one plain query, so a command that never
   * touches the minutes does not pay for loading jOOQ's model of these tables (tens of ms cold).
   */
  @Override
  public List<SignedMinutes> findUnlocked() {
    List<UUID> inspections = new java.util.ArrayList<>();
    try (java.sql.Connection c = db.connection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT m.inspection_id FROM signed_minutes m JOIN inspection i"
                    + " ON i.id = m.inspection_id WHERE NOT m.deleted AND i.status <> '"
                    + InspectionStatus.SIGNED.name()
                    + "'")) {
      while (rs.next()) {
        inspections.add(rs.getObject(1, UUID.class));
      }
    } catch (java.sql.SQLException e) {
      throw DatabaseErrors.translate(new org.jooq.exception.DataAccessException(e.getMessage(), e));
    }
    return inspections.isEmpty() ? List.of() : signed(SIGNED_MINUTES.INSPECTION_ID.in(inspections));
  }

  @Override
  public boolean withdrawUnlocked(UUID inspectionId) {
    return db.write(
        ctx -> {
          String status =
              ctx.select(INSPECTION.STATUS)
                  .from(INSPECTION)
                  .where(INSPECTION.ID.eq(inspectionId))
                  .fetchOne(INSPECTION.STATUS);
          UUID row =
              ctx.select(SIGNED_MINUTES.ID)
                  .from(SIGNED_MINUTES)
                  .where(
                      SIGNED_MINUTES.INSPECTION_ID.eq(inspectionId),
                      SIGNED_MINUTES.DELETED.isFalse())
                  .fetchOne(SIGNED_MINUTES.ID);
          if (row == null || (status != null && InspectionStatus.valueOf(status).isLocked())) {
            return false;
          }
          return writer(ctx).delete(SIGNED_MINUTES, row);
        });
  }

  @Override
  public MinutesAmendment addAmendment(
      UUID inspectionId, String text, LocalDateTime heldAt, String place) {
    return db.write(
        ctx -> {
          Integer last =
              ctx.select(DSL.max(MINUTES_AMENDMENT.AMENDMENT_NO))
                  .from(MINUTES_AMENDMENT)
                  .where(MINUTES_AMENDMENT.INSPECTION_ID.eq(inspectionId))
                  .fetchOne(0, Integer.class);
          int number = last == null ? 1 : last + 1;
          UUID id = Ids.derived(inspectionId, "amendment", Integer.toString(number));
          writer(ctx)
              .upsert(
                  MINUTES_AMENDMENT,
                  new RowWriter.Row(id)
                      .set(MINUTES_AMENDMENT.INSPECTION_ID, inspectionId)
                      .set(MINUTES_AMENDMENT.AMENDMENT_NO, number)
                      .set(MINUTES_AMENDMENT.TEXT, text)
                      .set(MINUTES_AMENDMENT.HELD_AT, heldAt)
                      .set(MINUTES_AMENDMENT.PLACE, place));
          return amendment(
              ctx.selectFrom(MINUTES_AMENDMENT).where(MINUTES_AMENDMENT.ID.eq(id)).fetchOne());
        });
  }

  @Override
  public List<MinutesAmendment> amendments(UUID inspectionId) {
    return db.read(
        ctx ->
            ctx.selectFrom(MINUTES_AMENDMENT)
                .where(
                    MINUTES_AMENDMENT.INSPECTION_ID.eq(inspectionId),
                    MINUTES_AMENDMENT.DELETED.isFalse())
                .orderBy(MINUTES_AMENDMENT.AMENDMENT_NO)
                .fetch(JooqMinutesRepository::amendment));
  }

  @Override
  public void addScan(MinutesScan scan, byte[] content) {
    db.write(
        ctx ->
            writer(ctx)
                .upsert(
                    MINUTES_SCAN,
                    new RowWriter.Row(scan.id())
                        .set(MINUTES_SCAN.INSPECTION_ID, scan.inspectionId())
                        .set(MINUTES_SCAN.FILE_NAME, scan.fileName())
                        .set(MINUTES_SCAN.MEDIA_TYPE, scan.mediaType())
                        .set(MINUTES_SCAN.SIZE_BYTES, (long) content.length)
                        .set(MINUTES_SCAN.SHA256, scan.sha256())
                        .set(MINUTES_SCAN.CONTENT, content)));
  }

  @Override
  public List<MinutesScan> scans(UUID inspectionId) {
    return db.read(
        ctx ->
            ctx.select(
                    MINUTES_SCAN.ID,
                    MINUTES_SCAN.INSPECTION_ID,
                    MINUTES_SCAN.FILE_NAME,
                    MINUTES_SCAN.MEDIA_TYPE,
                    MINUTES_SCAN.SIZE_BYTES,
                    MINUTES_SCAN.SHA256,
                    MINUTES_SCAN.CREATED_AT)
                .from(MINUTES_SCAN)
                .where(MINUTES_SCAN.INSPECTION_ID.eq(inspectionId), MINUTES_SCAN.DELETED.isFalse())
                .orderBy(MINUTES_SCAN.CREATED_AT, MINUTES_SCAN.ID)
                .fetch(
                    r ->
                        new MinutesScan(
                            r.get(MINUTES_SCAN.ID),
                            r.get(MINUTES_SCAN.INSPECTION_ID),
                            r.get(MINUTES_SCAN.FILE_NAME),
                            r.get(MINUTES_SCAN.MEDIA_TYPE),
                            r.get(MINUTES_SCAN.SIZE_BYTES),
                            r.get(MINUTES_SCAN.SHA256),
                            r.get(MINUTES_SCAN.CREATED_AT))));
  }

  @Override
  public Optional<byte[]> scanContent(UUID scanId) {
    return db.read(
        ctx ->
            Optional.ofNullable(
                ctx.select(MINUTES_SCAN.CONTENT)
                    .from(MINUTES_SCAN)
                    .where(MINUTES_SCAN.ID.eq(scanId), MINUTES_SCAN.DELETED.isFalse())
                    .fetchOne(MINUTES_SCAN.CONTENT)));
  }

  private RowWriter writer(DSLContext ctx) {
    return new RowWriter(ctx, db.deviceId(), db.now());
  }

  private List<SignedMinutes> signed(Condition condition) {
    return db.read(
        ctx ->
            ctx.select(
                    SIGNED_MINUTES.ID,
                    SIGNED_MINUTES.INSPECTION_ID,
                    SIGNED_MINUTES.VERIFICATION_CODE,
                    SIGNED_MINUTES.CONTENT_SHA256,
                    SIGNED_MINUTES.PDF_SHA256,
                    SIGNED_MINUTES.PDF_SIZE,
                    SIGNED_MINUTES.WITH_ANNEX,
                    SIGNED_MINUTES.DOCUMENT_NUMBER,
                    SIGNED_MINUTES.SIGNED_AT)
                .from(SIGNED_MINUTES)
                .where(condition, SIGNED_MINUTES.DELETED.isFalse())
                .orderBy(SIGNED_MINUTES.SIGNED_AT, SIGNED_MINUTES.ID)
                .fetch(JooqMinutesRepository::signed));
  }

  private static SignedMinutes signed(Record r) {
    return new SignedMinutes(
        r.get(SIGNED_MINUTES.ID),
        r.get(SIGNED_MINUTES.INSPECTION_ID),
        r.get(SIGNED_MINUTES.VERIFICATION_CODE),
        r.get(SIGNED_MINUTES.CONTENT_SHA256),
        r.get(SIGNED_MINUTES.PDF_SHA256),
        r.get(SIGNED_MINUTES.PDF_SIZE),
        r.get(SIGNED_MINUTES.WITH_ANNEX),
        r.get(SIGNED_MINUTES.DOCUMENT_NUMBER),
        r.get(SIGNED_MINUTES.SIGNED_AT));
  }

  private static MinutesAmendment amendment(Record r) {
    return new MinutesAmendment(
        r.get(MINUTES_AMENDMENT.ID),
        r.get(MINUTES_AMENDMENT.INSPECTION_ID),
        r.get(MINUTES_AMENDMENT.AMENDMENT_NO),
        r.get(MINUTES_AMENDMENT.TEXT),
        r.get(MINUTES_AMENDMENT.HELD_AT),
        r.get(MINUTES_AMENDMENT.PLACE),
        r.get(MINUTES_AMENDMENT.CREATED_AT));
  }
}
