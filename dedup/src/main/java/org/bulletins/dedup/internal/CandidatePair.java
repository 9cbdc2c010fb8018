package org.bulletins.dedup.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;

/**
 * Two items (or units) by their indexes, the smaller first.
 *
 * @param left the smaller index
 * @param right the larger index
 */
public record CandidatePair(int left, int right) implements Comparable<CandidatePair> {

  private static final Comparator<CandidatePair> ORDER =
      Comparator.comparingInt(CandidatePair::left).thenComparingInt(CandidatePair::right);

  /**
   * Validates the pair.
   *
   * @param left the smaller index
   * @param right the larger index
   */
  public CandidatePair {
    checkArgument(left >= 0, "left must be >= 0, was %s", left);
    checkArgument(right > left, "right (%s) must be > left (%s)", right, left);
  }

  /**
   * The pair of two distinct indexes in either order.
   *
   * @param a one index
   * @param b another index
   * @return the pair with the smaller index on the left
   */
  public static CandidatePair of(int a, int b) {
    return new CandidatePair(Math.min(a, b), Math.max(a, b));
  }

  /**
   * The pair of a packed {@code left << 32 | right}.
   *
   * @param packed a packed pair
   * @return the pair
   */
  public static CandidatePair unpack(long packed) {
    return new CandidatePair((int) (packed >>> 32), (int) packed);
  }

  /**
   * A well-mixed hash. The record's default ({@code 31 * left + right}) collides for pairs such as
   * (0, 31) and (1, 0), and a map of millions of candidate pairs degrades into tree bins.
   */
  @Override
  public int hashCode() {
    long h = ((long) left << 32 | (right & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CandidatePair p && p.left == left && p.right == right;
  }

  @Override
  public int compareTo(CandidatePair other) {
    return ORDER.compare(this, other);
  }
}
