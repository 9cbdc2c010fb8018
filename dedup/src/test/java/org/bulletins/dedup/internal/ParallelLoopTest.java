package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
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

  @Test
  void plainWritesAreVisibleWhenItReturns() {
    long[] squares = new long[200_000];
    ParallelLoop.forEach(squares.length, 64, i -> squares[i] = (long) i * i);
    for (int i = 0; i < squares.length; i++) {
      assertThat(squares[i]).isEqualTo((long) i * i);
    }
  }

  @Test
  void workersOfThePoolTakePart() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    // The thread with index 0 waits until another thread has taken a batch: a helper, or the
    // caller when the helper took index 0.
    ParallelLoop.forEach(
        1_000,
        1,
        i -> {
          threads.add(Thread.currentThread());
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
          while (i == 0 && threads.size() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
          }
        });
    assertThat(threads).contains(Thread.currentThread()).hasSizeGreaterThan(1);
  }

  @Test
  void theCallerWaitsForAHelpersLastBatch() {
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
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (threads.size() < 2 && System.nanoTime() < deadline) {
              Thread.onSpinWait();
            }
          } else {
            sleep(200);
          }
          written.set(i, 1);
        });
    assertThat(written.get(0) + written.get(1)).isEqualTo(2);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theFirstFailureIsThrownAndNoNewBatchStarts() {
    AtomicInteger ran = new AtomicInteger();
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(
            () ->
                ParallelLoop.forEach(
                    1_000_000,
                    10,
                    i -> {
                      ran.incrementAndGet();
                      if (i == 25) {
                        throw boom;
                      }
                    }))
        .isSameAs(boom);
    // The batches already taken finish; none is taken after the failure.
    assertThat(ran.get()).isLessThan(1_000);
  }

  @Test
  void aBusyPoolDoesNotHoldTheCallerBack() throws Exception {
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
