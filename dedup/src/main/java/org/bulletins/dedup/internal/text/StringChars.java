package org.bulletins.dedup.internal.text;

/**
 * This thread's copy of a string's chars, for loops that would otherwise read {@code
 * String.charAt}: a {@code charAt} loop compiled while the strings met so far had one of String's
 * two codings (Latin-1 or UTF-16) is thrown away at the first string of the other ({@code
 * profile_predicate} traps, four, then the enclosing method compiled again), which in a fresh
 * process sent signing's methods back to the slow tiers in the first seconds of signing. {@link
 * String#getChars} tests the coding once, outside any loop.
 *
 * <p>One buffer per thread: a caller reads the copy before it asks for another.
 */
public final class StringChars {

  /** Longer than nearly every paragraph, so the buffer is made once per thread. */
  private static final int KEPT = 1 << 14;

  private static final PerThread<char[]> CHARS = PerThread.withInitial(() -> new char[KEPT]);

  private StringChars() {}

  /**
   * The string's chars at {@code [0, s.length())}, in this thread's buffer (or, for a string longer
   * than it, a new array), valid until the thread's next call.
   *
   * @param s a string
   * @return an array holding its chars from index 0
   */
  public static char[] of(String s) {
    int n = s.length();
    char[] chars = n <= KEPT ? CHARS.get() : new char[n];
    s.getChars(0, n, chars, 0);
    return chars;
  }
}
