package vn.kiemtra.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemtra.core.shared.Clock;

/**
 * The {@code backups/} folder beside a database file: names, the small description file kept next
 * to each backup, listing, deleting, and moving an unreadable database file aside. Backups of
 * several databases may share a folder; each one's files start with its database's name.
 */
public final class BackupFolder {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
  private static final String SUFFIX = ".zip";
  private static final String INFO = ".properties";

  private final Path folder;
  private final String base;
  private final Pattern names;

  /**
   * @param databaseFile the database ({@code name.mv.db}) the backups protect
   */
  public BackupFolder(Path databaseFile) {
    Path absolute = databaseFile.toAbsolutePath();
    this.folder = absolute.getParent().resolve("backups");
    String name = absolute.getFileName().toString();
    this.base =
        name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
    this.names =
        Pattern.compile(
            Pattern.quote(base) + "-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)" + Pattern.quote(SUFFIX));
  }

  public Path path() {
    return folder;
  }

  /** The file a new backup made now for this reason goes to. */
  public Path newBackupFile(OffsetDateTime at, BackupReason reason) {
    Path file = folder.resolve(base + "-" + stamp(at) + "-" + reason.slug() + SUFFIX);
    int n = 1;
    while (Files.exists(file)) {
      at = at.plusNanos(1_000_000);
      file = folder.resolve(base + "-" + stamp(at) + "-" + reason.slug() + SUFFIX);
      n++;
      if (n > 1000) {
        break;
      }
    }
    return file;
  }

  public void create() {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every backup of this database, newest first. */
  public List<Backup> list() {
    List<Backup> found = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return found;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, base + "-*" + SUFFIX)) {
      for (Path f : files) {
        Matcher m = names.matcher(f.getFileName().toString());
        if (m.matches()) {
          found.add(describe(f, m.group(1), m.group(2)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(Comparator.comparing(Backup::createdAt).reversed());
    return found;
  }

  /** Reads what is known of a backup file: its description file, else its name. */
  public Backup describe(Path file) {
    Matcher m = names.matcher(file.getFileName().toString());
    if (m.matches()) {
      return describe(file, m.group(1), m.group(2));
    }
    return fromInfo(file, OffsetDateTime.now(Clock.VIETNAM), BackupReason.MANUAL);
  }

  private Backup describe(Path file, String stamp, String slug) {
    OffsetDateTime at;
    try {
      at = LocalDateTime.parse(stamp, STAMP).atZone(Clock.VIETNAM).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      at = OffsetDateTime.now(Clock.VIETNAM);
    }
    return fromInfo(file, at, BackupReason.fromSlug(slug));
  }

  private Backup fromInfo(Path file, OffsetDateTime at, BackupReason reason) {
    long size = sizeOf(file);
    Path info = infoFile(file);
    if (!Files.exists(info)) {
      return new Backup(file, at, reason, size, new BackupContent(Map.of(), -1, -1), -1, false, "");
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(info)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Backup(file, at, reason, size, new BackupContent(Map.of(), -1, -1), -1, false, "");
    }
    Map<String, Long> counts = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("rows.")) {
        counts.put(key.substring(5), parseLong(p.getProperty(key), 0));
      }
    }
    return new Backup(
        file,
        at,
        reason,
        size,
        new BackupContent(
            counts,
            parseLong(p.getProperty("inspections"), -1),
            parseLong(p.getProperty("signedInspections"), -1)),
        parseLong(p.getProperty("journalSequence"), -1),
        Boolean.parseBoolean(p.getProperty("verified")),
        p.getProperty("note", ""));
  }

  /** Writes the description file next to the backup (through a temporary file). */
  public void writeInfo(Backup b) {
    Properties p = new Properties();
    p.setProperty("createdAt", b.createdAt().toString());
    p.setProperty("reason", b.reason().slug());
    p.setProperty("journalSequence", Long.toString(b.journalSequence()));
    p.setProperty("verified", Boolean.toString(b.verified()));
    p.setProperty("note", b.note() == null ? "" : b.note());
    p.setProperty("inspections", Long.toString(b.content().inspections()));
    p.setProperty("signedInspections", Long.toString(b.content().signedInspections()));
    b.content().rowCounts().forEach((t, n) -> p.setProperty("rows." + t, Long.toString(n)));
    Path info = infoFile(b.file());
    Path tmp = info.resolveSibling(info.getFileName() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp);
          java.io.Writer w =
              new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
        p.store(w, "kiemtra backup");
      }
      Files.move(tmp, info, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(Backup b) {
    try {
      Files.deleteIfExists(infoFile(b.file()));
      Files.deleteIfExists(b.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Moves an unreadable database file into the folder, named with the time, never deleting or
   * overwriting it. Returns where it went.
   */
  public Path moveAside(Path databaseFile, OffsetDateTime at) {
    create();
    Path target = folder.resolve(base + "-" + stamp(at) + "-hong.mv.db");
    try {
      return Files.move(databaseFile, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes the backups of this database take. */
  public long totalBytes() {
    return list().stream().mapToLong(b -> b.sizeBytes() + sizeOf(infoFile(b.file()))).sum();
  }

  /** Bytes free on the drive of the folder (or of its nearest existing parent). */
  public long freeBytes() {
    Path p = folder;
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    try {
      return p == null ? Long.MAX_VALUE : Files.getFileStore(p).getUsableSpace();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Removes backups left half-written by a crash (their temporary names). */
  public void removeUnfinished() {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, base + "-*.tmp")) {
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path infoFile(Path backup) {
    String name = backup.getFileName().toString();
    String stem = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    return backup.resolveSibling(stem + INFO);
  }

  private static String stamp(OffsetDateTime at) {
    return STAMP.format(at.atZoneSameInstant(Clock.VIETNAM));
  }

  private static long sizeOf(Path f) {
    try {
      return Files.exists(f) ? Files.size(f) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static long parseLong(String s, long fallback) {
    try {
      return s == null ? fallback : Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
