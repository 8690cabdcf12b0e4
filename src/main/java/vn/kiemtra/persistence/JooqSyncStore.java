package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.INSPECTION;
import static vn.kiemtra.persistence.jooq.Tables.SYNC_CONFLICT;
import static vn.kiemtra.persistence.jooq.Tables.SYNC_DEVICE;
import static vn.kiemtra.persistence.jooq.Tables.SYNC_PACKAGE;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.core.sync.ConflictKind;
import vn.kiemtra.core.sync.DeviceCard;
import vn.kiemtra.core.sync.DeviceKeyPair;
import vn.kiemtra.core.sync.EnrolledDevice;
import vn.kiemtra.core.sync.ImportedPackage;
import vn.kiemtra.core.sync.SyncConflict;
import vn.kiemtra.core.sync.SyncSession;
import vn.kiemtra.core.sync.SyncStore;
import vn.kiemtra.persistence.jooq.tables.records.SyncConflictRecord;

/** Sync's view of the H2 database: keys and register in settings tables, rows through sessions. */
public final class JooqSyncStore implements SyncStore {
  static final String DEVICE_NAME = "device.name";
  static final String PUBLIC_KEY = "sync.publicKey";
  static final String PRIVATE_KEY = "sync.privateKey";

  private final Database db;

  public JooqSyncStore(Database db) {
    this.db = db;
  }

  @Override
  public UUID deviceId() {
    return db.deviceId();
  }

  @Override
  public int schemaVersion() {
    return db.read(
        ctx -> {
          var version = DSL.field(DSL.quotedName("version"), String.class);
          int max = 0;
          for (String v :
              ctx.select(version)
                  .from(DSL.table(DSL.quotedName("flyway_schema_history")))
                  .where(DSL.field(DSL.quotedName("success"), Boolean.class).isTrue())
                  .fetch(version)) {
            if (v != null) {
              max = Math.max(max, Integer.parseInt(v.split("\\.")[0]));
            }
          }
          return max;
        });
  }

  @Override
  public String deviceName() {
    return setting(DEVICE_NAME)
        .filter(s -> !s.isBlank())
        .orElseGet(
            () ->
                Messages.of("sync")
                    .get("device.defaultName", deviceId().toString().substring(0, 8)));
  }

  @Override
  public void setDeviceName(String name) {
    putSetting(DEVICE_NAME, name);
  }

  @Override
  public Optional<DeviceKeyPair> keyPair() {
    Optional<String> pub = setting(PUBLIC_KEY);
    Optional<String> priv = setting(PRIVATE_KEY);
    if (pub.isEmpty() || priv.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DeviceKeyPair(pub.get(), priv.get()));
  }

  @Override
  public void saveKeyPair(DeviceKeyPair keys) {
    db.write(
        ctx -> {
          // Only the first key pair is ever kept: a second writer must not replace it.
          if (JooqSettingsRepository.read(ctx, PUBLIC_KEY).isEmpty()) {
            JooqSettingsRepository.write(ctx, PUBLIC_KEY, keys.publicKey(), db.now());
            JooqSettingsRepository.write(ctx, PRIVATE_KEY, keys.privateKey(), db.now());
          }
          return null;
        });
  }

  @Override
  public List<EnrolledDevice> devices() {
    return db.read(
        ctx ->
            ctx.selectFrom(SYNC_DEVICE).orderBy(SYNC_DEVICE.NAME).fetch().stream()
                .map(
                    r ->
                        new EnrolledDevice(
                            card(r),
                            r.getEnrolledAt(),
                            lastSequence(ctx, r.getId()),
                            r.getAckedChange()))
                .toList());
  }

  private static long lastSequence(DSLContext ctx, UUID device) {
    Long max =
        ctx.select(DSL.max(SYNC_PACKAGE.SEQUENCE_NO))
            .from(SYNC_PACKAGE)
            .where(SYNC_PACKAGE.DEVICE_ID.eq(device))
            .fetchOne(0, Long.class);
    return max == null ? 0 : max;
  }

  private static DeviceCard card(vn.kiemtra.persistence.jooq.tables.records.SyncDeviceRecord r) {
    return new DeviceCard(r.getId(), r.getName(), r.getPublicKey(), r.getFingerprint());
  }

  @Override
  public Optional<DeviceCard> device(UUID id) {
    return db.read(
        ctx ->
            ctx.selectFrom(SYNC_DEVICE)
                .where(SYNC_DEVICE.ID.eq(id))
                .fetchOptional()
                .map(JooqSyncStore::card));
  }

  @Override
  public void enrol(DeviceCard card) {
    db.write(
        ctx -> {
          int updated =
              ctx.update(SYNC_DEVICE)
                  .set(SYNC_DEVICE.NAME, card.name())
                  .where(SYNC_DEVICE.ID.eq(card.id()))
                  .and(SYNC_DEVICE.PUBLIC_KEY.eq(card.publicKey()))
                  .execute();
          if (updated == 0) {
            ctx.insertInto(SYNC_DEVICE)
                .set(SYNC_DEVICE.ID, card.id())
                .set(SYNC_DEVICE.NAME, card.name())
                .set(SYNC_DEVICE.PUBLIC_KEY, card.publicKey())
                .set(SYNC_DEVICE.FINGERPRINT, card.fingerprint())
                .set(SYNC_DEVICE.ENROLLED_AT, db.now())
                .set(SYNC_DEVICE.ACKED_CHANGE, 0L)
                .execute();
          }
          return null;
        });
  }

  @Override
  public <T> T write(Function<SyncSession, T> work) {
    return db.write(
        ctx -> {
          JooqSyncSession session = new JooqSyncSession(ctx, db.deviceId(), db.now());
          T result = work.apply(session);
          session.flush();
          return result;
        });
  }

  @Override
  public InputStream openFile(String table, UUID rowId) {
    Table<?> t = SyncedTables.table(table);
    Field<?> content = SyncedTables.fileContent(t);
    try {
      Connection c = db.connection();
      PreparedStatement ps =
          c.prepareStatement(
              "SELECT " + content.getName() + " FROM " + t.getName() + " WHERE ID = ?");
      ps.setObject(1, rowId);
      ResultSet rs = ps.executeQuery();
      if (!rs.next()) {
        c.close();
        throw new DomainException(Messages.of("sync").get("export.fileGone", table, rowId));
      }
      InputStream in = rs.getBinaryStream(1);
      return new java.io.FilterInputStream(in) {
        @Override
        public void close() throws java.io.IOException {
          try {
            super.close();
          } finally {
            try {
              c.close();
            } catch (SQLException e) {
              throw new java.io.IOException(e);
            }
          }
        }
      };
    } catch (SQLException e) {
      throw DatabaseErrors.translate(new org.jooq.exception.DataAccessException(e.getMessage(), e));
    }
  }

  @Override
  public List<SyncConflict> conflicts(boolean includeResolved) {
    return db.read(
        ctx -> {
          var q = ctx.selectFrom(SYNC_CONFLICT);
          var rows =
              includeResolved
                  ? q.orderBy(SYNC_CONFLICT.RESOLVED_AT.nullsFirst(), SYNC_CONFLICT.DETECTED_AT)
                      .fetch()
                  : q.where(SYNC_CONFLICT.RESOLVED_AT.isNull())
                      .orderBy(SYNC_CONFLICT.DETECTED_AT, SYNC_CONFLICT.ID)
                      .fetch();
          List<SyncConflict> out = new ArrayList<>();
          for (SyncConflictRecord r : rows) {
            out.add(conflict(ctx, r));
          }
          return out;
        });
  }

  /** A stored conflict with the row's current value and a description of what the row is. */
  static SyncConflict conflict(DSLContext ctx, SyncConflictRecord r) {
    Table<?> t = SyncedTables.table(r.getTableName());
    Record row =
        ctx.select(SyncedTables.rowFields(t))
            .from(t)
            .where(RowWriter.idField(t).eq(r.getRowId()))
            .fetchOne();
    String current = null;
    String context = null;
    if (row != null) {
      Field<?> f = t.field(r.getFieldName().toUpperCase(java.util.Locale.ROOT));
      current = f == null ? null : FieldCodec.encode(row.get(f));
      context = describe(ctx, t, row, r.getInspectionId());
    }
    return new SyncConflict(
        r.getId(),
        ConflictKind.valueOf(r.getKind()),
        r.getTableName(),
        r.getRowId(),
        r.getFieldName(),
        r.getInspectionId(),
        context,
        r.getLocalValue(),
        r.getLocalDevice(),
        r.getIncomingValue(),
        r.getIncomingDevice(),
        current,
        r.getDetectedAt(),
        r.getResolvedAt(),
        r.getResolvedValue());
  }

  private static String describe(DSLContext ctx, Table<?> t, Record row, UUID inspectionId) {
    List<String> parts = new ArrayList<>();
    if (inspectionId != null) {
      String title =
          ctx.select(INSPECTION.TITLE)
              .from(INSPECTION)
              .where(INSPECTION.ID.eq(inspectionId))
              .fetchOne(INSPECTION.TITLE);
      if (title != null) {
        parts.add(title);
      }
    }
    for (String col : List.of("CRITERION_CODE", "AREA_CODE", "ORDINAL", "CODE", "NAME")) {
      Field<?> f = t.field(col);
      if (f != null && row.get(f) != null) {
        parts.add(
            Messages.of("sync")
                .get("context." + col.toLowerCase(java.util.Locale.ROOT), row.get(f)));
        break;
      }
    }
    return String.join(" · ", parts);
  }

  @Override
  public List<ImportedPackage> importedPackages() {
    return db.read(
        ctx ->
            ctx.selectFrom(SYNC_PACKAGE).orderBy(SYNC_PACKAGE.IMPORTED_AT.desc()).fetch().stream()
                .map(
                    r ->
                        new ImportedPackage(
                            r.getId(),
                            r.getDeviceId(),
                            r.getDeviceName(),
                            r.getSequenceNo(),
                            r.getKind(),
                            r.getCreatedAt(),
                            r.getImportedAt(),
                            r.getFileName(),
                            r.getSummary()))
                .toList());
  }

  private Optional<String> setting(String key) {
    return db.read(ctx -> JooqSettingsRepository.read(ctx, key));
  }

  private void putSetting(String key, String value) {
    db.write(
        ctx -> {
          JooqSettingsRepository.write(ctx, key, value, db.now());
          return null;
        });
  }
}
