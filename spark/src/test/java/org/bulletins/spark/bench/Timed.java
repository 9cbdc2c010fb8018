package org.bulletins.spark.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaSparkStatusTracker;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;

/**
 * Runs one system's Spark work under a time limit. Past the limit its jobs are cancelled and the
 * result is empty; the progress then says where it stood (a run that would take hours on this
 * machine is still described by how far it got).
 *
 * @param <T> the work's result
 */
final class Timed<T> {

  private final Optional<T> result;
  private final String progress;

  private Timed(Optional<T> result, String progress) {
    this.result = result;
    this.progress = progress;
  }

  Optional<T> result() {
    return result;
  }

  /** Stages completed (count, the last ones with their seconds) and stages running with tasks. */
  String progress() {
    return progress;
  }

  /**
   * Runs work in its own thread, waiting at most limitSeconds for it (0: no limit).
   *
   * @param spark the session the work submits its jobs to
   * @param limitSeconds the limit, or 0
   * @param work the work
   * @param log where each stage is reported as it completes (name, tasks, seconds, shuffle and
   *     spill), or null
   * @return its result, or empty and the progress when stopped
   */
  static <T> Timed<T> run(
      SparkSession spark, long limitSeconds, Callable<T> work, PrintStream log) {
    Stages stages = new Stages(log);
    spark.sparkContext().addSparkListener(stages);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<T> future = thread.submit(work);
      try {
        T value = limitSeconds > 0 ? future.get(limitSeconds, TimeUnit.SECONDS) : future.get();
        return new Timed<>(Optional.of(value), "");
      } catch (TimeoutException e) {
        String progress =
            stages.describe(
                JavaSparkContext.fromSparkContext(spark.sparkContext()).statusTracker());
        spark.sparkContext().cancelAllJobs();
        future.cancel(true);
        return new Timed<>(Optional.empty(), progress);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    } finally {
      thread.shutdownNow();
      spark.sparkContext().removeSparkListener(stages);
    }
  }

  /** Completed stages, in order. */
  private static final class Stages extends SparkListener {
    private final List<String> done = new ArrayList<>();
    private final PrintStream log;
    private final long start = System.nanoTime();
    private double seconds;

    Stages(PrintStream log) {
      this.log = log;
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
      StageInfo info = completed.stageInfo();
      double took =
          info.completionTime().isDefined() && info.submissionTime().isDefined()
              ? ((Long) info.completionTime().get() - (Long) info.submissionTime().get()) / 1e3
              : 0;
      seconds += took;
      done.add(
          String.format(Locale.ROOT, "%s (%d tasks, %.0f s)", info.name(), info.numTasks(), took));
      TaskMetrics m = info.taskMetrics();
      // Stages under a second without shuffle (dozens per round of components) are left out.
      boolean worth =
          took >= 1
              || m.shuffleWriteMetrics().bytesWritten() + m.shuffleReadMetrics().totalBytesRead()
                  > 1e6;
      if (log != null && worth) {
        log.printf(
            Locale.ROOT,
            "#   at %5.0f s: stage %d done, %s (%d tasks, %.0f s; shuffle write %.0f MB, read %.0f"
                + " MB; spilled %.0f MB to disk)%n",
            (System.nanoTime() - start) / 1e9,
            info.stageId(),
            info.name(),
            info.numTasks(),
            took,
            m.shuffleWriteMetrics().bytesWritten() / 1e6,
            m.shuffleReadMetrics().totalBytesRead() / 1e6,
            m.diskBytesSpilled() / 1e6);
      }
    }

    synchronized String describe(JavaSparkStatusTracker tracker) {
      List<String> running = new ArrayList<>();
      for (int id : tracker.getActiveStageIds()) {
        SparkStageInfo s = tracker.getStageInfo(id);
        if (s != null) {
          running.add(
              String.format(
                  Locale.ROOT,
                  "%s: %d of %d tasks done",
                  s.name(),
                  s.numCompletedTasks(),
                  s.numTasks()));
        }
      }
      return String.format(
          Locale.ROOT,
          "%d stages completed (%.0f s in all; last: %s); running: %s",
          done.size(),
          seconds,
          done.subList(Math.max(0, done.size() - 3), done.size()),
          running);
    }
  }
}
