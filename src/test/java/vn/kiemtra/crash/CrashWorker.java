package vn.kiemtra.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.checklist.ChecklistArea;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.evidence.Evidence;
import vn.kiemtra.core.finding.AreaFinding;
import vn.kiemtra.core.finding.Recommendation;
import vn.kiemtra.core.finding.RecommendationStatus;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionSummary;

/**
 * Child process of {@link CrashHarness}: the inspector's window without the window. It opens the
 * database through {@link AppContext#open}, then edits the stored inspections the way the editor's
 * autosave saves them ({@code InspectionService.save} of a changed inspection; photos through
 * {@code evidence().add}) at typing speed, until it is killed. After each save returns it prints
 * {@code ACK id saveNumber fingerprint micros}; after each photo {@code EVIDENCE inspection id
 * sha256}.
 *
 * <p>Arguments: database file, seed, longest pause between saves in ms, and optionally {@code
 * exit-when-ready} to close cleanly once opened.
 */
public final class CrashWorker {
  private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạềếểễệ ";

  private CrashWorker() {}

  public static void main(String[] args) throws Exception {
    Random random = new Random(Long.parseLong(args[1]));
    int maxPause = args.length > 2 ? Integer.parseInt(args[2]) : 400;
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    AppContext app = AppContext.open(Path.of(args[0]));
    Map<UUID, Inspection> open = new LinkedHashMap<>();
    for (InspectionSummary s : app.inspections().list()) {
      open.put(s.id(), app.inspections().require(s.id()).inspection());
    }
    List<UUID> ids = new ArrayList<>(open.keySet());
    ChecklistTemplate template = app.inspections().templateOf(open.get(ids.get(0)));
    List<String> criteria = template.allCriteria().map(Criterion::code).toList();
    List<String> areas = template.areas().stream().map(ChecklistArea::code).toList();
    out.println("READY " + ids.size());
    out.flush();
    if (args.length > 3 && args[3].equals("exit-when-ready")) {
      // a run that only loads the classes, for the class-data archive of the later workers
      app.close();
      System.exit(0);
    }
    UUID current = ids.get(random.nextInt(ids.size()));
    while (true) {
      if (random.nextInt(15) == 0) {
        current = ids.get(random.nextInt(ids.size()));
      }
      Inspection edited = edit(open.get(current), random, criteria, areas);
      long started = System.nanoTime();
      app.inspections().save(edited);
      long micros = (System.nanoTime() - started) / 1000;
      open.put(current, edited);
      out.printf(
          "ACK %s %d %s %d%n",
          current, EditFingerprint.saveNumber(edited), EditFingerprint.of(edited), micros);
      out.flush();
      if (random.nextInt(20) == 0) {
        byte[] photo = new byte[20_000 + random.nextInt(280_000)];
        random.nextBytes(photo);
        String sha = EditFingerprint.sha256(photo);
        Evidence e =
            new Evidence(
                UUID.randomUUID(),
                current,
                criteria.get(random.nextInt(criteria.size())),
                "ảnh " + random.nextInt(1000) + ".jpg",
                "image/jpeg",
                photo.length,
                sha,
                null,
                null);
        app.evidence().add(e, photo);
        out.printf("EVIDENCE %s %s %s%n", current, e.id(), sha);
        out.flush();
      }
      boolean idle = random.nextInt(30) == 0;
      Thread.sleep(idle ? 2000 + random.nextInt(6000) : 50 + random.nextInt(maxPause - 49));
    }
  }

  /** One autosave's worth of typing: an answer note, a finding or a recommendation changes. */
  static Inspection edit(
      Inspection inspection, Random random, List<String> criteria, List<String> areas) {
    Inspection changed = inspection;
    switch (random.nextInt(4)) {
      case 0, 1 -> {
        String code = criteria.get(random.nextInt(criteria.size()));
        Answer old = inspection.answer(code).orElse(Answer.empty(code));
        changed =
            inspection.withAnswer(
                new Answer(
                    code,
                    old.result(),
                    old.count(),
                    old.qualifier(),
                    old.numerator(),
                    old.denominator(),
                    old.documentRef(),
                    text(random, 10 + random.nextInt(300)),
                    old.scoreOverride()));
      }
      case 2 ->
          changed =
              inspection.withFinding(
                  new AreaFinding(
                      areas.get(random.nextInt(areas.size())),
                      text(random, 20 + random.nextInt(400)),
                      text(random, 20 + random.nextInt(400))));
      default -> {
        List<Recommendation> recs = new ArrayList<>(inspection.recommendations());
        Recommendation r =
            new Recommendation(
                UUID.randomUUID(),
                text(random, 20 + random.nextInt(200)),
                "Ủy ban nhân dân xã",
                null,
                List.of(),
                RecommendationStatus.OPEN);
        if (recs.size() < 6) {
          recs.add(r);
        } else {
          int at = random.nextInt(recs.size());
          Recommendation old = recs.get(at);
          recs.set(
              at,
              new Recommendation(
                  old.id(),
                  r.text(),
                  old.addressee(),
                  old.dueDate(),
                  old.relatedItems(),
                  old.status()));
        }
        changed = inspection.toBuilder().recommendations(recs).build();
      }
    }
    long next = EditFingerprint.saveNumber(inspection) + 1;
    return changed.toBuilder()
        .overallAssessment(text(random, 30 + random.nextInt(200)) + EditFingerprint.MARK + next)
        .build();
  }

  private static String text(Random random, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int n = 0; n < length; n++) {
      b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return b.toString().trim();
  }
}
