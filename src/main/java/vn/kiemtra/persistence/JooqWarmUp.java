package vn.kiemtra.persistence;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import vn.kiemtra.persistence.jooq.Tables;

/**
 * Loads and initialises jOOQ's classes (about a thousand: the DSL, the data types, the renderer,
 * the generated tables) on a background thread while the opening thread reads the H2 file, so a
 * cold start pays for the two side by side instead of one after the other. The opening thread waits
 * for it before its own first jOOQ statement, so no jOOQ class is initialised by two threads at
 * once.
 */
final class JooqWarmUp {
  private static final CountDownLatch DONE = new CountDownLatch(1);
  private static boolean started;

  private JooqWarmUp() {}

  /** Starts the warm-up once per process; later calls do nothing. */
  static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    Thread t =
        new Thread(
            () -> {
              try {
                var ctx = DSL.using(SQLDialect.H2, new Settings().withRenderSchema(false));
                ctx.select(Tables.APP_SETTING.SETTING_VALUE)
                    .from(Tables.APP_SETTING)
                    .where(Tables.APP_SETTING.SETTING_KEY.eq("warm-up"))
                    .getSQL();
                ctx.selectFrom(Tables.INSPECTION)
                    .where(Tables.INSPECTION.ID.eq(UUID.randomUUID()))
                    .orderBy(Tables.INSPECTION.UPDATED_AT.desc())
                    .getSQL();
              } catch (RuntimeException | LinkageError e) {
                // Only a head start: the opening thread loads whatever this did not.
              } finally {
                DONE.countDown();
              }
            },
            "kiemtra-jooq-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** Waits until the warm-up (if started) has finished. */
  static void await() {
    if (!isStarted()) {
      return;
    }
    try {
      DONE.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static synchronized boolean isStarted() {
    return started;
  }
}
