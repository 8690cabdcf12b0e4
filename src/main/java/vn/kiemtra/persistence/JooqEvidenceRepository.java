package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.EVIDENCE;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.evidence.EvidenceRepository;

/** Evidence files stored as append-only BLOB rows; deleting leaves a tombstone. */
public final class JooqEvidenceRepository implements EvidenceRepository {
  private final Database db;

  public JooqEvidenceRepository(Database db) {
    this.db = db;
  }

  @Override
  public void add(Evidence e, byte[] content) {
    // the stored hash is how a photo damaged on disk is found (DatabaseContents), so it must be
    // true
    if (e.sha256() == null
        || !e.sha256().equalsIgnoreCase(vn.kiemtra.core.evidence.EvidenceService.sha256(content))) {
      throw new IllegalArgumentException("evidence " + e.id() + ": sha256 is not the content's");
    }
    db.write(
        ctx -> {
          RowWriter writer = new RowWriter(ctx, db.deviceId(), db.now());
          return writer.upsert(
              EVIDENCE,
              new RowWriter.Row(e.id())
                  .set(EVIDENCE.INSPECTION_ID, e.inspectionId())
                  .set(EVIDENCE.CRITERION_CODE, e.criterionCode())
                  .set(EVIDENCE.FILE_NAME, e.fileName())
                  .set(EVIDENCE.MEDIA_TYPE, e.mediaType())
                  .set(EVIDENCE.SIZE_BYTES, (long) content.length)
                  .set(EVIDENCE.SHA256, e.sha256())
                  .set(EVIDENCE.CONTENT, content)
                  .set(EVIDENCE.CAPTION, e.caption()));
        });
  }

  @Override
  public List<Evidence> list(UUID inspectionId) {
    return db.read(
        ctx ->
            ctx.select(
                    EVIDENCE.ID,
                    EVIDENCE.INSPECTION_ID,
                    EVIDENCE.CRITERION_CODE,
                    EVIDENCE.FILE_NAME,
                    EVIDENCE.MEDIA_TYPE,
                    EVIDENCE.SIZE_BYTES,
                    EVIDENCE.SHA256,
                    EVIDENCE.CAPTION,
                    EVIDENCE.CREATED_AT)
                .from(EVIDENCE)
                .where(EVIDENCE.INSPECTION_ID.eq(inspectionId), EVIDENCE.DELETED.isFalse())
                .orderBy(EVIDENCE.CREATED_AT, EVIDENCE.ID)
                .fetch(
                    r ->
                        new Evidence(
                            r.get(EVIDENCE.ID),
                            r.get(EVIDENCE.INSPECTION_ID),
                            r.get(EVIDENCE.CRITERION_CODE),
                            r.get(EVIDENCE.FILE_NAME),
                            r.get(EVIDENCE.MEDIA_TYPE),
                            r.get(EVIDENCE.SIZE_BYTES),
                            r.get(EVIDENCE.SHA256),
                            r.get(EVIDENCE.CAPTION),
                            r.get(EVIDENCE.CREATED_AT))));
  }

  @Override
  public Optional<byte[]> content(UUID evidenceId) {
    return db.read(
        ctx ->
            Optional.ofNullable(
                ctx.select(EVIDENCE.CONTENT)
                    .from(EVIDENCE)
                    .where(EVIDENCE.ID.eq(evidenceId), EVIDENCE.DELETED.isFalse())
                    .fetchOne(EVIDENCE.CONTENT)));
  }

  @Override
  public void delete(UUID evidenceId) {
    db.write(ctx -> new RowWriter(ctx, db.deviceId(), db.now()).delete(EVIDENCE, evidenceId));
  }
}
