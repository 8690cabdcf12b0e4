package vn.kiemtra.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One child process that is killed with SIGKILL ({@link Process#destroyForcibly()} on Linux):
 * either the moment it prints its n-th acknowledgement, or after a random time which may fall in
 * the middle of a save or in an idle pause. Every line the child printed before it died is kept: a
 * line printed is a save the user was told about.
 */
final class KilledRun {
  /** When to kill: right after ack number {@code afterAck} (if positive), else after a delay. */
  record Plan(int afterAck, long afterMillis) {
    static Plan random(Random random, long maxMillis) {
      if (random.nextInt(10) < 4) {
        return new Plan(1 + random.nextInt(30), maxMillis);
      }
      return new Plan(0, 300 + (long) (random.nextDouble() * (maxMillis - 300)));
    }

    String describe() {
      return afterAck > 0 ? "after ack " + afterAck : "after " + afterMillis + " ms";
    }
  }

  /** What the child printed before it was killed. */
  record Output(boolean ready, List<String> lines) {}

  private KilledRun() {}

  static Output run(Process process, Plan plan, String ackPrefix)
      throws IOException, InterruptedException {
    List<String> lines = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(1);
    AtomicInteger acks = new AtomicInteger();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  synchronized (lines) {
                    lines.add(line);
                  }
                  if (line.startsWith("READY")) {
                    ready.countDown();
                  } else if (line.startsWith(ackPrefix)
                      && acks.incrementAndGet() == plan.afterAck()) {
                    process.destroyForcibly();
                  }
                }
              } catch (IOException e) {
                // the pipe closes when the child dies; what was read is kept
              }
            },
            "killed-run-reader");
    reader.setDaemon(true);
    reader.start();
    boolean started = false;
    try {
      started = ready.await(120, TimeUnit.SECONDS);
      if (started) {
        process.waitFor(plan.afterMillis(), TimeUnit.MILLISECONDS);
      }
    } finally {
      process.destroyForcibly();
      process.waitFor(60, TimeUnit.SECONDS);
      reader.join(10_000);
    }
    synchronized (lines) {
      return new Output(started, List.copyOf(lines));
    }
  }
}
