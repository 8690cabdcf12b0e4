package vn.kiemtra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.KiemtraCli;
import vn.kiemtra.core.inspection.InspectionSummary;
import vn.kiemtra.core.inspection.StoredInspection;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Json;
import vn.kiemtra.testsupport.MigrationColumns;

/**
 * Hundreds of broken exchange documents, made from the seed document by a seeded generator, are
 * imported with {@code inspection import} into one real database file. Each is refused with one
 * Vietnamese sentence that names where the problem is and carries no parser English, SQL or Java
 * class names, and leaves the database as it was; a mutation that happens to leave a valid document
 * is accepted and stored exactly as written. Reproduce a failure with {@code -Dfuzz.seed=N}.
 */
class ImportRefusalFuzzTest {
  private static final long DEFAULT_SEED = 20_261_202L;

  /** Words of parser, database or Java English that must never reach the clerk. */
  private static final List<String> FORBIDDEN =
      List.of(
          "token",
          "unexpected",
          "exception",
          "column",
          "varchar",
          "sql",
          "null",
          "at [source",
          "line:",
          "illegal",
          "duplicate field",
          "nesting",
          "unrecognized",
          "non-standard",
          "expecting",
          "cannot",
          "commit",
          "transaction",
          "too long",
          "character",
          "jackson",
          "jdbc",
          "h2",
          "org.",
          "java.",
          "com.",
          "constraint",
          "insert into",
          "update ",
          "select ",
          "invalid",
          "error",
          "failed",
          "must",
          "allowed",
          "value");

  private static final Pattern QUOTED = Pattern.compile("«[^»]*»");

  /** A JSON path before the colon: format, inspection.team[0].role, or an unknown key's name. */
  private static final Pattern PATH = Pattern.compile("^([^\\s:«»]+): ");

  private static final Pattern LINE = Pattern.compile("dòng \\d+");
  private static final Pattern VIETNAMESE =
      Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]");
  private static final Pattern FILE = Pattern.compile("/\\S*case-\\d{3}\\.json|/\\S*seed\\.json");
  private static final Pattern LIMIT = Pattern.compile("giới hạn (\\d+) ký tự");

  @TempDir Path dir;
  private AppContext app;
  private CommandTree commands;
  private final Map<
          vn.kiemtra.core.checklist.TemplateRef, vn.kiemtra.core.checklist.ChecklistTemplate>
      templates = new java.util.HashMap<>();
  private long seed;

  @BeforeEach
  void open() {
    seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    app = AppContext.open(dir.resolve("office"));
    SharedServices shared = new SharedServices(app);
    commands = KiemtraCli.commands(dbOption -> shared);
  }

  @AfterEach
  void close() {
    app.close();
  }

  /** The line the command printed for one file, and the database digest right after it. */
  private record Outcome(
      String line, boolean refused, String digestAfter, Map<String, String> exportsAfter) {}

  /**
   * Imports the files with one {@code inspection import} command, as a clerk importing a folder
   * would. The command prints one line per file once that file's transaction is over; the database
   * digest is taken at each such line, so every file is checked on its own.
   */
  private int importAll(List<Path> files, boolean strict, Map<String, Outcome> outcomes) {
    List<String> args = new ArrayList<>(List.of("inspection", "import"));
    files.forEach(f -> args.add(f.toString()));
    if (strict) {
      args.add("--strict");
    }
    Map<String, Path> byName = new java.util.HashMap<>();
    files.forEach(f -> byName.put(f.toString(), f));
    PrintWriter out = new PrintWriter(new LineSink(line -> record(line, false, byName, outcomes)));
    PrintWriter err = new PrintWriter(new LineSink(line -> record(line, true, byName, outcomes)));
    return commands.execute(args.toArray(String[]::new), out, err);
  }

  private void record(
      String line, boolean onErr, Map<String, Path> files, Map<String, Outcome> outcomes) {
    String file = fileNamedIn(line, files);
    if (file == null) {
      outcomes.put("?" + outcomes.size(), new Outcome(line, true, null, Map.of()));
      return;
    }
    if (onErr && line.startsWith("Cảnh báo")) {
      return;
    }
    Map<String, String> exports = exports();
    outcomes.merge(
        file,
        new Outcome(line, onErr, digest(exports), exports),
        (a, b) -> new Outcome(a.line() + "\n" + b.line(), true, b.digestAfter(), exports));
  }

  private static String fileNamedIn(String line, Map<String, Path> files) {
    Matcher m = FILE.matcher(line);
    return m.find() && files.containsKey(m.group()) ? m.group() : null;
  }

  @Test
  void everyBrokenDocumentIsRefusedInOneVietnameseSentenceAndChangesNothing() throws Exception {
    Path seedFile = dir.resolve("seed.json");
    Files.writeString(seedFile, Fixtures.seed());
    Map<String, Outcome> seeded = new java.util.HashMap<>();
    assertThat(importAll(List.of(seedFile), false, seeded)).isZero();

    List<BrokenDocuments.Case> cases = new BrokenDocuments(seed).all();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(340);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Path file = dir.resolve(String.format("case-%03d.json", i));
      Files.write(file, cases.get(i).bytes());
      files.add(file);
    }

    List<String> failures = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    int refused = 0;
    int accepted = 0;
    for (boolean strict : new boolean[] {false, true}) {
      List<Integer> batch = new ArrayList<>();
      for (int i = 0; i < cases.size(); i++) {
        if (cases.get(i).mayBeValid() == strict) {
          batch.add(i);
        }
      }
      String before = digest(exports());
      Map<String, Outcome> outcomes = new java.util.HashMap<>();
      int exit = importAll(batch.stream().map(files::get).toList(), strict, outcomes);
      if (exit == 3 || outcomes.keySet().stream().anyMatch(k -> k.startsWith("?"))) {
        failures.add("the command stopped: " + outcomes);
      }
      for (int i : batch) {
        BrokenDocuments.Case c = cases.get(i);
        String label = "case " + i + " (" + c.name() + ")";
        Outcome o = outcomes.get(files.get(i).toString());
        if (o == null) {
          failures.add(label + ": the command said nothing about it");
          continue;
        }
        lines.add(label + "\t" + o.line().replace(files.get(i).toString(), "FILE"));
        if (!o.refused()) {
          accepted++;
          String problem =
              c.mayBeValid()
                  ? storedAsWritten(c.bytes(), o.exportsAfter())
                  : "it is broken; " + o.line();
          if (problem != null) {
            failures.add(label + ": accepted, but " + problem);
          }
        } else {
          refused++;
          String problem = refusalProblem(o.line(), files.get(i));
          if (problem != null) {
            failures.add(label + ": " + problem + "\n    " + o.line());
          }
          if (!o.digestAfter().equals(before)) {
            failures.add(label + ": refused, but the database changed");
          }
        }
        before = o.digestAfter();
      }
    }
    String report = System.getProperty("fuzz.report");
    if (report != null) {
      Files.write(Path.of(report), lines);
    }
    assertThat(failures)
        .as(
            "%d documents from seed %d (reproduce with -Dfuzz.seed=%d): %d refused, %d accepted",
            cases.size(), seed, seed, refused, accepted)
        .isEmpty();
    assertThat(refused).isGreaterThanOrEqualTo(340);
  }

  /** What is wrong with a refusal, or null when it is one clear Vietnamese sentence. */
  private static String refusalProblem(String line, Path file) {
    if (line.contains("\n")) {
      return "not one line";
    }
    String prefix = "Lỗi: không nhập được " + file + " và cơ sở dữ liệu không thay đổi — ";
    if (!line.startsWith(prefix)) {
      return "not the import refusal";
    }
    String reason = line.substring(prefix.length());
    String ours = QUOTED.matcher(reason).replaceAll("«»");
    String lower = ours.toLowerCase(Locale.ROOT);
    for (String word : FORBIDDEN) {
      if (Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word)).matcher(lower).find()) {
        return "contains «" + word + "»";
      }
    }
    if (!VIETNAMESE.matcher(lower).find()) {
      return "has no Vietnamese";
    }
    if (!ours.endsWith(".") || ours.endsWith("..")) {
      return "does not end with one full stop";
    }
    String body = ours.substring(0, ours.length() - 1);
    if (Pattern.compile("[.!?] \\p{Lu}").matcher(body).find() || body.contains("\n")) {
      return "more than one sentence";
    }
    boolean located =
        PATH.matcher(reason).find()
            || LINE.matcher(reason).find()
            || reason.startsWith("tệp rỗng")
            || reason.startsWith("tài liệu phải là");
    if (!located) {
      return "does not say where the problem is";
    }
    Matcher limit = LIMIT.matcher(reason);
    if (limit.find()) {
      Matcher path = PATH.matcher(reason);
      String column = path.find() ? columnOf(path.group(1)) : null;
      if (column == null || Integer.parseInt(limit.group(1)) > MigrationColumns.length(column)) {
        return "names a limit larger than the column " + column;
      }
    }
    return null;
  }

  private static String columnOf(String path) {
    for (Map.Entry<String, String> e : BrokenDocuments.TEXT_COLUMNS.entrySet()) {
      if (e.getKey().replaceAll("\\[\\d+]", "[]").equals(path.replaceAll("\\[\\d+]", "[]"))) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Null when the accepted document was stored as written: its export equals the document, with
   * absent and null alike, text composed and ids in lower case.
   */
  private static String storedAsWritten(byte[] bytes, Map<String, String> exports) {
    byte[] text = bytes;
    if (text.length >= 3 && (text[0] & 0xFF) == 0xEF) {
      text = java.util.Arrays.copyOfRange(text, 3, text.length);
    }
    JsonNode written;
    try {
      written = Json.MAPPER.readTree(text);
    } catch (IOException e) {
      return "the document is not JSON to an ordinary parser";
    }
    String id = written.path("inspection").path("id").asText().toLowerCase(Locale.ROOT);
    String stored = exports.get(id);
    if (stored == null) {
      return "nothing was stored under " + id;
    }
    JsonNode exported = Json.parse(stored.substring(0, stored.lastIndexOf('\n')));
    JsonNode expected = comparable(written);
    JsonNode actual = comparable(exported);
    return expected.equals(actual) ? null : "stored as " + actual + "\n    written " + expected;
  }

  /** Null-free, NFC, lower-case ids, answers and findings sorted by code. */
  private static JsonNode comparable(JsonNode node) {
    JsonNode copy = Json.withoutNulls(node);
    normalise(copy);
    JsonNode in = copy.path("inspection");
    if (in.isObject()) {
      sortBy((ObjectNode) in, "answers", "item");
      sortBy((ObjectNode) in, "areaFindings", "area");
    }
    return copy;
  }

  private static void normalise(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> keys = new ArrayList<>();
      o.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        JsonNode v = o.get(k);
        if (v.isTextual()) {
          o.set(k, new TextNode(text(v.textValue())));
        } else {
          normalise(v);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) {
          a.set(i, new TextNode(text(a.get(i).textValue())));
        } else {
          normalise(a.get(i));
        }
      }
    }
  }

  private static String text(String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    return nfc.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        ? nfc.toLowerCase(Locale.ROOT)
        : nfc;
  }

  private static void sortBy(ObjectNode in, String key, String by) {
    JsonNode array = in.get(key);
    if (array instanceof ArrayNode a) {
      List<JsonNode> items = new ArrayList<>();
      a.forEach(items::add);
      items.sort(Comparator.comparing(n -> n.path(by).asText()));
      a.removeAll();
      items.forEach(a::add);
    }
  }

  /**
   * Every inspection the database lists or holds in the trash, by id: its export, followed by its
   * revision, last change and status. Any stored change shows up here.
   */
  private Map<String, String> exports() {
    List<InspectionSummary> all = new ArrayList<>(app.inspections().list());
    all.addAll(app.inspections().trash());
    Map<String, String> out = new java.util.TreeMap<>();
    for (InspectionSummary s : all) {
      StoredInspection stored = app.inspections().require(s.id());
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      app.documentFormat()
          .write(
              stored.inspection(),
              templates.computeIfAbsent(
                  stored.inspection().template(),
                  r -> app.inspections().templateOf(stored.inspection())),
              json);
      out.put(
          s.id().toString(),
          json.toString(StandardCharsets.UTF_8)
              + "\n"
              + stored.revision()
              + "|"
              + stored.updatedAt()
              + "|"
              + s.status());
    }
    return out;
  }

  /** SHA-256 of the exports, computed here (not with the application's hashing). */
  private static String digest(Map<String, String> exports) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    exports.forEach(
        (id, text) -> sha.update((id + "\n" + text + "\n").getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(sha.digest());
  }
}
