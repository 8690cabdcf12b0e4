package vn.kiemtra.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The schema statements kiemtra's own migrations produce. A list of them ships with the program
 * ({@code schema-reference.txt}, checked against the migrations by a test) and answers quickly;
 * when a file holds anything outside it, the statements are read from a database freshly migrated
 * in a private temporary folder (once per run), so a stale list can only slow the check, never
 * refuse a good file or let a bad one in. Values that differ between files of the same schema (H2's
 * build number, the password salt and hash, the number in a primary key index's name) are
 * normalised away.
 */
final class ReferenceSchema {
  static final String PACKAGED_LIST = "schema-reference.txt";

  private static final Pattern BUILD = Pattern.compile("^SET CREATE_BUILD \\d+$");

  /**
   * A column's statistic, written into its table's definition by H2's (automatic) ANALYZE once a
   * table has a few thousand rows: a number, never code.
   */
  private static final Pattern SELECTIVITY = Pattern.compile(" SELECTIVITY \\d+");

  /**
   * The name H2 gives a primary key's index: a number from the file's object counter, which differs
   * between a file migrated in one go and one migrated version by version (V23 recreates a table).
   */
  private static final Pattern PRIMARY_KEY_INDEX = Pattern.compile("\"PRIMARY_KEY_[0-9A-F]+\"");

  private static final Pattern USER_SECRET =
      Pattern.compile("SALT '[0-9a-fA-F]*' HASH '[0-9a-fA-F]*'");

  private static Set<String> statements;
  private static Set<String> packaged;

  private ReferenceSchema() {}

  /** The normalised statements of a freshly migrated database. */
  static synchronized Set<String> statements() {
    if (statements == null) {
      statements = Set.copyOf(build());
    }
    return statements;
  }

  /** The normalised statements listed with the program (empty when the list is missing). */
  static synchronized Set<String> packaged() {
    if (packaged == null) {
      packaged = Set.copyOf(readPackaged());
    }
    return packaged;
  }

  /** One statement a line, backslash and line breaks escaped. */
  static String encode(Set<String> normalised) {
    StringBuilder sb = new StringBuilder();
    normalised.stream()
        .sorted()
        .forEach(
            sql ->
                sb.append(sql.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
                    .append('\n'));
    return sb.toString();
  }

  static Set<String> decode(String text) {
    Set<String> out = new HashSet<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        out.add(unescape(line));
      }
    }
    return out;
  }

  private static String unescape(String line) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        sb.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static Set<String> readPackaged() {
    try (InputStream in = ReferenceSchema.class.getResourceAsStream(PACKAGED_LIST)) {
      return in == null ? Set.of() : decode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Set.of();
    }
  }

  /** A statement with its per-file values replaced, for comparison with the reference. */
  static String normalise(String sql) {
    if (BUILD.matcher(sql).matches()) {
      return "SET CREATE_BUILD #";
    }
    String withoutStatistics = SELECTIVITY.matcher(sql).replaceAll("");
    String withoutIndexNumber =
        PRIMARY_KEY_INDEX.matcher(withoutStatistics).replaceAll("\"PRIMARY_KEY_#\"");
    return USER_SECRET.matcher(withoutIndexNumber).replaceAll("SALT '#' HASH '#'");
  }

  private static Flyway flyway(String url, org.flywaydb.core.api.MigrationVersion target) {
    var config =
        Flyway.configure()
            .dataSource(url, "sa", "")
            .locations("classpath:db/migration")
            .validateMigrationNaming(true);
    return (target == null ? config : config.target(target)).load();
  }

  /**
   * Migrates a database in a temporary folder, version after version, and reads back the statements
   * of each schema it passes through.
   */
  static Set<String> build() {
    Path dir;
    try {
      dir = Files.createTempDirectory("kiemtra-reference");
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the reference schema folder", e);
    }
    try {
      Path base = dir.resolve("reference");
      String url = DatabaseUrl.of(base);
      // Every schema a file of an older release can be at is kiemtra's own: one step at a time.
      Set<String> out = new HashSet<>();
      for (org.flywaydb.core.api.MigrationInfo step : flyway(url, null).info().all()) {
        flyway(url, step.getVersion()).migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
            Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        }
        for (MetaRecords.Entry e : MetaRecords.read(dir.resolve("reference.mv.db"))) {
          out.add(normalise(e.sql()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot build the reference schema", e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  p.toFile().deleteOnExit();
                }
              });
    } catch (IOException e) {
      dir.toFile().deleteOnExit();
    }
  }
}
