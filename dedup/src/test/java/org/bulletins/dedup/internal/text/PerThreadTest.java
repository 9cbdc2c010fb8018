package org.bulletins.dedup.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link PerThread} keeps one value per thread for the thread's life, also for the common pool's
 * workers between parallel runs (Java 17's pool erases their thread locals when they go idle), and
 * drops the values of ended threads.
 */
class PerThreadTest {

  @Test
  void oneValuePerThreadMadeOnce() throws Exception {
    AtomicInteger made = new AtomicInteger();
    PerThread<int[]> values = PerThread.withInitial(() -> new int[] {made.incrementAndGet()});
    int[] mine = values.get();
    assertThat(values.get()).isSameAs(mine);
    int[][] other = new int[2][];
    Thread t =
        new Thread(
            () -> {
              other[0] = values.get();
              other[1] = values.get();
            });
    t.start();
    t.join();
    assertThat(other[0]).isSameAs(other[1]).isNotSameAs(mine);
    assertThat(made).hasValue(2);
  }

  @Test
  void setReplacesAndRemoveForgets() {
    PerThread<StringBuilder> values = PerThread.withInitial(StringBuilder::new);
    StringBuilder first = values.get();
    StringBuilder grown = new StringBuilder(1024);
    values.set(grown);
    assertThat(values.get()).isSameAs(grown);
    values.remove();
    assertThat(values.get()).isNotSameAs(grown).isNotSameAs(first);
    PerThread<StringBuilder> fresh = PerThread.withInitial(StringBuilder::new);
    fresh.set(grown); // before any get
    assertThat(fresh.get()).isSameAs(grown);
  }

  @Test
  void aPoolWorkerKeepsItsValueFromOneParallelRunToTheNext() {
    PerThread<Object> values = PerThread.withInitial(Object::new);
    Set<Object> seen = valuesOfPoolWorkers(values, 3, () -> {});
    // Each worker that took part holds one value through all three runs (a ThreadLocal gave a
    // worker of Java 17's common pool a new value in each run).
    assertThat(seen.size()).isLessThanOrEqualTo(ForkJoinPool.getCommonPoolParallelism());
  }

  @Test
  void aValueTheCollectorTookIsMadeAgain() {
    PerThread<Object> values = PerThread.withInitial(Object::new);
    // as the collector may under memory pressure, between two runs; a null value would fail the
    // set's add
    valuesOfPoolWorkers(values, 2, values::clearKept);
    values.clearKept();
    assertThat(values.get()).isNotNull();
  }

  /**
   * The values the common pool's workers (not the caller) get in several parallel runs, with the
   * workers idle between two runs, as between two runs of the engine.
   */
  private static Set<Object> valuesOfPoolWorkers(
      PerThread<Object> values, int runs, Runnable betweenRuns) {
    Set<Object> seen = ConcurrentHashMap.newKeySet();
    Thread caller = Thread.currentThread();
    for (int run = 0; run < runs; run++) {
      IntStream.range(0, 2_000)
          .parallel()
          .forEach(
              i -> {
                if (Thread.currentThread() != caller) {
                  seen.add(values.get());
                }
                busy(i);
              });
      ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.SECONDS);
      betweenRuns.run();
    }
    return seen;
  }

  @Test
  void theValuesOfEndedThreadsAreDropped() throws Exception {
    PerThread<Object> values = PerThread.withInitial(Object::new);
    for (int i = 0; i < 20; i++) {
      Thread t = new Thread(values::get);
      t.start();
      t.join();
    }
    values.get(); // a new thread (this one) drops the ended threads' values
    assertThat(values.size()).isEqualTo(1);
  }

  private static void busy(int i) {
    double s = 0;
    for (int k = 0; k < 2_000; k++) {
      s += Math.sqrt(k + i);
    }
    if (s < 0) {
      throw new AssertionError(s);
    }
  }
}
