package vn.kiemtra.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.backup.RecoveryReport;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionPlanner;
import vn.kiemtra.core.inspection.Issuer;
import vn.kiemtra.core.inspection.StoredInspection;

/**
 * Runnable crash harness (not part of {@code mvn verify}; {@link CrashRecoveryTest} runs a small
 * version): kills the autosaving {@link CrashWorker} with SIGKILL at random moments, every few
 * rounds damages the file on purpose, reopens it through {@link AppContext#open} and checks that
 * every acknowledged save and photo is still there.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) vn.kiemtra.crash.CrashHarness \
 *   --kills 1000 --seed 1 [--load] [--corrupt-every 50] [--dir target/crash] [--max-run-ms 6000]
 * </pre>
 */
public final class CrashHarness {
  private final Options options;
  private final PrintStream log;
  private final Path db;
  private final Random random;
  private final Summary summary = new Summary();
  private List<String> workerJvm = List.of();

  /** Last stored save number per inspection, and the saves acknowledged since then. */
  private final Map<UUID, Long> baseline = new LinkedHashMap<>();

  private final Map<UUID, Map<Long, String>> acked = new HashMap<>();
  private final Map<UUID, String> evidence = new LinkedHashMap<>();
  private final Map<UUID, String> newEvidence = new LinkedHashMap<>();

  /** What to run. */
  public record Options(
      int kills, long seed, boolean load, int corruptEvery, Path dir, long maxRunMillis) {}

  /** What happened, over all rounds. */
  public static final class Summary {
    int kills;
    int killsRightAfterAck;
    int acknowledgedSaves;
    int acknowledgedPhotos;
    int damagedOnPurpose;
    int opensFailed;
    int recoveries;
    int damagedFilesKeptAside;
    int damagedButOpened;
    int damagedRepairedInPlace;
    int keptAsideAfterH2Wrote;
    int notOpened;
    int savesLost;
    long changesReplayed;
    int changesNotReplayed;
    int photosLost;
    long roundMillisTotal;
    long roundMillisMax;
    long reopenMillisTotal;
    final List<String> problems = new ArrayList<>();

    public int savesLost() {
      return savesLost;
    }

    public int notOpened() {
      return notOpened;
    }

    public int damagedOnPurpose() {
      return damagedOnPurpose;
    }

    public int recoveries() {
      return recoveries;
    }

    public int damagedFilesKeptAside() {
      return damagedFilesKeptAside;
    }

    public int damagedButOpened() {
      return damagedButOpened;
    }

    public int acknowledgedSaves() {
      return acknowledgedSaves;
    }

    public int damagedRepairedInPlace() {
      return damagedRepairedInPlace;
    }

    public int photosLost() {
      return photosLost;
    }

    public List<String> problems() {
      return problems;
    }

    String render() {
      return String.format(
          Locale.ROOT,
          "kills %d (%d right after an ack) | acknowledged saves %d, photos %d | damaged on purpose"
              + " %d | files that did not open %d, recoveries %d, unreadable files kept aside %d,"
              + " (%d of them after H2 wrote to them), damaged files that opened anyway %d, damaged"
              + " files repaired in place %d, not opened at all %d,"
              + " journal changes"
              + " replayed %d, not replayed %d | acknowledged saves lost %d, photos lost %d | round"
              + " %.2f s avg, %.2f s max, reopen+check %.2f s avg",
          kills,
          killsRightAfterAck,
          acknowledgedSaves,
          acknowledgedPhotos,
          damagedOnPurpose,
          opensFailed,
          recoveries,
          damagedFilesKeptAside,
          keptAsideAfterH2Wrote,
          damagedButOpened,
          damagedRepairedInPlace,
          notOpened,
          changesReplayed,
          changesNotReplayed,
          savesLost,
          photosLost,
          kills == 0 ? 0 : roundMillisTotal / 1000.0 / kills,
          roundMillisMax / 1000.0,
          kills == 0 ? 0 : reopenMillisTotal / 1000.0 / kills);
    }
  }

  private CrashHarness(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
    this.db = options.dir().resolve("kiemtra").toAbsolutePath();
    this.random = new Random(options.seed());
  }

  public static void main(String[] args) throws Exception {
    int kills = 100;
    long seed = 1;
    boolean load = false;
    int corruptEvery = 0;
    Path dir = Path.of("target", "crash");
    long maxRun = 6000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--kills" -> kills = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--load" -> load = true;
        case "--corrupt-every" -> corruptEvery = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--max-run-ms" -> maxRun = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CrashHarness harness =
        new CrashHarness(new Options(kills, seed, load, corruptEvery, dir, maxRun), out);
    // a run stopped with Ctrl-C or kill (not -9) still prints what it measured so far
    Thread report = new Thread(() -> out.println("stopped: " + harness.summary.render()));
    Runtime.getRuntime().addShutdownHook(report);
    Summary s = harness.runAll();
    Runtime.getRuntime().removeShutdownHook(report);
    out.println(s.render());
    System.exit(s.savesLost == 0 && s.notOpened == 0 ? 0 : 1);
  }

  /** Runs all rounds in a fresh database under {@code options.dir()}. */
  public static Summary run(Options options, PrintStream log) throws Exception {
    return new CrashHarness(options, log).runAll();
  }

  private Summary runAll() throws Exception {
    Files.createDirectories(options.dir());
    try (Stream<Path> old = Files.list(options.dir())) {
      if (old.findAny().isPresent()) {
        throw new IllegalArgumentException(options.dir() + " is not empty");
      }
    }
    createInspections();
    Path errors = options.dir().resolve("worker-errors.log");
    workerJvm =
        WorkerJvm.classArchive(
                options.dir().resolve("worker.jsa"),
                errors,
                CrashWorker.class,
                db.toString(),
                "1",
                "400",
                "exit-when-ready")
            .map(a -> List.of("-XX:SharedArchiveFile=" + a))
            .orElse(List.of());
    Process load = options.load() ? CpuLoad.start() : null;
    try {
      for (int round = 1; round <= options.kills(); round++) {
        round(round);
        if (round % 50 == 0) {
          log.printf("after %d rounds: %s%n", round, summary.render());
        }
      }
    } finally {
      if (load != null) {
        load.destroyForcibly();
      }
    }
    return summary;
  }

  private void createInspections() {
    try (AppContext app = AppContext.open(db)) {
      addInspections(app);
    }
  }

  private void addInspections(AppContext app) {
    for (int n = 0; n < 3; n++) {
      Inspection blank =
          new InspectionPlanner()
              .blank(
                  ChecklistService.DEFAULT_TEMPLATE,
                  Issuer.blank(),
                  "Kiểm tra cải cách hành chính số " + (n + 1),
                  LocalDateTime.now());
      app.inspections().save(blank);
      baseline.put(blank.id(), 0L);
      acked.put(blank.id(), new HashMap<>());
    }
  }

  private void round(int round) throws Exception {
    long started = System.nanoTime();
    KilledRun.Plan plan = KilledRun.Plan.random(random, options.maxRunMillis());
    Process worker =
        WorkerJvm.start(
            options.dir().resolve("worker-errors.log"),
            workerJvm,
            CrashWorker.class,
            db.toString(),
            Long.toString(random.nextLong()),
            "400");
    KilledRun.Output out = KilledRun.run(worker, plan, "ACK ");
    summary.kills++;
    if (plan.afterAck() > 0) {
      summary.killsRightAfterAck++;
    }
    if (!out.ready()) {
      problem(round, "the worker did not start: " + out.lines());
    }
    for (String line : out.lines()) {
      String[] f = line.split(" ");
      if (f.length < 4 || f[3].length() != 64) {
        // the kill cut this line short before the fingerprint: not a whole acknowledgement
        continue;
      }
      if (f[0].equals("ACK")) {
        acked.get(UUID.fromString(f[1])).put(Long.parseLong(f[2]), f[3]);
        summary.acknowledgedSaves++;
      } else if (f[0].equals("EVIDENCE")) {
        newEvidence.put(UUID.fromString(f[2]), f[3]);
        summary.acknowledgedPhotos++;
      }
    }
    Path file = Path.of(db + ".mv.db");
    String damagedHash = null;
    if (options.corruptEvery() > 0 && round % options.corruptEvery() == 0) {
      FileCorruptor.Damage damage =
          FileCorruptor.Damage.values()[
              (round / options.corruptEvery() - 1) % FileCorruptor.Damage.values().length];
      FileCorruptor.damage(file, damage, random);
      damagedHash = EditFingerprint.sha256(Files.readAllBytes(file));
      summary.damagedOnPurpose++;
      log.printf("round %d: file damaged on purpose (%s)%n", round, damage);
    }
    Path before = snapshot(options.dir().resolve("before-reopen"));
    int problemsBefore = summary.problems.size();
    long reopen = System.nanoTime();
    reopenAndCheck(round, plan, damagedHash);
    if (summary.problems.size() > problemsBefore) {
      // what the reopen started from, kept for the post-mortem
      Files.move(before, options.dir().resolve("before-round-" + round));
    }
    long now = System.nanoTime();
    summary.reopenMillisTotal += (now - reopen) / 1_000_000;
    long millis = (now - started) / 1_000_000;
    summary.roundMillisTotal += millis;
    summary.roundMillisMax = Math.max(summary.roundMillisMax, millis);
  }

  /** Copies the database file, its journal and the backups folder into {@code to}. */
  private Path snapshot(Path to) throws IOException {
    if (Files.exists(to)) {
      try (Stream<Path> old = Files.walk(to)) {
        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(to.resolve("backups"));
    for (String suffix : List.of(".mv.db", ".journal", ".journal.open")) {
      Path f = Path.of(db + suffix);
      if (Files.exists(f)) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    Path backups = db.getParent().resolve("backups");
    if (Files.isDirectory(backups)) {
      try (Stream<Path> files = Files.list(backups)) {
        for (Path f : files.toList()) {
          Files.copy(f, to.resolve("backups").resolve(f.getFileName()));
        }
      }
    }
    return to;
  }

  private void reopenAndCheck(int round, KilledRun.Plan plan, String damagedHash)
      throws IOException {
    AppContext app;
    try {
      app = AppContext.open(db);
    } catch (RuntimeException e) {
      summary.opensFailed++;
      summary.notOpened++;
      Path aside = options.dir().resolve("not-opened-" + round + ".mv.db");
      Files.move(Path.of(db + ".mv.db"), aside, StandardCopyOption.REPLACE_EXISTING);
      problem(
          round, "the file did not open (" + plan.describe() + "), kept as " + aside + ": " + e);
      baseline.clear();
      acked.clear();
      evidence.clear();
      newEvidence.clear();
      createInspections();
      return;
    }
    try (app) {
      Optional<RecoveryReport> recovered = RecoveryProbe.of(app);
      if (recovered.isPresent()) {
        summary.opensFailed++;
        summary.recoveries++;
        summary.changesReplayed += recovered.get().applied();
        summary.changesNotReplayed += recovered.get().notRecovered().size();
        log.printf(
            "round %d: recovered (%s): %s%n", round, plan.describe(), recovered.get().message());
      } else if (damagedHash != null) {
        summary.damagedButOpened++;
        log.printf("round %d: the damaged file opened without recovery%n", round);
      }
      if (recovered.isPresent() && keptAside(recovered.get(), damagedHash)) {
        summary.damagedFilesKeptAside++;
      } else if (recovered.isPresent()
          && damagedHash != null
          && recovered.get().movedTo() == null) {
        // a file cut short can still open, on an older state: the journal fills it in place
        summary.damagedRepairedInPlace++;
      }
      checkSaves(round, app);
      // every photo once after the kill that followed it, and all of them after damage
      checkPhotos(round, app, damagedHash != null);
    }
  }

  private void checkSaves(int round, AppContext app) {
    List<UUID> gone = new ArrayList<>();
    for (Map.Entry<UUID, Long> e : baseline.entrySet()) {
      UUID id = e.getKey();
      Map<Long, String> sinceBaseline = acked.get(id);
      Optional<StoredInspection> stored;
      try {
        stored = app.inspections().find(id);
      } catch (RuntimeException ex) {
        summary.savesLost += Math.max(1, sinceBaseline.size());
        problem(round, "inspection " + id + " could not be read: " + ex);
        continue;
      }
      if (stored.isEmpty()) {
        summary.savesLost += Math.max(1, sinceBaseline.size());
        problem(round, "inspection " + id + " is gone");
        gone.add(id);
        continue;
      }
      Inspection inspection = stored.get().inspection();
      long number = EditFingerprint.saveNumber(inspection);
      long lastAcked = sinceBaseline.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
      long mustHave = Math.max(e.getValue(), lastAcked);
      if (number < mustHave) {
        long lost = sinceBaseline.keySet().stream().filter(n -> n > number).count();
        summary.savesLost += (int) Math.max(1, lost);
        problem(round, "inspection " + id + " holds save " + number + ", acknowledged " + mustHave);
      } else if (sinceBaseline.containsKey(number)
          && !sinceBaseline.get(number).equals(EditFingerprint.of(inspection))) {
        summary.savesLost++;
        problem(round, "inspection " + id + " holds save " + number + " with other content");
      }
      e.setValue(number);
      sinceBaseline.clear();
    }
    // a lost inspection is counted once; the worker needs inspections to edit
    gone.forEach(
        id -> {
          baseline.remove(id);
          acked.remove(id);
        });
    if (baseline.isEmpty()) {
      addInspections(app);
    }
  }

  private void checkPhotos(int round, AppContext app, boolean all) {
    evidence.putAll(newEvidence);
    Map<UUID, String> photos = all ? Map.copyOf(evidence) : Map.copyOf(newEvidence);
    newEvidence.clear();
    for (Map.Entry<UUID, String> e : photos.entrySet()) {
      Optional<byte[]> content;
      try {
        content = app.evidence().content(e.getKey());
      } catch (RuntimeException ex) {
        content = Optional.empty();
      }
      if (content.isEmpty() || !EditFingerprint.sha256(content.get()).equals(e.getValue())) {
        summary.photosLost++;
        problem(round, "photo " + e.getKey() + " is missing or changed");
      }
    }
  }

  /**
   * True when the file recovery moved aside still exists. After deliberate damage it usually holds
   * exactly the damaged bytes; H2 may have written to it while it tried to open it, which is
   * counted on its own.
   */
  private boolean keptAside(RecoveryReport report, String damagedHash) throws IOException {
    Path aside = report.movedTo();
    if (aside == null || !Files.isRegularFile(aside)) {
      return false;
    }
    if (damagedHash != null
        && !EditFingerprint.sha256(Files.readAllBytes(aside)).equals(damagedHash)) {
      summary.keptAsideAfterH2Wrote++;
    }
    return true;
  }

  private void problem(int round, String text) {
    String line = "round " + round + ": " + text;
    summary.problems.add(line);
    log.println(line);
  }
}
