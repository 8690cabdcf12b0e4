import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.minutes.MinutesAssembler;
import vn.kiemtra.core.minutes.MinutesContent;
import vn.kiemtra.core.minutes.MinutesOptions;
import vn.kiemtra.core.scoring.ScoreCalculator;
import vn.kiemtra.exchange.ChecklistJson;
import vn.kiemtra.exchange.InspectionJson;
import vn.kiemtra.report.JasperMinutesRenderer;
import vn.kiemtra.report.RendererWarmUp;

/**
 * The least a fresh JVM does to render an inspection's minutes with kiemtra's JasperReports
 * renderer: no database, no log, no command line. It reads the inspection from its JSON file and
 * the bundled checklist, starts the report warm-up without its sample render (the content is made
 * sooner here than a database opens, so the sample would only delay the render), fills and exports
 * the PDF. {@code startup-bench.sh} compiles it against the installed program's jars and runs it
 * with the installed runtime, archive and options, beside the real command and LibreOffice.
 *
 * <p>Prints on standard error the JVM's age when {@code main} starts, the milliseconds spent making
 * the content and those spent rendering it (after the warm-up, which runs beside the content).
 *
 * <p>Usage: {@code RenderFloor INSPECTION.json OUT.pdf}
 */
public final class RenderFloor {
  public static void main(String[] args) throws Exception {
    long atMain = uptimeMillis();
    long start = System.nanoTime();
    RendererWarmUp.start(false);
    ChecklistTemplate template;
    try (InputStream in =
        ChecklistJson.class.getResourceAsStream("/vn/kiemtra/checklist/CCHC-SO-2023.json")) {
      template = new ChecklistJson().read(in);
    }
    Inspection inspection;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      inspection = new InspectionJson().read(in, false).inspection();
    }
    MinutesContent content =
        new MinutesAssembler()
            .minutes(
                inspection,
                template,
                new ScoreCalculator().score(template, inspection.answers()),
                new MinutesOptions(false));
    long made = System.nanoTime();
    byte[] pdf = new JasperMinutesRenderer().render(content).pdf();
    long rendered = System.nanoTime();
    Files.write(Path.of(args[1]), pdf);
    System.err.printf(
        "main at %d ms; content %d ms; render %d ms%n",
        atMain, (made - start) / 1_000_000, (rendered - made) / 1_000_000);
  }

  /** The process's age, from /proc (to 10 ms), as kiemtra's own start-up milestones read it. */
  private static long uptimeMillis() throws java.io.IOException {
    double sinceBoot = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
    String stat = Files.readString(Path.of("/proc/self/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Math.round(sinceBoot * 1000) - Long.parseLong(fields[19]) * 10;
  }
}
