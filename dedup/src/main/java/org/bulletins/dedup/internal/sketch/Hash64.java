package org.bulletins.dedup.internal.sketch;

import org.bulletins.dedup.internal.text.StringChars;

/**
 * The 64-bit hashing of the pipeline, written out because it runs for every word and shingle of
 * every item: FNV-1a over chars for tokens, MurmurHash3's finaliser to mix, and one combine step
 * for sequences (shingles, band keys, term pairs). Deterministic on every machine.
 */
public final class Hash64 {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hash64() {}

  /** The FNV-1a state before the first char of a token. */
  public static long start() {
    return FNV_OFFSET;
  }

  /**
   * Adds one char to an FNV-1a state.
   *
   * @param state the state so far
   * @param c the next char
   * @return the new state
   */
  public static long add(long state, char c) {
    return (state ^ c) * FNV_PRIME;
  }

  /**
   * MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
   *
   * @param x any value
   * @return the mixed value
   */
  public static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb34e3aa20a0dL;
    x ^= x >>> 33;
    return x;
  }

  /**
   * Combines a hash with the next value of a sequence; order matters.
   *
   * @param h the hash of the sequence so far
   * @param value the next value
   * @return the hash of the longer sequence
   */
  public static long combine(long h, long value) {
    return mix(h * 0x9E3779B97F4A7C15L + value);
  }

  /**
   * The hash of a whole string, as its token hash: FNV-1a over its chars, mixed.
   *
   * @param s a string
   * @return its hash
   */
  public static long of(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }

  /**
   * {@link #of} of two strings one after the other, without joining them: {@code of(a, b) == of(a +
   * b)}.
   *
   * @param a the first string
   * @param b the string after it
   * @return the hash of {@code a + b}
   */
  public static long of(String a, String b) {
    return mix(add(add(FNV_OFFSET, a), b));
  }

  /**
   * Adds a string's chars to an FNV-1a state, as {@link #add(long, char)} for each: a state after a
   * fixed prefix can be kept and gone on from.
   *
   * @param state the state before the string
   * @param s a string
   * @return the state after it
   */
  public static long add(long state, String s) {
    long h = state;
    // Read from a copy, not by charAt: see StringChars (the copy read before the next is made).
    char[] chars = StringChars.of(s);
    for (int i = 0, n = s.length(); i < n; i++) {
      h = (h ^ chars[i]) * FNV_PRIME;
    }
    return h;
  }
}
