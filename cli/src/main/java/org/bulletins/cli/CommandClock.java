package org.bulletins.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

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
  private final long processStart;
  private long last;

  private CommandClock(boolean enabled) {
    this.enabled = enabled;
    long now = System.nanoTime();
    long sinceStart =
        ProcessHandle.current()
            .info()
            .startInstant()
            .map(start -> Duration.between(start, Instant.now()).toNanos())
            .orElse(0L);
    this.processStart = now - Math.max(0, sinceStart);
    this.last = processStart;
  }

  /**
   * A clock of the process, logging if the property says so; its first phase ran from the process's
   * start until now.
   *
   * @return the clock
   */
  static CommandClock start() {
    return new CommandClock(Boolean.getBoolean(PROPERTY));
  }

  /**
   * Ends a phase: logs its name, its wall time and the time since the process started.
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
            "command phase %-12s %8.2f s (at %.2f s since the process started)",
            phase,
            (now - last) / 1e9,
            (now - processStart) / 1e9));
    last = now;
  }
}
