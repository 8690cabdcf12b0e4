package vn.kiemtra.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStore;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import vn.kiemtra.core.backup.BackupContent;
import vn.kiemtra.core.backup.DatabaseSnapshots;
import vn.kiemtra.core.backup.UnreadableDatabaseException;
import vn.kiemtra.core.shared.Clock;
import vn.kiemtra.core.shared.DataClosedException;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;
import vn.kiemtra.persistence.jooq.Tables;

/**
 * The installation's H2 file: opened (created when missing), migrated by Flyway when its history
 * lacks a shipped migration (a file already current opens without Flyway), read through once to
 * prove it is whole, and used through jOOQ. Writes go through one writer so a merge never
 * interleaves with an edit. Every commit is on disk when it returns ({@code WRITE_DELAY=0}). A file
 * that does not open or read through raises {@link UnreadableDatabaseException}, for recovery.
 */
public final class Database implements AutoCloseable, DatabaseSnapshots {
  private static final String DEVICE_ID_KEY = "device.id";

  /** Files up to this size are read through with their large objects at every open. */
  private static final long DEEP_CHECK_BYTES = 64L * 1024 * 1024;

  private final Path file;
  private volatile JdbcConnectionPool pool;
  private final Settings settings;
  private final Clock clock;
  private final ReentrantLock writer = new ReentrantLock(true);
  private final UUID deviceId;
  private final AtomicLong changes = new AtomicLong();
  private volatile Runnable afterCommit = () -> {};

  /** Set by {@link #close}: a failure after it is reported as the close, not as an error. */
  private volatile boolean closed;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);

  /** The store's version once opened; a session that leaves it so wrote nothing. */
  private final long versionAtOpen;

  /** See {@link #revisionsAtOpen}; set again when a backup replaces the file. */
  private volatile long revisionsAtOpen;

  private Database(Path file, Opened opened, Clock clock) {
    this.file = file;
    this.pool = opened.pool();
    this.revisionsAtOpen = opened.revisions();
    this.clock = clock;
    JooqWarmUp.await();
    this.settings =
        new Settings()
            .withRenderSchema(false)
            .withExecuteLogging(false)
            .withReturnAllOnUpdatableRecord(true);
    this.deviceId = loadOrCreateDeviceId();
    this.versionAtOpen = storeVersion(this.pool);
  }

  /** Opens (or creates) the database file and migrates it to the current schema. */
  public static Database open(Path file) {
    return open(file, Clock.system());
  }

  public static Database open(Path file, Clock clock) {
    if (!Boolean.getBoolean("kiemtra.noJooqWarmUp")) {
      JooqWarmUp.start();
    }
    Path base = baseName(file);
    DatabaseFileGuard.check(base);
    try {
      if (base.getParent() != null) {
        Files.createDirectories(base.getParent());
      }
    } catch (java.io.IOException e) {
      throw new DomainException(
          Messages.of("messages").get("db.folder", base.getParent(), e.getMessage()), e);
    }
    return new Database(base, connect(base), clock);
  }

  /** The H2 file of a path given with or without ".mv.db". */
  public static Path fileOf(Path file) {
    Path base = baseName(file);
    return base.resolveSibling(base.getFileName() + ".mv.db");
  }

  private static String url(Path base) {
    return DatabaseUrl.of(base);
  }

  /** The pool on a file read through at open, and the sum of its rows' revisions then. */
  private record Opened(JdbcConnectionPool pool, long revisions) {}

  /** Checks, migrates and reads the file through; the pool the application then uses. */
  private static Opened connect(Path base) {
    Path mvFile = base.resolveSibling(base.getFileName() + ".mv.db");
    try {
      if (Files.exists(mvFile) && Files.size(mvFile) == 0) {
        throw DatabaseErrors.unreadable(base, null);
      }
    } catch (java.io.IOException e) {
      throw DatabaseErrors.unreadable(base, e);
    }
    boolean existed = Files.exists(mvFile);
    String url = url(base);
    JdbcConnectionPool pool = existed ? openIfCurrent(base, url) : null;
    if (pool == null) {
      migrate(base, url, existed);
      pool = JdbcConnectionPool.create(url, "sa", "");
    }
    pool.setMaxConnections(8);
    try (Connection probe = pool.getConnection()) {
      probe.isValid(1);
      return new Opened(
          pool,
          DatabaseContents.readThrough(probe, sizeOf(mvFile) <= DEEP_CHECK_BYTES).revisions());
    } catch (SQLException e) {
      pool.dispose();
      throw DatabaseErrors.translateOpen(base, e);
    } catch (RuntimeException e) {
      pool.dispose();
      throw DatabaseErrors.unreadable(base, e);
    }
  }

  /**
   * The pool on a file that already holds every shipped migration (checked on the pool's own first
   * connection, so the file is opened once and Flyway is not loaded); null after closing it again
   * when the file needs migrating.
   */
  private static JdbcConnectionPool openIfCurrent(Path base, String url) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    boolean current;
    try (Connection probe = pool.getConnection()) {
      probe.isValid(1);
      current = SchemaVersion.isCurrent(probe);
    } catch (SQLException e) {
      pool.dispose();
      throw DatabaseErrors.translateOpen(base, e);
    } catch (RuntimeException e) {
      pool.dispose();
      throw DatabaseErrors.unreadable(base, e);
    }
    if (!current) {
      pool.dispose();
      return null;
    }
    return pool;
  }

  private static long sizeOf(Path f) {
    try {
      return Files.size(f);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /**
   * Brings the file to the current schema on its own connection and closes the database again
   * before the application uses it: a kill -9 soon after an upgrade (no data written since) once
   * left a migrated table without its Flyway history row; a clean close writes both.
   */
  private static void migrate(Path base, String url, boolean existed) {
    JdbcConnectionPool migration = JdbcConnectionPool.create(url, "sa", "");
    try (Connection probe = migration.getConnection()) {
      probe.isValid(1);
    } catch (SQLException e) {
      migration.dispose();
      throw DatabaseErrors.translateOpen(base, e);
    } catch (RuntimeException e) {
      migration.dispose();
      throw DatabaseErrors.unreadable(base, e);
    }
    try {
      Flyway flyway =
          Flyway.configure()
              .dataSource(migration)
              .locations("classpath:db/migration")
              .validateMigrationNaming(true)
              .load();
      if (existed) {
        MigrationBackup.beforeMigrating(flyway, migration, base);
      }
      // Disposing the pool below closes the last connection, which closes the database as
      // cleanly as SHUTDOWN (without the pool then rolling back a closed connection).
      flyway.migrate();
    } catch (FlywayException e) {
      if (existed && !madeByNewerVersion(base, url)) {
        // An existing file whose tables and history disagree fell back to a partial state.
        throw DatabaseErrors.unreadable(base, e);
      }
      throw DatabaseErrors.translateMigration(base, e);
    } catch (SQLException e) {
      throw DatabaseErrors.translateOpen(base, e);
    } catch (DomainException e) {
      throw e;
    } catch (RuntimeException e) {
      throw DatabaseErrors.unreadable(base, e);
    } finally {
      migration.dispose();
    }
  }

  /** The file records migrations this version does not know: a newer kiemtra wrote it. */
  private static boolean madeByNewerVersion(Path base, String url) {
    JdbcConnectionPool probe = JdbcConnectionPool.create(url, "sa", "");
    try {
      return java.util.Arrays.stream(
              Flyway.configure()
                  .dataSource(probe)
                  .locations("classpath:db/migration")
                  .load()
                  .info()
                  .all())
          .anyMatch(
              i ->
                  i.getState() == org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS
                      || i.getState() == org.flywaydb.core.api.MigrationState.FUTURE_FAILED);
    } catch (RuntimeException e) {
      return false;
    } finally {
      probe.dispose();
    }
  }

  /** Accepts "x", "x.mv.db": H2 appends ".mv.db" itself. */
  static Path baseName(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".mv.db")) {
      return file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
    }
    return file;
  }

  /** The file on disk, with H2's ".mv.db" suffix. */
  public Path file() {
    return file.resolveSibling(file.getFileName() + ".mv.db");
  }

  @Override
  public Path databaseFile() {
    return file();
  }

  /** Runs after every committed write (not after a nested one), on the writing thread. */
  public void afterCommit(Runnable hook) {
    this.afterCommit = hook == null ? () -> {} : hook;
  }

  /**
   * The sum of every row's revision when the file was opened, as its read-through at open counted
   * it (compared with the newest backup's, to tell a file H2 opened in an older state).
   */
  public long revisionsAtOpen() {
    return revisionsAtOpen;
  }

  @Override
  public long changeCount() {
    return changes.get();
  }

  /**
   * Copies the file with {@code BACKUP TO} while no write runs. The copy is later opened as H2
   * opens a file after a crash: it finds the newest chunk only when that chunk is the last one in
   * the file (or the file header names it, which H2 writes only now and then). With space reuse on,
   * the last commits may have gone into a hole earlier in the file, and the copy then opened on an
   * older state without any error ("inspection 37≠36"); {@code CHECKPOINT} and {@code CHECKPOINT
   * SYNC} do not help, as there is nothing left to store. So one more chunk, holding the current
   * state, is written at the end of the file first, and space reuse stays off until the copy is
   * taken.
   */
  @Override
  public BackupContent snapshot(Path target, Runnable atSnapshot) {
    writer.lock();
    try (Connection c = pool.getConnection();
        java.sql.Statement s = c.createStatement()) {
      MVStore store = storeOf(c);
      boolean reuse = store.isSpaceReused();
      store.setReuseSpace(false);
      try {
        // Rewriting the store version (unused by H2 and kiemtra) is a change of nothing that still
        // makes the commit write a chunk.
        store.setStoreVersion(store.getStoreVersion());
        store.commit();
        BackupContent content = DatabaseContents.count(c);
        atSnapshot.run();
        Files.deleteIfExists(target);
        s.execute("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        return content;
      } finally {
        store.setReuseSpace(reuse);
      }
    } catch (SQLException e) {
      throw DatabaseErrors.translate(new DataAccessException(e.getMessage(), e));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      writer.unlock();
    }
  }

  /** The MVStore under an embedded connection of this database. */
  private static MVStore storeOf(Connection c) throws SQLException {
    return ((SessionLocal) c.unwrap(JdbcConnection.class).getSession())
        .getDatabase()
        .getStore()
        .getMvStore();
  }

  @Override
  public void replaceWith(Path backup) {
    writer.lock();
    try {
      pool.dispose();
      try {
        new H2BackupFiles().restore(backup, file());
      } finally {
        Opened reopened = connect(file);
        pool = reopened.pool();
        revisionsAtOpen = reopened.revisions();
      }
      changes.incrementAndGet();
    } finally {
      writer.unlock();
    }
  }

  public UUID deviceId() {
    return deviceId;
  }

  public OffsetDateTime now() {
    return clock.now();
  }

  /** Runs a read; concurrent reads are fine. */
  public <T> T read(Function<DSLContext, T> work) {
    try {
      return work.apply(DSL.using(pool, SQLDialect.H2, settings));
    } catch (RuntimeException e) {
      throw failed(e);
    }
  }

  /** Runs work in one transaction through the single writer; all or nothing. */
  public <T> T write(Function<DSLContext, T> work) {
    writer.lock();
    boolean outermost = writer.getHoldCount() == 1;
    T result;
    try {
      result =
          DSL.using(pool, SQLDialect.H2, settings)
              .transactionResult(cfg -> work.apply(DSL.using(cfg)));
      if (outermost) {
        changes.incrementAndGet();
      }
    } catch (RuntimeException e) {
      throw failed(e);
    } finally {
      writer.unlock();
    }
    if (outermost) {
      afterCommit.run();
    }
    return result;
  }

  /** A plain JDBC connection, for the few callers (benchmarks, backups) that need one. */
  public Connection connection() throws SQLException {
    return pool.getConnection();
  }

  private UUID loadOrCreateDeviceId() {
    return write(
        ctx -> {
          String existing =
              ctx.select(Tables.APP_SETTING.SETTING_VALUE)
                  .from(Tables.APP_SETTING)
                  .where(Tables.APP_SETTING.SETTING_KEY.eq(DEVICE_ID_KEY))
                  .fetchOne(Tables.APP_SETTING.SETTING_VALUE);
          if (existing != null) {
            return UUID.fromString(existing.trim());
          }
          UUID id = UUID.randomUUID();
          ctx.insertInto(Tables.APP_SETTING)
              .set(Tables.APP_SETTING.SETTING_KEY, DEVICE_ID_KEY)
              .set(Tables.APP_SETTING.SETTING_VALUE, id.toString())
              .set(Tables.APP_SETTING.UPDATED_AT, clock.now())
              .execute();
          return id;
        });
  }

  /**
   * What a read or write that failed throws: once the database is closed (its pool then refuses
   * every connection) that it is closed, else H2's failure in words the user can act on.
   */
  private RuntimeException failed(RuntimeException e) {
    if (closed) {
      return new DataClosedException(e);
    }
    return e instanceof DataAccessException access ? DatabaseErrors.translate(access) : e;
  }

  @Override
  public void close() {
    closed = true;
    writer.lock();
    try {
      compactIfWritten();
      pool.dispose();
    } finally {
      writer.unlock();
    }
  }

  /**
   * How long, at most, closing spends moving the file's live pages together after a session that
   * wrote (what H2 itself would spend at every close).
   */
  static final int COMPACT_AT_CLOSE_MILLIS = 200;

  /**
   * Compacts the file if anything was written since it was opened: the space a session's writes
   * left behind (and what read-only sessions before it appended) is given back once, by a session
   * that changed something, instead of at every close.
   */
  private void compactIfWritten() {
    try (Connection c = pool.getConnection()) {
      MVStore store = storeOf(c);
      if (store.getCurrentVersion() != versionAtOpen) {
        store.compactFile(COMPACT_AT_CLOSE_MILLIS);
      }
    } catch (SQLException | RuntimeException e) {
      // Only the file's size is at stake: the data is committed, closing goes on.
      LOG.warn("{}: not compacted at close", file, e);
    }
  }

  private static long storeVersion(JdbcConnectionPool pool) {
    try (Connection c = pool.getConnection()) {
      return storeOf(c).getCurrentVersion();
    } catch (SQLException e) {
      throw new DataAccessException(e.getMessage(), e);
    }
  }
}
