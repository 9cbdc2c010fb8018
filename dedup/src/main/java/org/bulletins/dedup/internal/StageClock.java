package org.bulletins.dedup.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Wall-clock times of a batch run's stages, logged at INFO through {@link System.Logger} (by
 * default on standard error) when the system property {@value #PROPERTY} is {@code true} (for
 * profiling a run: which stages run on one core shows as wall time that the process's CPU time does
 * not double). Off by default, and then it costs one field read per stage. Not thread-safe: one per
 * run, used by the thread that runs the stages.
 */
final class StageClock {

  /** The system property that turns the log on. */
  static final String PROPERTY = "bulletins.dedup.timings";

  private static final System.Logger LOG = System.getLogger(StageClock.class.getName());

  private final boolean enabled;
  private final long start;
  private long last;
  private final Map<String, long[]> parts = new LinkedHashMap<>();

  private StageClock(boolean enabled) {
    this.enabled = enabled;
    this.start = System.nanoTime();
    this.last = start;
  }

  /**
   * A clock started now, logging if the property says so.
   *
   * @return the clock
   */
  static StageClock start() {
    return new StageClock(Boolean.getBoolean(PROPERTY));
  }

  /**
   * Ends a stage: logs its name, its wall time and the time since the start.
   *
   * @param stage the stage that just ended
   */
  void lap(String stage) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    log("dedup stage %-12s %8.2f s (at %.2f s)", stage, (now - last) / 1e9, (now - start) / 1e9);
    last = now;
    parts.forEach(
        (part, sum) ->
            log(
                "dedup stage   of which %-12s %8.2f s (%d calls, %d items)",
                part, sum[0] / 1e9, sum[1], sum[2]));
    parts.clear();
  }

  /**
   * Adds time spent in a part of the current stage, reported with the stage's lap.
   *
   * @param part the part's name
   * @param nanos the time spent
   * @param count how many things it handled
   */
  void add(String part, long nanos, long count) {
    if (!enabled) {
      return;
    }
    long[] sum = parts.computeIfAbsent(part, p -> new long[3]);
    sum[0] += nanos;
    sum[1]++;
    sum[2] += count;
  }

  private static void log(String format, Object... values) {
    LOG.log(System.Logger.Level.INFO, String.format(Locale.ROOT, format, values));
  }
}
