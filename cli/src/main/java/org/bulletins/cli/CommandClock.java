package org.bulletins.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Wall-clock times of a command's phases (start-up, reading and deduplicating, writing), logged at
 * INFO through {@link System.Logger} (by default on standard error) beside the engine's own stage
 * log when the system property {@value #PROPERTY} is {@code true}: the engine's stages start after
 * every item was read, and a whole process's time is more than theirs. Off by default, and then it
 * costs one field read per phase.
 */
final class CommandClock {

  /** The system property that turns the log on: the engine's. */
  static final String PROPERTY = "bulletins.dedup.timings";

  private static final System.Logger LOG = System.getLogger(CommandClock.class.getName());

  private final boolean enabled;
  private final long jvmStart;
  private long last;

  private CommandClock(boolean enabled) {
    this.enabled = enabled;
    long now = System.nanoTime();
    // The JVM's own uptime (milliseconds from its start), read only when logging. Not the
    // process's start instant: Linux gives it from the boot time in whole seconds, which put the
    // start up to a second early (a 0.4 s start-up was logged as 1.3 s).
    long sinceStart =
        enabled
            ? TimeUnit.MILLISECONDS.toNanos(ManagementFactory.getRuntimeMXBean().getUptime())
            : 0;
    this.jvmStart = now - sinceStart;
    this.last = jvmStart;
  }

  /**
   * A clock of the process, logging if the property says so; its first phase ran from the JVM's
   * start until now (the launcher script's time before it is not counted).
   *
   * @return the clock
   */
  static CommandClock start() {
    return new CommandClock(Boolean.getBoolean(PROPERTY));
  }

  /** A clock that logs, whatever the property says. */
  static CommandClock logging() {
    return new CommandClock(true);
  }

  /**
   * Seconds from the JVM's start until now, as {@link #lap} logs them (from the clock's creation
   * for a clock that does not log).
   */
  double secondsSinceStart() {
    return (System.nanoTime() - jvmStart) / 1e9;
  }

  /**
   * Ends a phase: logs its name, its wall time and the time since the JVM started.
   *
   * @param phase the phase that just ended
   */
  void lap(String phase) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    LOG.log(
        System.Logger.Level.INFO,
        String.format(
            Locale.ROOT,
            "command phase %-12s %8.2f s (at %.2f s since the JVM started)",
            phase,
            (now - last) / 1e9,
            (now - jvmStart) / 1e9));
    last = now;
  }
}
