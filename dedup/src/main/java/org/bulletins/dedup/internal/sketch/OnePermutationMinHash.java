package org.bulletins.dedup.internal.sketch;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * MinHash signatures by one permutation with optimal densification (Shrivastava, "Optimal
 * Densification for Fast and Accurate Minwise Hashing", ICML 2017). Immutable and thread-safe.
 *
 * <p>Classic MinHash hashes every element {@code k} times; here every element is hashed once: the
 * hash, permuted by the seed, chooses one of {@code k} bins by its high bits and competes for the
 * bin's minimum with its whole value. A bin that no element reached borrows the value of a
 * non-empty bin chosen by a seeded hash of (bin, attempt), trying again until it finds one; that
 * choice is independent per bin, which is what makes the densification "optimal": two sets agree on
 * a borrowed position with probability equal to their Jaccard similarity, as on a filled one. So
 * {@link #estimateJaccard} stays unbiased for sets of any size, with the variance of {@code k}
 * independent hashes ({@code OnePermutationMinHashTest} measures it against exact Jaccard).
 *
 * <p>Cost: one mix per element and one per empty bin, where classic MinHash pays {@code k}
 * multiply-adds per element.
 */
public final class OnePermutationMinHash {

  /** The signature of the empty set: every value {@code -1}, never banded. */
  public static final long EMPTY = -1L;

  /**
   * Densification's first choices are looked up, not hashed: they depend only on (seed, bin,
   * attempt), and most empty bins find a filled one within a few attempts.
   */
  private static final int TABLE_ATTEMPTS = 16;

  private final int size;
  private final long seed;

  /** The bin tried at attempt {@code a} for bin {@code b}: {@code [b * TABLE_ATTEMPTS + a]}. */
  private final int[] borrowFrom;

  /** Per bin, the hash state after the tabled attempts, to go on from when they all miss. */
  private final long[] stateAfterTable;

  /**
   * A signer.
   *
   * @param size values per signature, 1 to 8192
   * @param seed the hash seed
   */
  public OnePermutationMinHash(int size, long seed) {
    checkArgument(size >= 1 && size <= 8192, "size must be in [1, 8192], was %s", size);
    this.size = size;
    this.seed = Hash64.mix(seed ^ 0x6F6E652D7065726DL);
    this.borrowFrom = new int[size * TABLE_ATTEMPTS];
    this.stateAfterTable = new long[size];
    for (int bin = 0; bin < size; bin++) {
      long h = Hash64.combine(this.seed, bin);
      for (int attempt = 0; attempt < TABLE_ATTEMPTS; attempt++) {
        h = Hash64.combine(h, attempt);
        borrowFrom[bin * TABLE_ATTEMPTS + attempt] = binOf(h);
      }
      stateAfterTable[bin] = h;
    }
  }

  /** The bin a hash chooses, by its high 32 bits. */
  private int binOf(long h) {
    return (int) (((h >>> 32) * size) >>> 32);
  }

  /**
   * The number of values per signature.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * The signature of a set given by element hashes (repeats allowed, they change nothing).
   *
   * @param hashes the elements' 64-bit hashes
   * @param count how many of {@code hashes} to read from the start
   * @return {@link #size()} values; all {@link #EMPTY} for an empty set
   */
  public long[] signature(long[] hashes, int count) {
    return signature(hashes, count, new long[size]);
  }

  /**
   * {@link #signature(long[], int)} written into {@code min}, for a caller that reuses its arrays.
   *
   * @param hashes the elements' 64-bit hashes
   * @param count how many of {@code hashes} to read from the start
   * @param min where the signature goes, {@link #size()} long
   * @return {@code min}
   */
  public long[] signature(long[] hashes, int count, long[] min) {
    checkArgument(min.length == size, "signature array of %s values, not %s", min.length, size);
    if (count == 0) {
      Arrays.fill(min, EMPTY);
      return min;
    }
    // Values are compared with the sign bit flipped, so that Long.MAX_VALUE marks an empty bin and
    // the signed minimum is the unsigned one.
    Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i < count; i++) {
      long x = Hash64.mix(hashes[i] ^ seed);
      int bin = binOf(x);
      long v = Hash64.mix(x + 0x632BE59BD9B4E019L) >>> 1; // never Long.MAX_VALUE in practice
      if (v < min[bin]) {
        min[bin] = v;
      }
    }
    densify(min);
    return min;
  }

  /** Fills every empty bin from a non-empty one chosen by a hash of (bin, attempt). */
  private void densify(long[] min) {
    if (size <= 2 * Long.SIZE) {
      densifySmall(min);
      return;
    }
    for (int bin = 0; bin < size; bin++) {
      if (min[bin] != Long.MAX_VALUE) {
        continue;
      }
      // Borrowed values are read from the original bins only: a bin filled earlier in this loop
      // is skipped, so the order of filling does not matter.
      int from = -1;
      for (int attempt = 0; attempt < TABLE_ATTEMPTS && from < 0; attempt++) {
        int candidate = borrowFrom[bin * TABLE_ATTEMPTS + attempt];
        if (isOriginal(min, candidate)) {
          from = candidate;
        }
      }
      long h = stateAfterTable[bin];
      for (int attempt = TABLE_ATTEMPTS; from < 0; attempt++) {
        h = Hash64.combine(h, attempt);
        int candidate = binOf(h);
        if (isOriginal(min, candidate)) {
          from = candidate;
        }
      }
      min[bin] = min[from] | BORROWED;
    }
    for (int bin = 0; bin < size; bin++) {
      min[bin] &= ~BORROWED;
    }
  }

  /**
   * {@link #densify} for at most 128 bins (the defaults: 100 and 16), with the original bins kept
   * as bits in two longs instead of a mark in each borrowed value: a choice is tested by one shift
   * of a register, and no pass clears the marks afterwards. Only the empty bins are visited, by the
   * set bits of the bits' complement (about half the text bins are empty for a typical item, and a
   * test of every bin was a branch that went either way at random). An empty bin reads only
   * original bins and is written once, so the order of filling changes nothing: the same values.
   */
  private void densifySmall(long[] min) {
    int lowBins = Math.min(size, Long.SIZE);
    long low = 0; // bit b: bin b (< 64) is original
    long high = 0; // bit b - 64: bin b (>= 64) is original
    for (int bin = 0; bin < lowBins; bin++) {
      low |= (min[bin] != Long.MAX_VALUE ? 1L : 0L) << bin;
    }
    for (int bin = Long.SIZE; bin < size; bin++) {
      high |= (min[bin] != Long.MAX_VALUE ? 1L : 0L) << bin; // the shift is taken mod 64
    }
    // The empty bins: the complement's bits below each half's number of bins.
    long emptyLow = ~low & (lowBins == Long.SIZE ? -1L : (1L << lowBins) - 1);
    long emptyHigh = size > Long.SIZE ? ~high & (-1L >>> (2 * Long.SIZE - size)) : 0L;
    for (; emptyLow != 0; emptyLow &= emptyLow - 1) {
      int bin = Long.numberOfTrailingZeros(emptyLow);
      min[bin] = min[borrowedBin(low, high, bin)]; // an original bin: never written here
    }
    for (; emptyHigh != 0; emptyHigh &= emptyHigh - 1) {
      int bin = Long.SIZE + Long.numberOfTrailingZeros(emptyHigh);
      min[bin] = min[borrowedBin(low, high, bin)];
    }
  }

  /**
   * The original bin an empty bin borrows from: the first original one among its tabled attempts,
   * else among the hashed ones after them. At least one bin is original (the set is not empty).
   */
  private int borrowedBin(long low, long high, int bin) {
    int table = bin * TABLE_ATTEMPTS;
    for (int attempt = 0; attempt < TABLE_ATTEMPTS; attempt++) {
      int candidate = borrowFrom[table + attempt];
      if (isOriginal(low, high, candidate)) {
        return candidate;
      }
    }
    long h = stateAfterTable[bin];
    for (int attempt = TABLE_ATTEMPTS; ; attempt++) {
      h = Hash64.combine(h, attempt);
      int candidate = binOf(h);
      if (isOriginal(low, high, candidate)) {
        return candidate;
      }
    }
  }

  /** Whether bin {@code bin} (< 128) is original, by its bit in {@code low} or {@code high}. */
  private static boolean isOriginal(long low, long high, int bin) {
    return (((bin < Long.SIZE ? low : high) >>> bin) & 1L) != 0;
  }

  /** Marks a bin filled by densification, in the top bit that original values never use. */
  private static final long BORROWED = Long.MIN_VALUE;

  /** A bin that an element reached (not empty, not filled by densification). */
  private static boolean isOriginal(long[] min, int bin) {
    return min[bin] != Long.MAX_VALUE && (min[bin] & BORROWED) == 0;
  }

  /**
   * The share of positions where two signatures agree: an estimate of the Jaccard similarity.
   *
   * @param a one signature
   * @param b another of the same size
   * @return 0 to 1
   */
  public static double estimateJaccard(long[] a, long[] b) {
    checkArgument(a.length == b.length, "signatures differ in size");
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
