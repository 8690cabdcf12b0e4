package vn.kiemtra.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text column lengths declared in the Flyway migrations, read from the SQL itself: {@code
 * "inspection.title" -> 1000}. Tests compare the application's limits with these.
 */
public final class MigrationColumns {
  private static final Path DIR = Path.of("src/main/resources/db/migration");
  private static final Pattern TABLE = Pattern.compile("(?i)CREATE TABLE (\\w+)\\s*\\(");
  private static final Pattern VARCHAR =
      Pattern.compile("(?i)^\\s*(\\w+)\\s+(?:VARCHAR|CHARACTER VARYING|CHAR)\\((\\d+)\\)");

  private MigrationColumns() {}

  /** Every VARCHAR/CHAR column as table.column, lower case, with its declared length. */
  public static Map<String, Integer> lengths() {
    Map<String, Integer> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
        String table = null;
        for (String line : Files.readAllLines(file)) {
          Matcher t = TABLE.matcher(line);
          if (t.find()) {
            table = t.group(1).toLowerCase(Locale.ROOT);
            continue;
          }
          Matcher c = VARCHAR.matcher(line);
          if (table != null && c.find()) {
            out.put(
                table + "." + c.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(c.group(2)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The declared length of one column; fails when the migrations do not declare it. */
  public static int length(String tableDotColumn) {
    Integer n = lengths().get(tableDotColumn);
    if (n == null) {
      throw new IllegalArgumentException("no text column " + tableDotColumn + " in " + DIR);
    }
    return n;
  }
}
