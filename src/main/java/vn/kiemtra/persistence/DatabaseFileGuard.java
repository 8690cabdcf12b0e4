package vn.kiemtra.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.core.shared.Messages;

/**
 * Checks a database file before H2 opens it: H2 executes the schema stored in the file when it
 * opens it (a trigger or alias with Java source is compiled and run), so a file holding anything
 * kiemtra's migrations do not create (triggers, aliases, aggregates, other users, settings, a
 * different table definition…) is refused before any of it can run.
 */
public final class DatabaseFileGuard {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseFileGuard.class);
  private static final Pattern NAME = Pattern.compile("\"((?:[^\"]|\"\")*)\"");
  private static final int MAX_LISTED = 5;

  private DatabaseFileGuard() {}

  /**
   * Refuses (with a {@link DomainException}) a path H2 would read as settings, and an existing file
   * holding objects kiemtra did not create. A missing file passes: it will be created.
   */
  public static void check(Path base) {
    check(base, null);
  }

  /**
   * As {@link #check(Path)}, naming the file {@code shown} in the refusal (a backup checked through
   * a temporary copy, say).
   */
  public static void check(Path base, String shown) {
    DatabaseUrl.checkPath(base);
    Path file = base.resolveSibling(base.getFileName() + ".mv.db");
    if (!Files.exists(file)) {
      return;
    }
    List<MetaRecords.Entry> entries;
    try {
      entries = MetaRecords.read(file);
    } catch (MVStoreException e) {
      if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
        return; // in use elsewhere: H2 refuses to open it too, with its own message
      }
      throw unreadable(base, e);
    } catch (RuntimeException e) {
      throw unreadable(base, e);
    }
    Set<String> packaged = ReferenceSchema.packaged();
    if (entries.stream().allMatch(e -> packaged.contains(ReferenceSchema.normalise(e.sql())))) {
      return;
    }
    Set<String> allowed = ReferenceSchema.statements();
    Set<String> foreign = new LinkedHashSet<>();
    for (MetaRecords.Entry e : entries) {
      if (!allowed.contains(ReferenceSchema.normalise(e.sql()))) {
        LOG.warn("refused {}: foreign schema statement: {}", file, e.sql());
        foreign.add(describe(e));
      }
    }
    if (!foreign.isEmpty()) {
      List<String> all = new ArrayList<>(foreign);
      String named =
          String.join(", ", all.subList(0, Math.min(MAX_LISTED, all.size())))
              + (all.size() > MAX_LISTED ? ", …" : "");
      throw new DomainException(text("guard.foreign", shown == null ? file : shown, named));
    }
  }

  /** Damaged, empty or not an H2 file: the error recovery from backups acts on. */
  private static DomainException unreadable(Path base, Exception e) {
    LOG.warn("{}.mv.db: its schema could not be read", base, e);
    return DatabaseErrors.unreadable(base, e);
  }

  /** "trigger MARK" for people: the kind of object and its name. */
  private static String describe(MetaRecords.Entry e) {
    String kind = text("guard.kind." + (e.type() >= 0 && e.type() <= 15 ? e.type() : "other"));
    Matcher m = NAME.matcher(e.sql());
    String name = null;
    while (m.find()) {
      name = m.group(1).replace("\"\"", "\"");
      if (!name.equals("PUBLIC") && !name.equals("INFORMATION_SCHEMA")) {
        break;
      }
    }
    if (name == null && e.sql().startsWith("SET ")) {
      String[] words = e.sql().split(" ");
      name = words.length > 1 ? words[1] : null;
    }
    return name == null ? kind : kind + " " + name;
  }

  private static String text(String key, Object... args) {
    return Messages.of("safety").get(key, args);
  }
}
