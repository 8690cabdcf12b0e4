package vn.kiemtra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.shared.DomainException;
import vn.kiemtra.persistence.DatabaseFileGuard;
import vn.kiemtra.testsupport.HostileDatabases;

/**
 * Benchmark harness (not a test): what checking a database file before it is opened costs — the
 * check of a file kiemtra wrote (against the list shipped with the program), and of a file holding
 * something else (the first such check of a run migrates a reference database in a temporary
 * folder). Run after {@code mvn -o test-compile}:
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" vn.kiemtra.bench.GuardBenchmark 20
 * </pre>
 */
public final class GuardBenchmark {
  private GuardBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path dir = Files.createTempDirectory("kiemtra-bench");
    Path base = dir.resolve("office");
    AppContext.open(base).close();
    long t0 = System.nanoTime();
    DatabaseFileGuard.check(base);
    System.out.printf("first check of a kiemtra file: %d ms%n", ms(t0));
    long t1 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      DatabaseFileGuard.check(base);
    }
    System.out.printf("later checks: %.1f ms each (%d rounds)%n", ms(t1) / (double) rounds, rounds);
    long t2 = System.nanoTime();
    AppContext.open(base).close();
    System.out.printf("open + close of an existing file, check included: %d ms%n", ms(t2));
    Path foreign = dir.resolve("foreign");
    AppContext.open(foreign).close();
    HostileDatabases.tamper(foreign, "CREATE TABLE EXTRA(ID INT)");
    for (String label : new String[] {"first", "second"}) {
      long t3 = System.nanoTime();
      try {
        DatabaseFileGuard.check(foreign);
      } catch (DomainException refused) {
        System.out.printf("%s refusal of a foreign file: %d ms%n", label, ms(t3));
      }
    }
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
