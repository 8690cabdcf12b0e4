package vn.kiemtra.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.answer.Answer;
import vn.kiemtra.core.answer.Result;
import vn.kiemtra.core.checklist.ChecklistService;
import vn.kiemtra.core.checklist.ChecklistTemplate;
import vn.kiemtra.core.checklist.Criterion;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.testsupport.Fixtures;
import vn.kiemtra.testsupport.Inspections;

/**
 * Benchmark harness (not a test): JSON import and export throughput of inspections with all 69
 * answers, and the cost of an autosave-sized edit. Run after {@code mvn -o test-compile}:
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" vn.kiemtra.bench.ImportBenchmark 200
 * </pre>
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path dir = Files.createTempDirectory("kiemtra-bench");
    long t0 = System.nanoTime();
    try (AppContext app = AppContext.open(dir.resolve("bench"))) {
      System.out.printf("open + migrate + default checklist: %d ms%n", ms(t0));
      ChecklistTemplate template = app.checklists().require(ChecklistService.DEFAULT_TEMPLATE);
      Inspection seed =
          app.documentFormat()
              .read(
                  new ByteArrayInputStream(Fixtures.seed().getBytes(StandardCharsets.UTF_8)), true)
              .inspection();
      List<byte[]> documents = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        app.documentFormat().write(full(seed, template, n), template, out);
        documents.add(out.toByteArray());
      }
      long t1 = System.nanoTime();
      for (byte[] doc : documents) {
        app.inspections()
            .save(app.documentFormat().read(new ByteArrayInputStream(doc), true).inspection());
      }
      long importMs = ms(t1);
      System.out.printf(
          "import %d inspections x 69 answers: %d ms (%.1f ms each)%n",
          count, importMs, importMs / (double) count);
      long t2 = System.nanoTime();
      for (byte[] doc : documents) {
        app.inspections()
            .save(app.documentFormat().read(new ByteArrayInputStream(doc), true).inspection());
      }
      System.out.printf("identical re-import (no change): %d ms%n", ms(t2));
      Inspection first =
          app.documentFormat().read(new ByteArrayInputStream(documents.get(0)), true).inspection();
      long t3 = System.nanoTime();
      int edits = 200;
      for (int n = 0; n < edits; n++) {
        first = first.withAnswer(first.answer("CD01").orElseThrow().withNote("Ghi chú lần " + n));
        app.inspections().save(first);
      }
      System.out.printf(
          "autosave of one edited note, whole inspection saved: %.1f ms each%n",
          ms(t3) / (double) edits);
      long t4 = System.nanoTime();
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      for (var s : app.inspections().list()) {
        Inspection i = app.inspections().require(s.id()).inspection();
        app.documentFormat().write(i, template, sink);
      }
      System.out.printf("load + export all %d: %d ms%n", count, ms(t4));
    }
  }

  static Inspection full(Inspection seed, ChecklistTemplate template, int n) {
    List<Answer> answers = new ArrayList<>();
    for (Criterion c : template.allCriteria().toList()) {
      answers.add(
          Answer.empty(c.code())
              .withResult(Result.values()[(n + c.code().hashCode() & 0x7fffffff) % 3])
              .withNote("Nhận xét về tiêu chí " + c.code() + " của cuộc kiểm tra số " + n));
    }
    return Inspections.copy(seed, UUID.randomUUID(), seed.title() + " — " + n).toBuilder()
        .answers(answers)
        .build();
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
