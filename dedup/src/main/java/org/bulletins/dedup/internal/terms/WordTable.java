package org.bulletins.dedup.internal.terms;

import java.util.List;

/**
 * A fixed set of lower-case words, looked up by a region of a text without a {@code String} for the
 * region: the region's ASCII capitals count as lower case, every other char must be equal. So a
 * region of ASCII chars is found as its {@link String#toLowerCase} with {@link
 * java.util.Locale#ROOT} would be, and any other word is looked up in lower case already. Immutable
 * and thread-safe.
 */
final class WordTable {

  // Each slot's word's hash (high half) and index + 1 (low half), 0 for an empty slot: a probe
  // reads one array, and compares chars only when the hash matches.
  private final long[] slots;
  private final String[] words; // by index
  private final char[][] wordChars; // by index, for the comparisons with a region of chars
  private final int mask;

  /**
   * A table of words.
   *
   * @param words lower-case words, no repeats; a word's index in this list is what {@link #find}
   *     returns
   */
  WordTable(List<String> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    slots = new long[capacity];
    this.words = words.toArray(new String[0]);
    wordChars = new char[words.size()][];
    mask = capacity - 1;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      wordChars[i] = word.toCharArray();
      int slot = word.hashCode() & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = slot(word.hashCode(), i);
    }
  }

  /**
   * The index of the word that the region spells, ASCII capitals read as lower case.
   *
   * @param text a text
   * @param from the region's start
   * @param to the region's end (exclusive)
   * @return the word's index, or -1
   */
  int find(String text, int from, int to) {
    return find(text, from, to, hash(text, from, to));
  }

  /**
   * The hash {@link #find} looks a region up by: {@link String#hashCode} of the region with ASCII
   * capitals read as lower case. The same for every table, so one hash serves several.
   *
   * @param text a text
   * @param from the region's start
   * @param to the region's end (exclusive)
   * @return the hash
   */
  static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lowerAscii(text.charAt(i)); // String.hashCode of the lower-case word
    }
    return h;
  }

  /**
   * {@link #find(String, int, int)} with the region's {@link #hash} already computed.
   *
   * @param text a text
   * @param from the region's start
   * @param to the region's end (exclusive)
   * @param h {@code hash(text, from, to)}
   * @return the word's index, or -1
   */
  int find(String text, int from, int to, int h) {
    for (int slot = h & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if ((int) (entry >>> 32) == h && spells(words[index(entry)], text, from, to)) {
        return index(entry);
      }
    }
    return -1;
  }

  /** A slot's value: the word's hash and its index + 1 (never 0). */
  private static long slot(int hash, int index) {
    return ((long) hash << 32) | (index + 1);
  }

  /** The index of the word in a slot. */
  private static int index(long slot) {
    return (int) slot - 1;
  }

  /**
   * {@link #hash(String, int, int)} of a region of copied chars.
   *
   * @param c a text's chars
   * @param from the region's start
   * @param to the region's end (exclusive)
   * @return the hash
   */
  static int hash(char[] c, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lowerAscii(c[i]);
    }
    return h;
  }

  /**
   * {@link #find(String, int, int, int)} of a region of copied chars.
   *
   * @param c a text's chars
   * @param from the region's start
   * @param to the region's end (exclusive)
   * @param h {@code hash(c, from, to)}
   * @return the word's index, or -1
   */
  int find(char[] c, int from, int to, int h) {
    for (int slot = h & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if ((int) (entry >>> 32) == h && spells(wordChars[index(entry)], c, from, to)) {
        return index(entry);
      }
    }
    return -1;
  }

  private static boolean spells(char[] word, char[] c, int from, int to) {
    if (word.length != to - from) {
      return false;
    }
    for (int i = 0; i < word.length; i++) {
      if (word[i] != lowerAscii(c[from + i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean spells(String word, String text, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != lowerAscii(text.charAt(from + i))) {
        return false;
      }
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
