package vn.kiemtra.persistence;

import java.io.IOException;
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
 * The schema statements kiemtra's own migrations produce, read from a database freshly migrated in
 * a private temporary folder (once per run). Values that differ between files of the same schema
 * (H2's build number, the password salt and hash) are normalised away.
 */
final class ReferenceSchema {
  private static final Pattern BUILD = Pattern.compile("^SET CREATE_BUILD \\d+$");
  private static final Pattern USER_SECRET =
      Pattern.compile("SALT '[0-9a-fA-F]*' HASH '[0-9a-fA-F]*'");

  private static Set<String> statements;

  private ReferenceSchema() {}

  /** The normalised statements of a freshly migrated database. */
  static synchronized Set<String> statements() {
    if (statements == null) {
      statements = Set.copyOf(build());
    }
    return statements;
  }

  /** A statement with its per-file values replaced, for comparison with the reference. */
  static String normalise(String sql) {
    if (BUILD.matcher(sql).matches()) {
      return "SET CREATE_BUILD #";
    }
    return USER_SECRET.matcher(sql).replaceAll("SALT '#' HASH '#'");
  }

  private static Set<String> build() {
    Path dir;
    try {
      dir = Files.createTempDirectory("kiemtra-reference");
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the reference schema folder", e);
    }
    try {
      Path base = dir.resolve("reference");
      String url = DatabaseUrl.of(base);
      Flyway.configure()
          .dataSource(url, "sa", "")
          .locations("classpath:db/migration")
          .validateMigrationNaming(true)
          .load()
          .migrate();
      try (Connection c = DriverManager.getConnection(url, "sa", "");
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
      Set<String> out = new HashSet<>();
      for (MetaRecords.Entry e : MetaRecords.read(dir.resolve("reference.mv.db"))) {
        out.add(normalise(e.sql()));
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
