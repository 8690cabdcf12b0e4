package vn.kiemtra.crash;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Child process of {@link H2DurabilityExperiment}: raw H2 (no application code) written the way the
 * editor's autosave writes, until it is killed. Each save is one small transaction that updates an
 * inspection-like row and a few answer-like rows, sometimes with a BLOB; saves come every 50-400 ms
 * with occasional idle pauses of 2-8 s so that H2's background writer, when there is one, gets its
 * idle housekeeping in. After each commit returns it prints {@code ACK inspection seq micros}.
 *
 * <p>Arguments: database base path, URL suffix, seed, and {@code sync} to run {@code CHECKPOINT
 * SYNC} (an fsync) after every commit.
 */
public final class H2DurabilityWorker {
  static final int INSPECTIONS = 8;
  static final int ANSWERS = 60;

  private H2DurabilityWorker() {}

  public static void main(String[] args) throws Exception {
    String url = "jdbc:h2:file:" + args[0] + args[1];
    Random random = new Random(Long.parseLong(args[2]));
    boolean sync = args.length > 3 && args[3].equals("sync");
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.setAutoCommit(false);
      long seq = createOrResume(c);
      out.println("READY " + seq);
      out.flush();
      int inspection = random.nextInt(INSPECTIONS);
      while (true) {
        if (random.nextInt(20) == 0) {
          inspection = random.nextInt(INSPECTIONS);
        }
        seq++;
        long started = System.nanoTime();
        save(c, random, inspection, seq, sync);
        long micros = (System.nanoTime() - started) / 1000;
        out.println("ACK " + inspection + " " + seq + " " + micros);
        out.flush();
        Thread.sleep(
            random.nextInt(25) == 0 ? 2000 + random.nextInt(6000) : 50 + random.nextInt(351));
      }
    }
  }

  static void createSchema(Statement s) throws SQLException {
    s.execute(
        "CREATE TABLE IF NOT EXISTS insp(id INT PRIMARY KEY, seq BIGINT NOT NULL,"
            + " note VARCHAR(4000))");
    s.execute(
        "CREATE TABLE IF NOT EXISTS answer(insp INT, code INT, seq BIGINT NOT NULL,"
            + " note VARCHAR(2000), PRIMARY KEY(insp, code))");
    s.execute(
        "CREATE TABLE IF NOT EXISTS evidence(id BIGINT PRIMARY KEY, insp INT, len INT,"
            + " crc BIGINT, data BLOB)");
  }

  static long createOrResume(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      createSchema(s);
      c.commit();
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM insp")) {
        rs.next();
        if (rs.getInt(1) == INSPECTIONS) {
          return rs.getLong(2);
        }
      }
    }
    try (PreparedStatement i = c.prepareStatement("INSERT INTO insp VALUES (?, 0, '')");
        PreparedStatement a = c.prepareStatement("INSERT INTO answer VALUES (?, ?, 0, '')")) {
      for (int k = 0; k < INSPECTIONS; k++) {
        i.setInt(1, k);
        i.addBatch();
        for (int q = 0; q < ANSWERS; q++) {
          a.setInt(1, k);
          a.setInt(2, q);
          a.addBatch();
        }
      }
      i.executeBatch();
      a.executeBatch();
    }
    c.commit();
    return 0;
  }

  static void save(Connection c, Random random, int inspection, long seq, boolean sync)
      throws SQLException {
    try (PreparedStatement i =
            c.prepareStatement("UPDATE insp SET seq = ?, note = ? WHERE id = ?");
        PreparedStatement a =
            c.prepareStatement("UPDATE answer SET seq = ?, note = ? WHERE insp = ? AND code = ?")) {
      i.setLong(1, seq);
      i.setString(2, text(random, 200 + random.nextInt(1500)));
      i.setInt(3, inspection);
      i.executeUpdate();
      int changed = 1 + random.nextInt(5);
      for (int n = 0; n < changed; n++) {
        a.setLong(1, seq);
        a.setString(2, text(random, 20 + random.nextInt(400)));
        a.setInt(3, inspection);
        a.setInt(4, random.nextInt(ANSWERS));
        a.executeUpdate();
      }
    }
    if (random.nextInt(25) == 0) {
      byte[] data = new byte[30_000 + random.nextInt(370_000)];
      random.nextBytes(data);
      CRC32 crc = new CRC32();
      crc.update(data);
      try (PreparedStatement e =
          c.prepareStatement("INSERT INTO evidence VALUES (?, ?, ?, ?, ?)")) {
        e.setLong(1, seq);
        e.setInt(2, inspection);
        e.setInt(3, data.length);
        e.setLong(4, crc.getValue());
        e.setBinaryStream(5, new ByteArrayInputStream(data), data.length);
        e.executeUpdate();
      }
    }
    c.commit();
    if (sync) {
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT SYNC");
      }
    }
  }

  private static String text(Random random, int length) {
    String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạềếểễệ ";
    StringBuilder b = new StringBuilder(length);
    for (int n = 0; n < length; n++) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }
}
