package org.bulletins.store.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Wall-clock times (and the ingesting thread's CPU times) of one file's ingest phases, logged at
 * INFO through {@link System.Logger} (by default on standard error) when the system property
 * {@value #PROPERTY} is {@code true}: for profiling which phases hold the ingest on one core. Off
 * by default, and then a lap costs one field read. One per file, used by the thread that ingests
 * it.
 */
final class PhaseClock {

  /** The system property that turns the log on. */
  static final String PROPERTY = "bulletins.store.timings";

  private static final System.Logger LOG = System.getLogger(PhaseClock.class.getName());

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  // Called with each phase's name as it ends, on the ingesting thread; null but in tests, which
  // throw from it to fail a file half-way (FailedFileRollbackTest).
  private static volatile Consumer<String> lapHook;

  private final boolean enabled;
  private final long start;
  private long last;
  private long lastCpu;

  private PhaseClock(boolean enabled) {
    this.enabled = enabled;
    this.start = System.nanoTime();
    this.last = start;
    this.lastCpu = enabled ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /** Whether the log is on. */
  static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /**
   * Logs a background thread's work: its name, wall time and the thread's CPU time.
   *
   * @param name what the thread did
   * @param wallNanos its wall time
   * @param cpuNanos its thread's CPU time
   */
  static void logThread(String name, long wallNanos, long cpuNanos) {
    LOG.log(
        System.Logger.Level.INFO,
        String.format(
            Locale.ROOT,
            "store thread %-24s %8.3f s, cpu %8.3f s",
            name,
            wallNanos / 1e9,
            cpuNanos / 1e9));
  }

  /** The calling thread's CPU time, in nanoseconds. */
  static long threadCpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** A clock started now, logging if the property says so. */
  static PhaseClock start() {
    return new PhaseClock(Boolean.getBoolean(PROPERTY));
  }

  /**
   * Sets what each lap calls with its phase's name, or null for nothing (tests only).
   *
   * @param hook the hook, or null
   */
  static void onLap(Consumer<String> hook) {
    lapHook = hook;
  }

  /**
   * Calls the test hook, if any, with a step's name on a thread that has no clock (a helper that
   * prepares the next file); nothing is logged.
   *
   * @param step the step that ends
   */
  static void mark(String step) {
    Consumer<String> hook = lapHook;
    if (hook != null) {
      hook.accept(step);
    }
  }

  /** Ends a phase: logs its name, its wall time and the time since the start. */
  void lap(String phase) {
    Consumer<String> hook = lapHook;
    if (hook != null) {
      hook.accept(phase);
    }
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    LOG.log(
        System.Logger.Level.INFO,
        String.format(
            Locale.ROOT,
            "store phase %-16s %8.3f s, this thread's cpu %8.3f s (at %.3f s)",
            phase,
            (now - last) / 1e9,
            (cpu - lastCpu) / 1e9,
            (now - start) / 1e9));
    last = now;
    lastCpu = cpu;
  }
}
