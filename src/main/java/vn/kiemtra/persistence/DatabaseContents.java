package vn.kiemtra.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.kiemtra.core.backup.BackupContent;

/**
 * Reads a database through, row by row and value by value, and counts its rows. A file damaged by a
 * crash can still open (H2 reads pages lazily); reading every page is how the damage shows.
 */
final class DatabaseContents {
  private DatabaseContents() {}

  static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  /**
   * Reads every value of every table (large objects too when asked) and returns the row counts.
   *
   * @throws SQLException (or an H2 runtime error) where a page cannot be read
   */
  static BackupContent readThrough(Connection c, boolean largeObjects) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    byte[] sink = new byte[64 * 1024];
    char[] chars = new char[16 * 1024];
    for (String table : tables(c)) {
      long rows = 0;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
        int columns = rs.getMetaData().getColumnCount();
        int[] types = new int[columns + 1];
        for (int i = 1; i <= columns; i++) {
          types[i] = rs.getMetaData().getColumnType(i);
        }
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            if (largeObjects || !isLargeObject(types[i])) {
              readValue(rs, i, types[i], sink, chars);
            }
          }
          rows++;
        }
      }
      counts.put(table.toLowerCase(java.util.Locale.ROOT), rows);
    }
    return content(c, counts);
  }

  /** Counts rows without reading them through (at the moment of a backup, under the write lock). */
  static BackupContent count(Connection c) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables(c)) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
        rs.next();
        counts.put(table.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
      }
    }
    return content(c, counts);
  }

  private static BackupContent content(Connection c, Map<String, Long> counts) throws SQLException {
    if (!counts.containsKey("inspection")) {
      return new BackupContent(counts, 0, 0);
    }
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*), COUNT(CASE WHEN status = 'SIGNED' THEN 1 END) "
                    + "FROM inspection WHERE deleted = FALSE")) {
      rs.next();
      return new BackupContent(counts, rs.getLong(1), rs.getLong(2));
    }
  }

  private static boolean isLargeObject(int type) {
    return type == Types.BLOB || type == Types.CLOB || type == Types.NCLOB;
  }

  private static void readValue(ResultSet rs, int i, int type, byte[] sink, char[] chars)
      throws SQLException {
    try {
      switch (type) {
        case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
          Blob blob = type == Types.BLOB ? rs.getBlob(i) : null;
          try (InputStream in = blob != null ? blob.getBinaryStream() : rs.getBinaryStream(i)) {
            if (in != null) {
              while (in.read(sink) > 0) {
                // read through: a damaged large object fails here
              }
            }
          }
        }
        case Types.CLOB, Types.NCLOB -> {
          Clob clob = rs.getClob(i);
          if (clob != null) {
            try (Reader in = clob.getCharacterStream()) {
              while (in.read(chars) > 0) {
                // read through
              }
            }
          }
        }
        default -> rs.getObject(i);
      }
    } catch (IOException e) {
      throw new SQLException("unreadable value in column " + i, e);
    }
  }
}
