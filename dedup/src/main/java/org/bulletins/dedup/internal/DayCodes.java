package org.bulletins.dedup.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.bulletins.dedup.internal.sketch.ItemSignature;

/**
 * Each unit's epoch day as a 16-bit code: the days of ~89 years either side of the first dated unit
 * as their distance from a base day, undated as {@link #UNDATED}, any other day as {@link #FAR}
 * with the day kept aside. A file's pairing reads the day of every member of every block a new unit
 * arrives at (tens of millions of reads, in no order): two bytes a unit make the array a quarter of
 * the longs' (0.6 MB at 300k units held, within a core's 1 MB cache; 1.9 MB at 1M), so fewer of
 * those reads miss. The window test on two codes gives what {@link ItemSignature#withinWindow}
 * gives on their days.
 *
 * <pre>{@code
 * DayCodes days = new DayCodes();
 * days.set(unit, signature.epochDay());
 * char[] codes = days.codes(); // until the next set
 * boolean near = days.withinWindow(codes[a], codes[b], a, b, window);
 * }</pre>
 */
final class DayCodes {

  /** The code of an undated unit. */
  static final char UNDATED = 0;

  /** The code of a day too far from the base day: its day is kept aside. */
  static final char FAR = Character.MAX_VALUE;

  // The base day is the first dated unit's day less this: codes 1 to FAR - 1 are the days around
  // it.
  private static final int HALF = 1 << 15;

  private char[] codes = new char[1024];
  private long base;
  private boolean based;
  private final Map<Integer, Long> far = new HashMap<>();

  /**
   * Sets a unit's day (a unit's day never changes: each unit is set once, in the order of units).
   *
   * @param unit the unit
   * @param day its epoch day, or {@link ItemSignature#UNDATED}
   */
  void set(int unit, long day) {
    if (unit >= codes.length) {
      codes = Arrays.copyOf(codes, Math.max(unit + 1, 2 * codes.length));
    }
    codes[unit] = codeOf(unit, day);
  }

  private char codeOf(int unit, long day) {
    if (day == ItemSignature.UNDATED) {
      return UNDATED;
    }
    if (!based) {
      base = day - HALF;
      based = true;
    }
    // Compared first, so that the difference is the true distance from the base unless it
    // overflows, to a negative value: FAR, as any distance past the codes. Two codes' difference
    // is then their days' difference.
    long code = day - base;
    if (day >= base && code > UNDATED && code < FAR) {
      return (char) code;
    }
    far.put(unit, day);
    return FAR;
  }

  /**
   * The codes by unit, the array itself (replaced when it grows): valid until the next {@link
   * #set}.
   *
   * @return the codes
   */
  char[] codes() {
    return codes;
  }

  /**
   * The day of a unit.
   *
   * @param unit a unit set before
   * @return its epoch day, or {@link ItemSignature#UNDATED}
   */
  long day(int unit) {
    char code = codes[unit];
    if (code == UNDATED) {
      return ItemSignature.UNDATED;
    }
    return code == FAR ? far.get(unit) : base + code;
  }

  /**
   * {@link ItemSignature#withinWindow} on two units' days, from their codes: the days themselves
   * are read only if one of them is far.
   *
   * @param codeA the code of unit {@code a}
   * @param codeB the code of unit {@code b}
   * @param a one unit
   * @param b another
   * @param windowDays the most days between two items of one story
   * @return whether the days are within the window of each other
   */
  boolean withinWindow(char codeA, char codeB, int a, int b, int windowDays) {
    if (codeA == UNDATED || codeB == UNDATED) {
      return true;
    }
    if (codeA != FAR && codeB != FAR) {
      return Math.abs(codeA - codeB) <= windowDays;
    }
    return ItemSignature.withinWindow(day(a), day(b), windowDays);
  }
}
