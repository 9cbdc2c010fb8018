package org.bulletins.dedup.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
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
 * groups of a million items (a few large groups among many singletons) took 4.0-4.6 s with the
 * stream and 3.1-3.5 s with this loop. Here the most a thread waits for is one batch.
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
   * first exception a body throws stops the loop (no new batch starts) and is thrown here.
   *
   * @param n how many indexes
   * @param batch how many indexes a thread takes at a time (at least 1): a few milliseconds of work
   * @param body what to do with one index; may run on any thread, in any order
   */
  static void forEach(int n, int batch, IntConsumer body) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch " + batch + " < 1");
    }
    Loop loop = new Loop(n, batch, body);
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), (n - 1) / batch);
    for (int h = 0; h < helpers; h++) {
      ForkJoinPool.commonPool().execute(loop::help);
    }
    loop.help();
    loop.awaitHelpers();
  }

  /** One loop's shared state: the next index to hand out and the threads inside it. */
  private static final class Loop {
    private final int n;
    private final int batch;
    private final IntConsumer body;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Loop(int n, int batch, IntConsumer body) {
      this.n = n;
      this.batch = batch;
      this.body = body;
    }

    /**
     * Takes batches until none is left. A helper that starts after the caller has finished finds
     * none (the counter only grows) and touches nothing, so the caller waits only for the threads
     * inside, never for a queued helper.
     */
    void help() {
      inside.incrementAndGet();
      try {
        for (int from = take(); from < n; from = take()) {
          int to = (int) Math.min(n, (long) from + batch);
          for (int i = from; i < to; i++) {
            body.accept(i);
          }
        }
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
        next.set(n); // no thread takes another batch
      } finally {
        if (inside.decrementAndGet() == 0) {
          synchronized (this) {
            notifyAll();
          }
        }
      }
    }

    /** The first index of the next batch, or {@code n} or more when none is left. */
    private int take() {
      int from = next.getAndAdd(batch);
      return from < 0 ? n : from; // past Integer.MAX_VALUE: wrapped, so done
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
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      Throwable t = failure.get();
      if (t instanceof RuntimeException e) {
        throw e;
      }
      if (t instanceof Error e) {
        throw e;
      }
      if (t != null) {
        throw new IllegalStateException(t);
      }
    }
  }
}
