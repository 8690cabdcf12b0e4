package vn.kiemtra.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Database files tampered with through H2 directly, as an attacker would hand them over. */
public final class HostileDatabases {
  private HostileDatabases() {}

  /** A trigger whose Java source writes {@code marker} whenever H2 loads it (creation and open). */
  public static String markerTrigger(Path marker) {
    return "CREATE TRIGGER MARK BEFORE INSERT ON APP_SETTING AS $$"
        + "org.h2.api.Trigger create() throws Exception {"
        + " java.nio.file.Files.writeString(java.nio.file.Path.of(\""
        + marker.toString().replace("\\", "\\\\")
        + "\"), \"ran\");"
        + " return (conn, oldRow, newRow) -> {}; } $$";
  }

  /** Runs {@code sql} on the (closed) database {@code base} with H2 directly, then closes it. */
  public static void tamper(Path base, String... sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }
}
