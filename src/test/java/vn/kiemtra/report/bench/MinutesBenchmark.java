package vn.kiemtra.report.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.minutes.MinutesTestData;
import vn.kiemtra.core.minutes.RenderedMinutes;

/**
 * Render-time benchmark of the minutes (not part of {@code mvn verify}; see docs/benchmarks.md).
 * Measures, in one run and on the same content: our renderer cold (a fresh JVM per render, through
 * the real {@code minutes render} command and through a child that reports its phases), our
 * renderer warm (repeated renders in this JVM), and what offices use today: LibreOffice converting
 * the DOCX of the same minutes ({@code soffice --headless --convert-to pdf}), one fresh soffice
 * process per conversion.
 *
 * <p>Run with {@code docs/bench/minutes-bench.sh} (builds, then {@code java -cp ...
 * MinutesBenchmark [coldRuns] [warmRuns]}).
 */
public final class MinutesBenchmark {
  private MinutesBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(Path.of(args[1]), UUID.fromString(args[2]), Path.of(args[3]));
      return;
    }
    int coldRuns = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path work = Files.createTempDirectory("kiemtra-minutes-bench");
    Path db = work.resolve("db");
    Path seedDocx = work.resolve("seed.docx");
    Path longDocx = work.resolve("long-60.docx");
    int seedPages;
    int longPages;
    try (AppContext services = AppContext.open(db)) {
      MinutesTestData.importSeed(services);
      MinutesTestData.saveLongInspection(services);
      RenderedMinutes seed = render(services, MinutesTestData.SEED_ID);
      RenderedMinutes lng = render(services, MinutesTestData.LONG_ID);
      seedPages = seed.pageCount();
      longPages = lng.pageCount();
      Files.write(seedDocx, seed.docx());
      Files.write(longDocx, lng.docx());
    }
    System.out.println("# Minutes rendering benchmark");
    System.out.println();
    machine();
    System.out.printf(
        "Content: seed inspection (%d pages), 60-recommendation inspection with 69 long-noted"
            + " criteria (%d pages). Cold runs: %d, warm runs: %d (after 5 warm-up renders).%n%n",
        seedPages, longPages, coldRuns, warmRuns);

    List<String[]> rows = new ArrayList<>();
    for (Case c :
        List.of(
            new Case("seed", MinutesTestData.SEED_ID, seedDocx),
            new Case("60 recommendations", MinutesTestData.LONG_ID, longDocx))) {
      List<Double> cli = new ArrayList<>();
      List<Double> childWall = new ArrayList<>();
      List<Double> childRender = new ArrayList<>();
      List<Double> childOpen = new ArrayList<>();
      for (int i = 0; i < coldRuns; i++) {
        Path out = work.resolve("cli-" + i + ".pdf");
        cli.add(
            wall(
                java(
                    "vn.kiemtra.Main",
                    "minutes",
                    "render",
                    c.id.toString(),
                    "--db",
                    db.toString(),
                    "--out",
                    out.toString())));
        long start = System.nanoTime();
        String report =
            output(
                java(
                    MinutesBenchmark.class.getName(),
                    "child",
                    db.toString(),
                    c.id.toString(),
                    work.resolve("child-" + i + ".pdf").toString()));
        childWall.add((System.nanoTime() - start) / 1e6);
        childOpen.add(field(report, "open_ms"));
        childRender.add(field(report, "render_ms"));
      }
      List<Double> warm = new ArrayList<>();
      try (AppContext services = AppContext.open(db)) {
        for (int i = 0; i < 5; i++) {
          render(services, c.id).pdf();
        }
        for (int i = 0; i < warmRuns; i++) {
          long start = System.nanoTime();
          render(services, c.id).pdf();
          warm.add((System.nanoTime() - start) / 1e6);
        }
      }
      List<Double> office = libreOffice(c.docx, work, coldRuns);
      rows.add(row(c.name, "kiemtra `minutes render` CLI, fresh JVM (wall)", cli));
      rows.add(row(c.name, "kiemtra fresh JVM: whole process (wall)", childWall));
      rows.add(row(c.name, "kiemtra fresh JVM: open database", childOpen));
      rows.add(row(c.name, "kiemtra fresh JVM: first render to PDF", childRender));
      rows.add(row(c.name, "kiemtra warm, in-process render to PDF", warm));
      rows.add(row(c.name, "LibreOffice `soffice --convert-to pdf` of our DOCX (wall)", office));
    }
    System.out.println("| Content | Measurement | median ms | min ms | max ms |");
    System.out.println("|---|---|---:|---:|---:|");
    for (String[] r : rows) {
      System.out.println("| " + String.join(" | ", r) + " |");
    }
  }

  /** A fresh JVM: open the database, then render once; prints its phase times. */
  private static void child(Path db, UUID id, Path out) throws IOException {
    long start = System.nanoTime();
    try (AppContext services = AppContext.open(db)) {
      long opened = System.nanoTime();
      byte[] pdf = render(services, id).pdf();
      long rendered = System.nanoTime();
      Files.write(out, pdf);
      System.out.printf(
          Locale.ROOT,
          "open_ms=%.1f render_ms=%.1f uptime_ms=%d%n",
          (opened - start) / 1e6,
          (rendered - opened) / 1e6,
          ManagementFactory.getRuntimeMXBean().getUptime());
    }
  }

  private static RenderedMinutes render(AppContext services, UUID id) {
    MinutesContent content = services.minutes().content(id, MinutesOptions.standard());
    return services.minutes().render(content);
  }

  private static List<Double> libreOffice(Path docx, Path work, int runs) throws Exception {
    Path profile = work.resolve("lo-profile");
    Path outDir = work.resolve("lo-out");
    Files.createDirectories(outDir);
    List<String> command =
        List.of(
            "soffice",
            "-env:UserInstallation=" + profile.toUri(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            outDir.toString(),
            docx.toString());
    try {
      wall(new ProcessBuilder(command));
    } catch (IOException e) {
      System.out.println("LibreOffice (soffice) is not installed: " + e.getMessage());
      return List.of();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      times.add(wall(new ProcessBuilder(command)));
    }
    return times;
  }

  private static ProcessBuilder java(String main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main);
    Collections.addAll(command, args);
    return new ProcessBuilder(command);
  }

  private static double wall(ProcessBuilder process) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p =
        process.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("failed: " + process.command());
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static String output(ProcessBuilder process) throws IOException, InterruptedException {
    Process p = process.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("failed: " + out);
    }
    return out;
  }

  private static double field(String report, String name) {
    for (String part : report.split("\\s+")) {
      if (part.startsWith(name + "=")) {
        return Double.parseDouble(part.substring(name.length() + 1));
      }
    }
    throw new IllegalStateException("no " + name + " in " + report);
  }

  private static String[] row(String content, String what, List<Double> times) {
    if (times.isEmpty()) {
      return new String[] {content, what, "n/a", "n/a", "n/a"};
    }
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    double median =
        sorted.size() % 2 == 1
            ? sorted.get(sorted.size() / 2)
            : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    return new String[] {
      content,
      what,
      String.format(Locale.ROOT, "%.0f", median),
      String.format(Locale.ROOT, "%.0f", sorted.get(0)),
      String.format(Locale.ROOT, "%.0f", sorted.get(sorted.size() - 1))
    };
  }

  private static void machine() throws IOException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).trim())
            .orElse("unknown CPU");
    System.out.printf(
        "Machine: %s, %d cores, %d MB max heap, Java %s (%s), %s %s.%n",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  private record Case(String name, UUID id, Path docx) {}
}
