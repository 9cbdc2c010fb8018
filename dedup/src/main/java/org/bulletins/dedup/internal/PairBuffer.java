package org.bulletins.dedup.internal;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Candidate pairs collected as packed longs ({@code left << 32 | right}), sorted and made distinct
 * once at the end. A new unit meets the same older unit in many of its blocks (one per shared key),
 * so most pairs arrive many times: a sorted set of {@link CandidatePair} objects paid a tree
 * insertion for each arrival, this pays one array write. When the array is full it is compacted
 * (sorted, duplicates dropped) and grows only if compaction freed less than half, so memory stays
 * proportional to the distinct pairs.
 */
final class PairBuffer {

  private long[] values = new long[1024];
  private int size;
  private boolean compact = true;

  /** Adds the pair of two distinct indexes, in either order. */
  void add(int a, int b) {
    if (size == values.length) {
      compact();
      if (size > values.length / 2) {
        values = Arrays.copyOf(values, values.length * 2);
      }
    }
    values[size++] = (long) Math.min(a, b) << 32 | Math.max(a, b);
    compact = false;
  }

  /** Adds the pairs of another buffer (as they are: compacted or not). */
  void addAll(PairBuffer other) {
    if (size + other.size > values.length) {
      compact();
      if (size + other.size > values.length) {
        values = Arrays.copyOf(values, Math.max(size + other.size, values.length * 2));
      }
    }
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
    compact = compact && other.size == 0;
  }

  /** Adds a pair. */
  void add(CandidatePair pair) {
    add(pair.left(), pair.right());
  }

  /**
   * Sorts the pairs and drops duplicates, then keeps only those {@code keep} accepts, in place: no
   * copy of what may be tens of millions of pairs (a whole store rebuilt in one batch).
   *
   * @param keep which packed pairs to keep
   * @return how many pairs are kept, at the start of {@link #packed()}
   */
  int retainSortedDistinct(LongPredicate keep) {
    compact();
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (keep.test(values[i])) {
        values[kept++] = values[i];
      }
    }
    size = kept;
    return kept;
  }

  /**
   * The buffer's array: its first {@link #retainSortedDistinct} values are the pairs.
   *
   * @return the array itself, not to be changed
   */
  long[] packed() {
    return values;
  }

  private void compact() {
    if (compact) {
      return;
    }
    // Both cores: a file's buffer holds millions of pairs, and the batch engine sorts its chunks
    // so.
    Arrays.parallelSort(values, 0, size);
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (distinct == 0 || values[distinct - 1] != values[i]) {
        values[distinct++] = values[i];
      }
    }
    size = distinct;
    compact = true;
  }
}
