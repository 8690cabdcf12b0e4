package vn.kiemtra.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A warm-up runs once on its own thread; await returns after it, and never throws its failure. */
class WarmUpTest {
  @Test
  void theWorkRunsOnceOnItsOwnThreadAndAwaitReturnsAfterIt() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch release = new CountDownLatch(1);
    WarmUp warmUp =
        new WarmUp(
            "test-warm-up",
            () -> {
              threads.add(Thread.currentThread().getName());
              try {
                release.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              runs.incrementAndGet();
            });
    warmUp.start();
    warmUp.start();

    Thread waiter = new Thread(warmUp::await);
    waiter.start();
    waiter.join(200);
    assertThat(waiter.isAlive()).as("await waits for the work").isTrue();
    release.countDown();
    waiter.join(10_000);

    assertThat(waiter.isAlive()).isFalse();
    assertThat(runs.get()).isEqualTo(1);
    assertThat(threads).containsExactly("test-warm-up");
  }

  @Test
  void awaitWithoutStartReturnsAndAFailureStaysInside() {
    AtomicInteger runs = new AtomicInteger();
    new WarmUp("never-started", runs::incrementAndGet).await();
    assertThat(runs.get()).isZero();

    WarmUp failing =
        new WarmUp(
            "failing-warm-up",
            () -> {
              throw new IllegalStateException("no fonts");
            });
    failing.start();
    failing.await(); // returns, throws nothing
  }
}
