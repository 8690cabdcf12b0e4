package vn.kiemtra.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells, without Flyway, whether a database already holds every migration this program ships: the
 * versions listed in the program's {@code db/migration} folder against the successful rows of the
 * file's Flyway history. Anything else (a missing or failed history row, an unknown version, a
 * folder it cannot list) answers "not current" and the open runs Flyway as before.
 */
final class SchemaVersion {
  static final String LOCATION = "db/migration";
  private static final Pattern MIGRATION = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");

  private static volatile Set<String> shipped;

  private SchemaVersion() {}

  /** True when the history holds exactly the shipped versions, all successful. */
  static boolean isCurrent(Connection c) {
    Set<String> wanted = shipped();
    if (wanted.isEmpty()) {
      return false;
    }
    Set<String> applied = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
      while (rs.next()) {
        String version = rs.getString(1);
        if (!rs.getBoolean(2)) {
          return false;
        }
        if (version != null) {
          applied.add(normal(version));
        }
      }
    } catch (SQLException e) {
      return false; // no history table yet: a new or foreign file, Flyway decides
    }
    return applied.equals(wanted);
  }

  /** The versions of the migrations packaged with the program ("1", "10", "20"). */
  static Set<String> shipped() {
    Set<String> s = shipped;
    if (s == null) {
      try {
        s = Set.copyOf(list());
      } catch (IOException | URISyntaxException | RuntimeException e) {
        s = Set.of();
      }
      shipped = s;
    }
    return s;
  }

  private static Set<String> list() throws IOException, URISyntaxException {
    Set<String> out = new HashSet<>();
    URL url = SchemaVersion.class.getClassLoader().getResource(LOCATION);
    if (url == null) {
      return out;
    }
    if (url.getProtocol().equals("file")) {
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        files.forEach(f -> add(out, f.getFileName().toString()));
      }
    } else if (url.getProtocol().equals("jar")) {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          String name = entries.nextElement().getName();
          if (name.startsWith(LOCATION + "/") && name.indexOf('/', LOCATION.length() + 1) < 0) {
            add(out, name.substring(LOCATION.length() + 1));
          }
        }
      }
    } else {
      throw new UncheckedIOException(new IOException("cannot list " + url));
    }
    return out;
  }

  private static void add(Set<String> out, String fileName) {
    Matcher m = MIGRATION.matcher(fileName);
    if (m.matches()) {
      out.add(normal(m.group(1)));
    }
  }

  /** Flyway's version text: "1_1" in a file name is "1.1" in the history; no leading zeros. */
  private static String normal(String version) {
    StringBuilder sb = new StringBuilder();
    for (String part : version.replace('_', '.').split("\\.")) {
      sb.append(sb.isEmpty() ? "" : ".").append(part.replaceFirst("^0+(?=.)", ""));
    }
    return sb.toString();
  }
}
