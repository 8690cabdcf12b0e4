package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.APP_SETTING;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.kiemtra.core.settings.SettingsRepository;
import vn.kiemtra.core.text.VietnameseText;

/** Settings rows in the installation's database. */
public final class JooqSettingsRepository implements SettingsRepository {
  private final Database db;

  public JooqSettingsRepository(Database db) {
    this.db = db;
  }

  @Override
  public Optional<String> get(String key) {
    return db.read(ctx -> read(ctx, key));
  }

  @Override
  public void put(String key, String value) {
    db.write(
        ctx -> {
          write(ctx, key, value, db.now());
          return null;
        });
  }

  /** One setting inside a running transaction (sync keeps its counters and keys here too). */
  static Optional<String> read(DSLContext ctx, String key) {
    return Optional.ofNullable(
        ctx.select(APP_SETTING.SETTING_VALUE)
            .from(APP_SETTING)
            .where(APP_SETTING.SETTING_KEY.eq(key))
            .fetchOne(APP_SETTING.SETTING_VALUE));
  }

  /** Inserts or replaces one setting (NFC) inside a running transaction. */
  static void write(DSLContext ctx, String key, String value, OffsetDateTime now) {
    String nfc = VietnameseText.nfc(value);
    ctx.mergeInto(APP_SETTING)
        .using(ctx.selectOne())
        .on(APP_SETTING.SETTING_KEY.eq(key))
        .whenMatchedThenUpdate()
        .set(APP_SETTING.SETTING_VALUE, nfc)
        .set(APP_SETTING.UPDATED_AT, now)
        .whenNotMatchedThenInsert(
            APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE, APP_SETTING.UPDATED_AT)
        .values(key, nfc, now)
        .execute();
  }
}
