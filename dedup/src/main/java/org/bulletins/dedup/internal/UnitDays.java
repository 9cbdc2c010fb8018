package org.bulletins.dedup.internal;

import java.util.Arrays;
import org.bulletins.dedup.internal.sketch.ItemSignature;

/**
 * Each unit's epoch day (its representative's: copies share their date), and for each run of 64
 * consecutive units the span of their days. A grown index's blocks hold units of every day it
 * stores, in unit order, while a new unit pairs only with those within the date window: a 100k file
 * added to 300k items read 32M block members to make 1M pairs, each member's day a read at random
 * into an array of all units. Units come in the order of their files, so a run's days are few and
 * close together, and most members are turned away by their run's span, read from an array 64 times
 * smaller, before their own day is read.
 */
final class UnitDays {

  private static final int RUN_BITS = 6;

  private long[] days = new long[1024];
  // The least and greatest day of each run's units; an undated unit makes its run's span all days
  // (it meets every unit), an empty run's span is none.
  private long[] least = new long[16];
  private long[] greatest = new long[16];
  private int runs;

  /**
   * Keeps the day of the next unit.
   *
   * @param unit the unit, the number of units kept so far
   * @param day its epoch day, or {@link ItemSignature#UNDATED}
   */
  void add(int unit, long day) {
    if (unit == days.length) {
      days = Arrays.copyOf(days, 2 * unit);
    }
    days[unit] = day;
    int run = unit >>> RUN_BITS;
    if (run == runs) {
      if (run == least.length) {
        least = Arrays.copyOf(least, 2 * run);
        greatest = Arrays.copyOf(greatest, 2 * run);
      }
      least[run] = Long.MAX_VALUE;
      greatest[run] = Long.MIN_VALUE;
      runs++;
    }
    if (day == ItemSignature.UNDATED) {
      least[run] = Long.MIN_VALUE;
      greatest[run] = Long.MAX_VALUE;
    } else {
      least[run] = Math.min(least[run], day);
      greatest[run] = Math.max(greatest[run], day);
    }
  }

  /**
   * A unit's day.
   *
   * @param unit a kept unit
   * @return its epoch day, or {@link ItemSignature#UNDATED}
   */
  long of(int unit) {
    return days[unit];
  }

  /**
   * Whether a unit of this day and a kept unit may be within the window of each other, from the
   * kept unit's run alone: false only if {@link ItemSignature#withinWindow} is false for them.
   *
   * @param day a day, or {@link ItemSignature#UNDATED}
   * @param unit a kept unit
   * @param windowDays the window, at least 0
   * @return false if they are surely not
   */
  boolean mayMeet(long day, int unit, int windowDays) {
    if (day == ItemSignature.UNDATED) {
      return true;
    }
    int run = unit >>> RUN_BITS;
    // Epoch days are far from the long's ends, so neither sum overflows.
    return day + windowDays >= least[run] && day - windowDays <= greatest[run];
  }

  /**
   * Whether a unit of this day and a kept unit are within the window of each other, as {@link
   * ItemSignature#withinWindow} decides it for their days.
   *
   * @param day a day, or {@link ItemSignature#UNDATED}
   * @param unit a kept unit
   * @param windowDays the window, at least 0
   * @return whether they are
   */
  boolean within(long day, int unit, int windowDays) {
    return mayMeet(day, unit, windowDays)
        && ItemSignature.withinWindow(day, days[unit], windowDays);
  }
}
