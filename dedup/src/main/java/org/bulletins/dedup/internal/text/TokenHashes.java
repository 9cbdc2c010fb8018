package org.bulletins.dedup.internal.text;

import java.util.Arrays;
import org.bulletins.dedup.internal.sketch.Hash64;

/**
 * The words of a folded text as 64-bit hashes, in order, from one pass over its chars: a word is a
 * run of letters and numbers (as {@link TextShape#words} cuts them), hashed as it is read, with no
 * {@code String} per word. Each hash carries whether the word is a stop word.
 */
public final class TokenHashes {

  private static final long[] STOP_HASHES =
      TextShape.STOP_WORDS.stream().mapToLong(Hash64::of).sorted().toArray();

  /**
   * The stop words' hashes in an open-addressing table (0 for an empty slot; no stop word hashes to
   * 0, which {@link #stopTable} checks): two in five tokens are stop words, and a binary search for
   * each cost more than the rest of their hashing.
   */
  private static final long[] STOP_TABLE = stopTable();

  private static final int STOP_MASK = STOP_TABLE.length - 1;

  /**
   * One bit per value of a hash's low 12 bits, set for the stop words' hashes: most words are not
   * stop words, and one bit test turns them away before the table.
   */
  private static final long[] STOP_BITS = stopBits();

  // Above this many chars a text's copy is not kept for the next text.
  private static final int KEPT_CHARS = 1 << 16;

  private long[] hashes = new long[64];
  private char[] chars = new char[256]; // the text being read, copied once
  private boolean[] stop = new boolean[64];
  private int count;

  /**
   * The tokens of a folded text.
   *
   * @param folded text folded with {@link org.bulletins.model.TextFolding#fold}
   * @return its tokens
   */
  public static TokenHashes of(String folded) {
    TokenHashes tokens = new TokenHashes();
    tokens.append(folded);
    return tokens;
  }

  /**
   * Appends the tokens of another folded text, as if the texts were one.
   *
   * @param folded a folded text
   * @return this
   */
  public TokenHashes append(String folded) {
    appendHashing(folded, false, Hash64.start());
    return this;
  }

  /**
   * Appends the tokens of a folded text and adds each of its chars to an FNV-1a state ({@link
   * Hash64#add}), in one copy of its chars: the text's hash comes with its tokens.
   *
   * @param text a folded text, or a plain ASCII one ({@link PlainAscii#is}) if {@code lowerAscii}
   * @param lowerAscii read the text's capitals as lower case (its fold, for a plain text)
   * @param state the FNV-1a state before the text
   * @return the state after it
   */
  long appendHashing(String text, boolean lowerAscii, long state) {
    int n = text.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    char[] c = chars;
    // The loops below read a char[]: String.charAt tests the string's coder for every char, and
    // a loop compiled for Latin-1 strings is thrown away at the first UTF-16 one.
    text.getChars(0, n, c, 0);
    long h = state;
    if (lowerAscii) {
      for (int i = 0; i < n; i++) {
        char lower = PlainAscii.lowerCase(c[i]);
        c[i] = lower;
        h = Hash64.add(h, lower);
      }
    } else {
      for (int i = 0; i < n; i++) {
        h = Hash64.add(h, c[i]);
      }
    }
    tokenize(c, n);
    if (n > KEPT_CHARS) {
      chars = new char[64]; // one huge text does not keep its buffer
    }
    return h;
  }

  /** The tokens of {@code c[0, n)}: runs of letters and numbers, as {@link TextShape#words}. */
  private void tokenize(char[] c, int n) {
    int i = TextShape.skipToWord(c, 0, n);
    while (i < n) {
      long h = Hash64.start();
      while (i < n) {
        char ch = c[i];
        if (ch < 0x80) {
          // Most chars: no codePointAt, whose surrogate checks cost more than the hashing.
          if (!TextShape.isLetterOrNumber(ch)) {
            break;
          }
          h = Hash64.add(h, ch);
          i++;
          continue;
        }
        int cp = Character.codePointAt(c, i, n);
        if (!TextShape.isLetterOrNumber(cp)) {
          break;
        }
        int width = Character.charCount(cp);
        for (int k = 0; k < width; k++) {
          h = Hash64.add(h, c[i + k]);
        }
        i += width;
      }
      add(Hash64.mix(h));
      i = TextShape.skipToWord(c, i, n);
    }
  }

  /**
   * Removes every token, keeping the buffers: a list reused for item after item allocates only when
   * an item has more tokens than any before it.
   *
   * @return this
   */
  public TokenHashes clear() {
    count = 0;
    return this;
  }

  private void add(long hash) {
    add(hash, isStopHash(hash));
  }

  private void add(long hash, boolean stopWord) {
    if (count == hashes.length) {
      hashes = Arrays.copyOf(hashes, count * 2);
      stop = Arrays.copyOf(stop, count * 2);
    }
    hashes[count] = hash;
    stop[count] = stopWord;
    count++;
  }

  private static boolean isStopHash(long hash) {
    int bit = (int) hash & 4095;
    return (STOP_BITS[bit >>> 6] & (1L << bit)) != 0 && inStopTable(hash);
  }

  private static boolean inStopTable(long hash) {
    // The slot from bits above the filter's 12, which told little about this hash's slot.
    for (int slot = (int) (hash >>> 32) & STOP_MASK; ; slot = (slot + 1) & STOP_MASK) {
      long held = STOP_TABLE[slot];
      if (held == 0) {
        return false; // an empty slot (so a hash of 0 is never found)
      }
      if (held == hash) {
        return true;
      }
    }
  }

  private static long[] stopTable() {
    long[] table = new long[Integer.highestOneBit(Math.max(4, STOP_HASHES.length * 4) - 1) << 1];
    int mask = table.length - 1;
    for (long hash : STOP_HASHES) {
      if (hash == 0) {
        throw new IllegalStateException("a stop word hashes to 0, the table's empty slot");
      }
      int slot = (int) (hash >>> 32) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = hash;
    }
    return table;
  }

  private static long[] stopBits() {
    long[] bits = new long[64];
    for (long hash : STOP_HASHES) {
      int bit = (int) hash & 4095;
      bits[bit >>> 6] |= 1L << bit;
    }
    return bits;
  }

  /**
   * The number of tokens.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * The hash of a token.
   *
   * @param i its position
   * @return its hash
   */
  public long hash(int i) {
    return hashes[i];
  }

  /**
   * Tells whether a token is a stop word.
   *
   * @param i its position
   * @return true for a stop word
   */
  public boolean isStopWord(int i) {
    return stop[i];
  }

  /**
   * The hashes of the content words (not stop words), or of all words if every word is a stop word
   * and {@code orAll} is set.
   *
   * @param orAll fall back to all words when there is no content word
   * @return the hashes, in order, repeats kept
   */
  public long[] contentHashes(boolean orAll) {
    return contentHashes(0, count, orAll);
  }

  /**
   * {@link #contentHashes(boolean)} of the tokens {@code [from, to)} only.
   *
   * @param from the first token
   * @param to the end (exclusive)
   * @param orAll fall back to all words of the range when there is no content word in it
   * @return the hashes, in order, repeats kept
   */
  public long[] contentHashes(int from, int to, boolean orAll) {
    long[] out = new long[to - from];
    int n = contentHashes(from, to, orAll, out);
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * {@link #contentHashes(int, int, boolean)} written into {@code out} from its start, for a caller
   * that reuses its arrays.
   *
   * @param from the first token
   * @param to the end (exclusive)
   * @param orAll fall back to all words of the range when there is no content word in it
   * @param out where the hashes go, at least {@code to - from} long
   * @return the number of hashes written
   */
  public int contentHashes(int from, int to, boolean orAll, long[] out) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!stop[i]) {
        out[n++] = hashes[i];
      }
    }
    if (n == 0 && orAll) {
      System.arraycopy(hashes, from, out, 0, to - from);
      return to - from;
    }
    return n;
  }

  /**
   * The shingle hashes: every run of {@code size} consecutive tokens, each hash combined from its
   * tokens' hashes in order. A text shorter than {@code size} tokens gives one shingle of all its
   * tokens; no token, no shingle.
   *
   * @param size tokens per shingle, at least 1
   * @return the hashes, repeats kept
   */
  public long[] shingleHashes(int size) {
    return shingleHashes(0, count, size);
  }

  /**
   * {@link #shingleHashes(int)} of the tokens {@code [from, to)} only, as if they were the whole
   * text.
   *
   * @param from the first token
   * @param to the end (exclusive)
   * @param size tokens per shingle, at least 1
   * @return the hashes, repeats kept
   */
  public long[] shingleHashes(int from, int to, int size) {
    int tokens = to - from;
    long[] out = new long[tokens == 0 ? 0 : tokens - Math.min(size, tokens) + 1];
    shingleHashes(from, to, size, out);
    return out;
  }

  /**
   * {@link #shingleHashes(int, int, int)} written into {@code out} from its start, for a caller
   * that reuses its arrays.
   *
   * @param from the first token
   * @param to the end (exclusive)
   * @param size tokens per shingle, at least 1
   * @param out where the hashes go, at least {@code to - from} long
   * @return the number of hashes written
   */
  public int shingleHashes(int from, int to, int size, long[] out) {
    int tokens = to - from;
    if (tokens == 0) {
      return 0;
    }
    int width = Math.min(size, tokens);
    int shingles = tokens - width + 1;
    for (int start = 0; start < shingles; start++) {
      long h = width;
      for (int k = 0; k < width; k++) {
        h = Hash64.combine(h, hashes[from + start + k]);
      }
      out[start] = h;
    }
    return shingles;
  }
}
