package vn.kiemtra.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.security.MessageDigest;
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
        String[] names = new String[columns + 1];
        for (int i = 1; i <= columns; i++) {
          types[i] = rs.getMetaData().getColumnType(i);
          names[i] = rs.getMetaData().getColumnLabel(i).toUpperCase(java.util.Locale.ROOT);
        }
        String[] hashed = HASHED_CONTENT.get(table.toUpperCase(java.util.Locale.ROOT));
        int contentColumn = hashed == null ? -1 : java.util.Arrays.asList(names).indexOf(hashed[0]);
        int hashColumn = hashed == null ? -1 : java.util.Arrays.asList(names).indexOf(hashed[1]);
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            if (largeObjects || !isLargeObject(types[i])) {
              MessageDigest digest = i == contentColumn && hashColumn > 0 ? sha256() : null;
              readValue(rs, i, types[i], sink, chars, digest);
              if (digest != null) {
                checkHash(table, rs, hashColumn, digest);
              }
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

  /** The sum of every row's revision, over the tables that carry one. */
  static long revisions(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = 'REVISION' ORDER BY TABLE_NAME")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    long total = 0;
    for (String table : tables) {
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT COALESCE(SUM(revision), 0) FROM \"" + table + "\"")) {
        rs.next();
        total += rs.getLong(1);
      }
    }
    return total;
  }

  private static BackupContent content(Connection c, Map<String, Long> counts) throws SQLException {
    if (!counts.containsKey("inspection")) {
      return new BackupContent(counts, 0, 0, revisions(c));
    }
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*), COUNT(CASE WHEN status = 'SIGNED' THEN 1 END) "
                    + "FROM inspection WHERE deleted = FALSE")) {
      rs.next();
      long inspections = rs.getLong(1);
      long signed = rs.getLong(2);
      return new BackupContent(counts, inspections, signed, revisions(c));
    }
  }

  private static boolean isLargeObject(int type) {
    return type == Types.BLOB || type == Types.CLOB || type == Types.NCLOB;
  }

  /**
   * Stored files and the column holding their SHA-256. H2 keeps no checksum of a large object's
   * bytes: a page of a photo overwritten on disk reads back without error, so its hash is what
   * shows the damage.
   */
  private static final Map<String, String[]> HASHED_CONTENT =
      Map.of(
          "EVIDENCE", new String[] {"CONTENT", "SHA256"},
          "MINUTES_SCAN", new String[] {"CONTENT", "SHA256"},
          "SIGNED_MINUTES", new String[] {"PDF", "PDF_SHA256"});

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A damaged file, like a page that does not read: the open recovers it. */
  private static void checkHash(String table, ResultSet rs, int hashColumn, MessageDigest digest)
      throws SQLException {
    String stored = rs.getString(hashColumn);
    String read = java.util.HexFormat.of().formatHex(digest.digest());
    if (stored != null && !stored.strip().equalsIgnoreCase(read)) {
      throw new IllegalStateException(
          "the content of a row of " + table + " does not match its SHA-256 (damaged on disk)");
    }
  }

  private static void readValue(
      ResultSet rs, int i, int type, byte[] sink, char[] chars, MessageDigest digest)
      throws SQLException {
    try {
      switch (type) {
        case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
          Blob blob = type == Types.BLOB ? rs.getBlob(i) : null;
          try (InputStream in = blob != null ? blob.getBinaryStream() : rs.getBinaryStream(i)) {
            if (in != null) {
              int n;
              while ((n = in.read(sink)) > 0) {
                // read through: a damaged large object fails here, or its hash differs
                if (digest != null) {
                  digest.update(sink, 0, n);
                }
              }
            }
          }
        }
        case Types.CLOB, Types.NCLOB -> {
          Clob clob = rs.getClob(i);
          if (clob != null) {
            long length = clob.length();
            if (length <= chars.length) {
              // A note or a finding: read whole as a string, without the reader and the buffers
              // H2 allocates per value for a stream (or getSubString): tens of thousands of values
              // in an office's file.
              rs.getString(i);
            } else {
              try (Reader in = clob.getCharacterStream()) {
                while (in.read(chars) > 0) {
                  // read through
                }
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
