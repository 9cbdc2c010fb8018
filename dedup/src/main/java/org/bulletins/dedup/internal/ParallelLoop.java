package org.bulletins.dedup.internal;

import com.google.common.base.Throwables;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * A loop over {@code [0, n)} run by the calling thread and the common pool's workers together, each
 * taking the next batch of indexes as it finishes one, so that all of them work until the last
 * batch.
 *
 * <p>A parallel {@code IntStream} cuts its range into four leaves per pool worker up front: on two
 * cores, four leaves of a quarter each, and when one thread's leaves are done the other may still
 * have most of a quarter to go, alone. That costs most where the indexes' work varies: merging the
 * groups of a million items (a few large groups among many singletons) took a median 4.17 s with
 * the stream and 3.30 s with this loop (benchmarks/RESULTS.md, session 30). Here the most a thread
 * waits for is one batch. (The store's {@code Signing} hands out files' chunks the same way.)
 *
 * <pre>{@code
 * ParallelLoop.forEach(groups.size(), 512, g -> merged[g] = merge(groups.get(g)));
 * }</pre>
 */
final class ParallelLoop {

  private ParallelLoop() {}

  /**
   * Runs {@code body} once for each index in {@code [0, n)}, on this thread and the common pool's
   * workers; returns when all have run. What the body wrote is visible to the caller then. The
   * first exception a body throws stops the loop soon (the batches already taken finish, no other
   * starts) and is thrown here, a checked one wrapped in {@link IllegalStateException}; later ones
   * are added to it as suppressed.
   *
   * @param n how many indexes
   * @param batch how many indexes a thread takes at a time (at least 1): a few milliseconds of work
   * @param body what to do with one index; may run on any thread, in any order
   */
  static void forEach(int n, int batch, IntConsumer body) {
    forEach(n, batch, body, ForkJoinPool.getCommonPoolParallelism());
  }

  /** {@link #forEach(int, int, IntConsumer)} with at most {@code helpers} pool tasks (tests). */
  static void forEach(int n, int batch, IntConsumer body, int helpers) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch " + batch + " < 1");
    }
    Loop loop = new Loop(n, batch, body);
    int tasks = Math.min(helpers, (n - 1) / batch);
    for (int h = 0; h < tasks; h++) {
      ForkJoinPool.commonPool().execute(loop::help);
    }
    loop.help();
    loop.awaitHelpers();
  }

  /**
   * One loop's shared state: the next index to hand out and the threads inside a batch (package
   * access for tests, which call {@link #help} as a helper thread would).
   */
  static final class Loop {
    private final int n;
    private final int batch;
    private IntConsumer body; // dropped when the loop ends: a queued helper does not hold it
    private final AtomicLong next = new AtomicLong(); // a long: adding a batch never wraps
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Loop(int n, int batch, IntConsumer body) {
      this.n = n;
      this.batch = batch;
      this.body = body;
    }

    /**
     * Takes batches until none is left. Once a take finds none, every later one does too, so a
     * helper that starts after the caller has finished takes nothing, and the caller waits only for
     * the threads inside a batch, never for a queued helper.
     */
    void help() {
      inside.incrementAndGet();
      try {
        for (long from = next.getAndAdd(batch); from < n; from = next.getAndAdd(batch)) {
          IntConsumer task = body; // read after a take: the caller has not finished
          int to = (int) Math.min(n, from + batch);
          for (int i = (int) from; i < to; i++) {
            task.accept(i);
          }
        }
      } catch (Throwable t) {
        next.set(n); // no thread takes another batch
        Throwable first = failure.compareAndExchange(null, t);
        if (first != null && first != t) {
          first.addSuppressed(t); // (one exception thrown twice is kept once)
        }
      } finally {
        if (inside.decrementAndGet() == 0) {
          synchronized (this) {
            notifyAll();
          }
        }
      }
    }

    /** Waits for the helpers still inside a batch, then throws the first failure. */
    void awaitHelpers() {
      boolean interrupted = false;
      synchronized (this) {
        while (inside.get() > 0) {
          try {
            wait();
          } catch (InterruptedException e) {
            interrupted = true; // the helpers write into the caller's arrays: wait for them
          }
        }
      }
      body = null;
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      Throwable t = failure.get();
      if (t != null) {
        Throwables.throwIfUnchecked(t);
        throw new IllegalStateException(t);
      }
    }
  }
}
