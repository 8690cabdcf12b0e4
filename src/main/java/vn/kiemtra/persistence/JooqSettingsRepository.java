package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.APP_SETTING;

import java.util.Optional;
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
    return db.read(
        ctx ->
            Optional.ofNullable(
                ctx.select(APP_SETTING.SETTING_VALUE)
                    .from(APP_SETTING)
                    .where(APP_SETTING.SETTING_KEY.eq(key))
                    .fetchOne(APP_SETTING.SETTING_VALUE)));
  }

  @Override
  public void put(String key, String value) {
    db.write(
        ctx ->
            ctx.mergeInto(APP_SETTING)
                .using(ctx.selectOne())
                .on(APP_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate()
                .set(APP_SETTING.SETTING_VALUE, VietnameseText.nfc(value))
                .set(APP_SETTING.UPDATED_AT, db.now())
                .whenNotMatchedThenInsert(
                    APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE, APP_SETTING.UPDATED_AT)
                .values(key, VietnameseText.nfc(value), db.now())
                .execute());
  }
}
