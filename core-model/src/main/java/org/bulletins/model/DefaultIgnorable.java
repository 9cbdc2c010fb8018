package org.bulletins.model;

/**
 * The Unicode property {@code Default_Ignorable_Code_Point}: code points that a renderer shows as
 * nothing when it does not support them (format controls, variation selectors, fillers, tag
 * characters). Text that differs only in them looks the same, so folding removes them.
 *
 * <p>The ranges are those of {@code DerivedCoreProperties.txt} (Unicode 15.1), written out because
 * the JDK has no query for the property and the project keeps no ICU dependency. The property is
 * stable: Unicode only adds to it in unassigned planes, which the last ranges cover already.
 */
final class DefaultIgnorable {

  /** Start and end (inclusive) of each range, sorted. */
  private static final int[] RANGES = {
    0x00AD, 0x00AD,
    0x034F, 0x034F,
    0x061C, 0x061C,
    0x115F, 0x1160,
    0x17B4, 0x17B5,
    0x180B, 0x180F,
    0x200B, 0x200F,
    0x202A, 0x202E,
    0x2060, 0x206F,
    0x3164, 0x3164,
    0xFE00, 0xFE0F,
    0xFEFF, 0xFEFF,
    0xFFA0, 0xFFA0,
    0xFFF0, 0xFFF8,
    0x1BCA0, 0x1BCA3,
    0x1D173, 0x1D17A,
    0xE0000, 0xE0FFF,
  };

  private DefaultIgnorable() {}

  /**
   * Tells whether a code point is default-ignorable.
   *
   * @param codePoint any code point
   * @return true if it has the property
   */
  static boolean is(int codePoint) {
    if (codePoint < 0x00AD) {
      return false; // all of ASCII and most of Latin-1: the common case, one comparison
    }
    // A linear scan: 17 ranges, and most code points stop at the first range above them.
    for (int i = 0; i < RANGES.length; i += 2) {
      if (codePoint < RANGES[i]) {
        return false;
      }
      if (codePoint <= RANGES[i + 1]) {
        return true;
      }
    }
    return false;
  }
}
