package org.bulletins.dedup.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * A compact stand-in for {@link ItemFeatures} while a batch is deduplicated: the word and shingle
 * sets as sorted 64-bit hashes, the set sizes, the date and a hash of the folded text. About a
 * tenth of the memory of the features, and sets are compared by merging two sorted arrays instead
 * of probing hash sets of strings.
 *
 * <p>It gives <em>upper bounds</em>: {@link #intersection} counts, for every hash value, the
 * smaller of its two multiplicities, which is at least the number of strings the two sets share
 * (a shared string has the same hash on both sides; a collision can only add). The sizes are the
 * sets' own. So a verdict reached from a sketch with the most favourable term comparison can only
 * be more positive than the exact one, which is what {@code PairVerifier.mayBeSame} relies on.
 */
public final class ItemSketch {

  /** The epoch day of an undated item. */
  public static final long UNDATED = Long.MIN_VALUE;

  private final long epochDay;
  private final long textHash;
  private final long[] titleWords;
  private final long[] bodyShingles;
  private final long[] contentWords;
  private final int bodyWordCount;

  private ItemSketch(
      long epochDay, long textHash, long[] titleWords, long[] bodyShingles, long[] contentWords, int bodyWordCount) {
    this.epochDay = epochDay;
    this.textHash = textHash;
    this.titleWords = titleWords;
    this.bodyShingles = bodyShingles;
    this.contentWords = contentWords;
    this.bodyWordCount = bodyWordCount;
  }

  /**
   * The sketch of an item's features.
   *
   * @param f the features
   * @return its sketch
   */
  public static ItemSketch of(ItemFeatures f) {
    return new ItemSketch(
        f.item().date().map(LocalDate::toEpochDay).orElse(UNDATED),
        hash(f.foldedTitle()) * 31 + hash(f.foldedBody()),
        sortedHashes(f.titleWords()),
        sortedHashes(f.bodyShingles()),
        sortedHashes(f.contentWords()),
        f.bodyWordCount());
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
   * A hash of the folded title and body: equal texts have equal hashes.
   *
   * @return the hash
   */
  public long textHash() {
    return textHash;
  }

  /**
   * The hashes of the title's content words, sorted.
   *
   * @return the array itself, not to be changed
   */
  public long[] titleWords() {
    return titleWords;
  }

  /**
   * The hashes of the body's shingles, sorted.
   *
   * @return the array itself, not to be changed
   */
  public long[] bodyShingles() {
    return bodyShingles;
  }

  /**
   * The hashes of the content words of title and body, sorted.
   *
   * @return the array itself, not to be changed
   */
  public long[] contentWords() {
    return contentWords;
  }

  /**
   * The number of words of the body.
   *
   * @return the count
   */
  public int bodyWordCount() {
    return bodyWordCount;
  }

  /**
   * An upper bound of the number of strings two sets share, see the class comment.
   *
   * @param a sorted hashes of one set
   * @param b sorted hashes of another
   * @return the number of matched hash values, counted with multiplicity
   */
  public static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  private static long[] sortedHashes(Collection<String> strings) {
    long[] out = new long[strings.size()];
    int n = 0;
    for (String s : strings) {
      out[n++] = hash(s);
    }
    Arrays.sort(out);
    return out;
  }

  /**
   * A 64-bit hash of a string's chars: FNV-1a over the chars, then MurmurHash3's finaliser so that
   * all bits mix. Written out because it runs for every word and shingle of every item, and
   * Guava's hash functions go through a {@code Hasher} object per call.
   *
   * @param s a string
   * @return its hash
   */
  public static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb34e3aa20a0dL;
    h ^= h >>> 33;
    return h;
  }
}
