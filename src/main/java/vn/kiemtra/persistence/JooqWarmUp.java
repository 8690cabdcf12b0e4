package vn.kiemtra.persistence;

import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import vn.kiemtra.core.shared.WarmUp;
import vn.kiemtra.persistence.jooq.Tables;

/**
 * Loads and initialises jOOQ's classes (about a thousand: the DSL, the data types, the renderer,
 * the generated tables) on a background thread while the opening thread reads the H2 file, so a
 * cold start pays for the two side by side instead of one after the other. The opening thread waits
 * for it before its own first jOOQ statement, so no jOOQ class is initialised by two threads at
 * once.
 */
final class JooqWarmUp {
  private static final WarmUp WARM_UP = new WarmUp("kiemtra-jooq-warm-up", JooqWarmUp::load);

  private JooqWarmUp() {}

  /** Starts the warm-up once per process; later calls do nothing. */
  static void start() {
    WARM_UP.start();
  }

  /** Waits until the warm-up (if started) has finished. */
  static void await() {
    WARM_UP.await();
  }

  private static void load() {
    var ctx = DSL.using(SQLDialect.H2, new Settings().withRenderSchema(false));
    ctx.select(Tables.APP_SETTING.SETTING_VALUE)
        .from(Tables.APP_SETTING)
        .where(Tables.APP_SETTING.SETTING_KEY.eq("warm-up"))
        .getSQL();
    ctx.selectFrom(Tables.INSPECTION)
        .where(Tables.INSPECTION.ID.eq(UUID.randomUUID()))
        .orderBy(Tables.INSPECTION.UPDATED_AT.desc())
        .getSQL();
  }
}
