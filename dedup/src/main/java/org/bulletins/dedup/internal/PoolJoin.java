package org.bulletins.dedup.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;

/** Joining a task submitted to the common pool from a thread outside it. */
final class PoolJoin {

  private PoolJoin() {}

  /**
   * The task's result. While it runs, this thread takes a share of the pool's queued subtasks (a
   * parallel stream inside the task) instead of waiting idle for the pool's workers, which on two
   * cores are one, to do them all.
   *
   * @param task a task submitted to the common pool
   * @param <T> its result's type
   * @return its result
   */
  static <T> T helping(ForkJoinTask<T> task) {
    while (!task.isDone()) {
      ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.MILLISECONDS);
    }
    return task.join();
  }
}
