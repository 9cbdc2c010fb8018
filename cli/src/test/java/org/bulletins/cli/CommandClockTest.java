package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class CommandClockTest {

  @Test
  void theFirstPhaseStartsWhenTheJvmStarted() {
    // The process's start instant, which Linux derives from the boot time in whole seconds, put
    // the start up to a second early: the logged start-up was longer than the JVM had run.
    double before = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    double since = CommandClock.logging().secondsSinceStart();
    double after = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    assertThat(since).isBetween(before - 0.005, after + 0.005);
  }
}
