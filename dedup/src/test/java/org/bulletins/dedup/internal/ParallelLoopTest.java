package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParallelLoopTest {

  @ParameterizedTest
  @CsvSource({"0,4", "1,4", "3,4", "4,4", "5,4", "10000,1", "10000,64", "100003,512", "7,100"})
  void everyIndexRunsExactlyOnce(int n, int batch) {
    AtomicIntegerArray runs = new AtomicIntegerArray(n);
    ParallelLoop.forEach(n, batch, runs::incrementAndGet);
    for (int i = 0; i < n; i++) {
      assertThat(runs.get(i)).as("index %d", i).isEqualTo(1);
    }
  }

  /** Catches a caller that returns before the helpers' batches are done. */
  @Test
  void plainWritesAreDoneWhenItReturns() {
    long[] squares = new long[200_000];
    ParallelLoop.forEach(squares.length, 64, i -> squares[i] = (long) i * i);
    for (int i = 0; i < squares.length; i++) {
      assertThat(squares[i]).isEqualTo((long) i * i);
    }
  }

  @Test
  void workersOfThePoolTakePart() {
    assumeHelpersRun();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    // The thread with index 0 waits until another thread has taken a batch: a helper, or the
    // caller when the helper took index 0.
    ParallelLoop.forEach(
        1_000,
        1,
        i -> {
          threads.add(Thread.currentThread());
          if (i == 0) {
            awaitTwo(threads);
          }
        });
    assertThat(threads).contains(Thread.currentThread()).hasSizeGreaterThan(1);
  }

  @Test
  void theCallerWaitsForAHelpersLastBatch() {
    assumeHelpersRun();
    Thread caller = Thread.currentThread();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    AtomicIntegerArray written = new AtomicIntegerArray(2);
    // The caller's index waits until a helper holds the other, which takes a while longer.
    ParallelLoop.forEach(
        2,
        1,
        i -> {
          threads.add(Thread.currentThread());
          if (Thread.currentThread() == caller) {
            awaitTwo(threads);
          } else {
            sleep(200);
          }
          written.set(i, 1);
        });
    assertThat(threads).hasSize(2);
    assertThat(written.get(0) + written.get(1)).isEqualTo(2);
  }

  /** Spins until two threads have joined (30 s at most: the assertions after it then fail). */
  private static void awaitTwo(Set<Thread> threads) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (threads.size() < 2 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }

  /**
   * Tests that need a helper to run skip where the common pool has no worker (one core, or
   * parallelism 0): there the caller does every batch itself.
   */
  private static void assumeHelpersRun() {
    assumeTrue(
        Runtime.getRuntime().availableProcessors() > 1
            && !"0"
                .equals(System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism")),
        "the common pool has no worker");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theFirstFailureStopsTheLoopAndIsThrown() {
    // On the calling thread alone (no helper): the batch that failed ends there, none follows.
    AtomicInteger ran = new AtomicInteger();
    IllegalStateException boom = new IllegalStateException("boom");
    IntConsumer failingAt25 =
        i -> {
          ran.incrementAndGet();
          if (i == 25) {
            throw boom;
          }
        };
    assertThatThrownBy(() -> ParallelLoop.forEach(1_000_000, 10, failingAt25, 0)).isSameAs(boom);
    assertThat(ran.get()).isEqualTo(26);
    // A thread that comes to the loop after the failure takes no batch.
    ParallelLoop.Loop loop = new ParallelLoop.Loop(1_000_000, 10, failingAt25);
    ran.set(0);
    loop.help();
    loop.help();
    assertThat(ran.get()).isEqualTo(26);
    assertThatThrownBy(loop::awaitHelpers).isSameAs(boom);
    // With the pool's workers too: the same exception comes out.
    assertThatThrownBy(() -> ParallelLoop.forEach(1_000_000, 10, failingAt25)).isSameAs(boom);
  }

  @Test
  void aFailureOnAHelperIsThrownOnTheCaller() {
    assumeHelpersRun();
    Thread caller = Thread.currentThread();
    AssertionError boom = new AssertionError("boom");
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    assertThatThrownBy(
            () ->
                ParallelLoop.forEach(
                    2,
                    1,
                    i -> {
                      threads.add(Thread.currentThread());
                      awaitTwo(threads); // each thread holds one index
                      if (Thread.currentThread() != caller) {
                        throw boom; // an Error, as thrown
                      }
                    }))
        .isSameAs(boom);
    assertThat(threads).hasSize(2);
  }

  @Test
  void aCheckedExceptionComesOutWrapped() {
    Exception checked = new IOException("disk");
    assertThatThrownBy(() -> ParallelLoop.forEach(3, 1, i -> sneakyThrow(checked), 0))
        .isInstanceOf(IllegalStateException.class)
        .hasCause(checked);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  @Test
  @Timeout(120) // a caller that waited for a queued helper would wait for ever
  void aBusyPoolDoesNotHoldTheCallerBack() throws Exception {
    assumeHelpersRun();
    // Every worker of the pool blocked: the caller does all the work and returns.
    int workers = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch blocked = new CountDownLatch(workers);
    Future<?>[] blockers = new Future<?>[workers];
    for (int w = 0; w < workers; w++) {
      blockers[w] =
          ForkJoinPool.commonPool()
              .submit(
                  () -> {
                    blocked.countDown();
                    release.await();
                    return null;
                  });
    }
    try {
      assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
      AtomicIntegerArray runs = new AtomicIntegerArray(5_000);
      ParallelLoop.forEach(runs.length(), 16, runs::incrementAndGet);
      for (int i = 0; i < runs.length(); i++) {
        assertThat(runs.get(i)).isEqualTo(1);
      }
    } finally {
      release.countDown();
    }
    for (Future<?> blocker : blockers) {
      blocker.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aLoopInsideAPoolTaskCompletes() throws Exception {
    assumeHelpersRun();
    AtomicIntegerArray runs = new AtomicIntegerArray(50_000);
    ForkJoinPool.commonPool()
        .submit(() -> ParallelLoop.forEach(runs.length(), 32, runs::incrementAndGet))
        .get(60, TimeUnit.SECONDS);
    for (int i = 0; i < runs.length(); i++) {
      assertThat(runs.get(i)).isEqualTo(1);
    }
  }

  @Test
  void aBatchBelowOneIsRefused() {
    assertThatThrownBy(() -> ParallelLoop.forEach(10, 0, i -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batch 0");
  }
}
