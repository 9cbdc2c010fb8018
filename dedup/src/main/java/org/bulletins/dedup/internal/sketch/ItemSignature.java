package org.bulletins.dedup.internal.sketch;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HexFormat;
import org.bulletins.model.ContentId;

/**
 * All that the pipeline keeps of one item between stages, computed in one pass by {@link
 * ItemSigner}: the content key, the date, a hash of the folded text, and the verification sketch
 * (the title's content words, the body's shingles and the content words of title and body, each a
 * sorted set of 32-bit hashes), with the body's word count and three flags. Immutable in use (the
 * arrays are not copied; nobody changes them), {@link Serializable} and made of primitives, so a
 * distributed engine can ship it.
 *
 * <p>Sets are compared by merging two sorted arrays. {@link #intersection} counts hash values that
 * both sets hold, which is the number of shared words or shingles barring a 32-bit collision (two
 * words of one pair of items with equal hashes: about one pair in 400,000 for sets of 100); a
 * collision can only raise the count.
 */
public final class ItemSignature implements Serializable {
  private static final HexFormat HEX = HexFormat.of();

  private static final long serialVersionUID = 1L;

  /** The epoch day of an undated item. */
  public static final long UNDATED = Long.MIN_VALUE;

  private static final int TEASER = 1;
  private static final int ALL_CAPS_TITLE = 2;
  private static final int AFFIXED_TITLE = 4;

  private final long contentKey;
  private final long epochDay;
  private final long textHash;
  private final int[] titleWords;
  private final int[] bodyShingles;
  private final int[] contentWords;
  private final int bodyWordCount;
  private final int flags;

  ItemSignature(
      long contentKey,
      long epochDay,
      long textHash,
      int[] titleWords,
      int[] bodyShingles,
      int[] contentWords,
      int bodyWordCount,
      boolean teaser,
      boolean allCapsTitle,
      boolean affixedTitle) {
    this.contentKey = contentKey;
    this.epochDay = epochDay;
    this.textHash = textHash;
    this.titleWords = titleWords;
    this.bodyShingles = bodyShingles;
    this.contentWords = contentWords;
    this.bodyWordCount = bodyWordCount;
    this.flags =
        (teaser ? TEASER : 0)
            | (allCapsTitle ? ALL_CAPS_TITLE : 0)
            | (affixedTitle ? AFFIXED_TITLE : 0);
  }

  /**
   * The item's content id as a number: equal for items of equal content id.
   *
   * @return the 64 bits of the content id
   */
  public long contentKey() {
    return contentKey;
  }

  /**
   * The item's content id, {@code item.computeId()}, from its 64 bits: no second fold and hash.
   *
   * @return the id
   */
  public ContentId contentId() {
    return contentIdOf(contentKey);
  }

  /**
   * The content id whose 64 bits are a content key: its 16 hex digits, lower case as ids are
   * written.
   *
   * @param contentKey a content key
   * @return the id
   */
  public static ContentId contentIdOf(long contentKey) {
    return new ContentId(HEX.toHexDigits(contentKey));
  }

  /**
   * The epoch day of the item's date, or {@link #UNDATED}.
   *
   * @return the day
   */
  public long epochDay() {
    return epochDay;
  }

  /**
   * Whether two epoch days may belong to one story: an undated item may go with any, two dated
   * items only within the window. The verifier's date rule decides the same way, so a pair this
   * refuses is never worth making.
   *
   * @param dayA one epoch day, or {@link #UNDATED}
   * @param dayB another, or {@link #UNDATED}
   * @param windowDays the most days between two items of one story
   * @return whether the days are within the window of each other
   */
  public static boolean withinWindow(long dayA, long dayB, int windowDays) {
    return dayA == UNDATED || dayB == UNDATED || Math.abs(dayA - dayB) <= windowDays;
  }

  /**
   * A hash of the folded title (without site affixes) and body (without a teaser ending).
   *
   * @return the hash
   */
  public long textHash() {
    return textHash;
  }

  /**
   * The title's content words, hashed, sorted, distinct.
   *
   * @return the array itself, not to be changed
   */
  public int[] titleWords() {
    return titleWords;
  }

  /**
   * The body's word shingles, hashed, sorted, distinct.
   *
   * @return the array itself, not to be changed
   */
  public int[] bodyShingles() {
    return bodyShingles;
  }

  /**
   * The content words of title and body, hashed, sorted, distinct.
   *
   * @return the array itself, not to be changed
   */
  public int[] contentWords() {
    return contentWords;
  }

  /**
   * The number of words of the body without its teaser ending.
   *
   * @return the count
   */
  public int bodyWordCount() {
    return bodyWordCount;
  }

  /**
   * Tells whether the body ends like a teaser.
   *
   * @return true for a teaser
   */
  public boolean teaser() {
    return (flags & TEASER) != 0;
  }

  /**
   * Tells whether the title is written in capitals.
   *
   * @return true if so
   */
  public boolean allCapsTitle() {
    return (flags & ALL_CAPS_TITLE) != 0;
  }

  /**
   * Tells whether the title carries a site prefix or suffix.
   *
   * @return true if so
   */
  public boolean affixedTitle() {
    return (flags & AFFIXED_TITLE) != 0;
  }

  /**
   * The number of values two sorted, distinct hash sets share.
   *
   * @param a one set
   * @param b another
   * @return the size of the intersection
   */
  public static int intersection(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    // Without branches on the values: whether the next value of a or of b is smaller is a coin toss
    // for hash sets, and the three-way branch was mispredicted about every other step (each step
    // moves the side or sides whose value is not larger, as the branches did).
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      common += x == y ? 1 : 0;
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    return common;
  }

  /**
   * How many values of a few are in a sorted set, each found by binary search: for a title's words
   * in an item's content words, where merging would read the whole long set.
   *
   * @param few distinct values
   * @param sorted a sorted set
   * @return how many of {@code few} are in {@code sorted}
   */
  public static int countIn(int[] few, int[] sorted) {
    int count = 0;
    for (int value : few) {
      if (Arrays.binarySearch(sorted, value) >= 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * Tells whether two sorted, distinct hash sets share at least {@code need} values, merging only
   * until the answer is certain: it stops once {@code need} are found, or once the values left in
   * the shorter remainder could not make up the difference. The same answer as {@code
   * intersection(a, b) >= need}, usually after reading a part of the sets.
   *
   * @param a one set
   * @param b another
   * @param need the count asked for
   * @return true if the intersection holds at least {@code need} values
   */
  public static boolean intersectionReaches(int[] a, int[] b, int need) {
    if (need <= 0) {
      return true;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    // Each set may hold at most (its size - need) values without a match, or the count falls
    // short; a value passed over without a match (the other set's next value is larger) uses one.
    int slackA = a.length - need;
    int slackB = b.length - need;
    if (slackA < 0 || slackB < 0) {
      return false;
    }
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        if (++common >= need) {
          return true;
        }
        i++;
        j++;
      } else if (x < y) {
        if (--slackA < 0) {
          return false;
        }
        i++;
      } else {
        if (--slackB < 0) {
          return false;
        }
        j++;
      }
    }
    return false;
  }

  /**
   * The distinct 32-bit forms of some 64-bit hashes, sorted.
   *
   * @param hashes 64-bit hashes, repeats allowed
   * @return their high 32 bits, sorted, distinct
   */
  static int[] sortedSet(long[] hashes) {
    return sortedSet(hashes, 0, hashes.length);
  }

  /** {@link #sortedSet(long[])} of {@code hashes[from, to)}. */
  static int[] sortedSet(long[] hashes, int from, int to) {
    return SortedHashSet.of(hashes, from, to);
  }
}
