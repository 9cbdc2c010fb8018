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

  private final String[] slots;
  private final int[] slotHashes; // each slot's word's hash: a probe compares chars only on a match
  private final int[] indexes;
  private final int mask;

  /**
   * A table of words.
   *
   * @param words lower-case words, no repeats; a word's index in this list is what {@link #find}
   *     returns
   */
  WordTable(List<String> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    slots = new String[capacity];
    slotHashes = new int[capacity];
    indexes = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      int slot = word.hashCode() & mask;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = word;
      slotHashes[slot] = word.hashCode();
      indexes[slot] = i;
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
    for (int slot = h & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      if (slotHashes[slot] == h && spells(slots[slot], text, from, to)) {
        return indexes[slot];
      }
    }
    return -1;
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
    for (int slot = h & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      if (slotHashes[slot] == h && spells(slots[slot], c, from, to)) {
        return indexes[slot];
      }
    }
    return -1;
  }

  private static boolean spells(String word, char[] c, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != lowerAscii(c[from + i])) {
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
