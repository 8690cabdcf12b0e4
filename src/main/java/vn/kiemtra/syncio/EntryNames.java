package vn.kiemtra.syncio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The only entry names a package may hold: rows of a table, files by SHA-256, manifest, sig. */
final class EntryNames {
  static final String MANIFEST = "manifest.json";
  static final String SIGNATURE = "manifest.sig";
  static final String FORMAT = "kiemtra-sync";

  private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern ROWS = Pattern.compile("rows/(" + TABLE.pattern() + ")\\.jsonl");
  private static final Pattern FILES = Pattern.compile("files/(" + SHA256.pattern() + ")");

  private EntryNames() {}

  static boolean isTable(String table) {
    return table != null && TABLE.matcher(table).matches();
  }

  static boolean isSha256(String sha) {
    return sha != null && SHA256.matcher(sha).matches();
  }

  static String rows(String table) {
    return "rows/" + table + ".jsonl";
  }

  static String file(String sha256) {
    return "files/" + sha256;
  }

  /** The table of a rows entry, or null when the name is not one. */
  static String table(String name) {
    Matcher m = ROWS.matcher(name);
    return m.matches() ? m.group(1) : null;
  }

  /** The SHA-256 of a file entry, or null when the name is not one. */
  static String sha(String name) {
    Matcher m = FILES.matcher(name);
    return m.matches() ? m.group(1) : null;
  }

  /** A rows or files entry (the data the manifest lists). */
  static boolean isData(String name) {
    return table(name) != null || sha(name) != null;
  }
}
