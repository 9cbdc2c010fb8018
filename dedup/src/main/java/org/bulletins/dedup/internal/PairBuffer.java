package org.bulletins.dedup.internal;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Candidate pairs collected as packed longs ({@code left << 32 | right}), sorted and made distinct
 * once at the end. A new unit meets the same older unit in many of its blocks (one per shared key),
 * so most pairs arrive many times: a sorted set of {@link CandidatePair} objects paid a tree
 * insertion for each arrival, this pays one array write. Up to {@value #COMPACT_FROM} values the
 * array only grows (doubling: a copy of what it holds); a fuller array is compacted when full
 * (sorted, duplicates dropped) and grows only if compaction freed less than half, so memory stays
 * proportional to the distinct pairs. Compacting a small array at every doubling sorted what one
 * sort at the end sorts anyway, and a file's add into a grown index spent most of its pairing in
 * those sorts.
 */
final class PairBuffer {

  /**
   * The array's size from which a full array is compacted rather than grown: 8 MB, enough for what
   * a part of a file's arrivals usually pairs, small against what the whole store rebuilt in one
   * batch pairs.
   */
  static final int COMPACT_FROM = 1 << 20;

  private final int compactFrom;
  private long[] values;
  private int size;
  private boolean compact = true;

  /** An empty buffer of a small array. */
  PairBuffer() {
    this(1024);
  }

  /**
   * An empty buffer with room for {@code capacity} values before its array grows.
   *
   * @param capacity at least 1
   */
  PairBuffer(int capacity) {
    this(capacity, COMPACT_FROM);
  }

  /**
   * An empty buffer that compacts from an array of {@code compactFrom} values: tests compact small
   * arrays.
   *
   * @param capacity at least 1
   * @param compactFrom at least 1
   */
  PairBuffer(int capacity, int compactFrom) {
    values = new long[Math.max(1, capacity)];
    this.compactFrom = Math.max(1, compactFrom);
  }

  /** Adds the pair of two distinct indexes, in either order. */
  void add(int a, int b) {
    if (size == values.length) {
      makeRoom();
    }
    values[size++] = (long) Math.min(a, b) << 32 | Math.max(a, b);
    compact = false;
  }

  private void makeRoom() {
    if (values.length >= compactFrom) {
      compact();
      if (size <= values.length / 2) {
        return;
      }
    }
    values = Arrays.copyOf(values, values.length * 2);
  }

  /** Adds the pairs of another buffer (as they are: compacted or not). */
  void addAll(PairBuffer other) {
    if (size + other.size > values.length) {
      if (values.length >= compactFrom) {
        compact();
      }
      if (size + other.size > values.length) {
        values = Arrays.copyOf(values, Math.max(size + other.size, values.length * 2));
      }
    }
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
    compact = compact && other.size == 0;
  }

  /**
   * How many values the buffer holds (pairs, repeated or not, until {@link #retainSortedDistinct}).
   *
   * @return the count
   */
  int size() {
    return size;
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
   * Gives back the array's room if less than half of it is used: a part's buffer held until the
   * others are done (a file's arrivals pair many repeats, dropped by {@link #retainSortedDistinct})
   * then keeps about its distinct pairs, not the power of two its repeats grew it to.
   */
  void trim() {
    if (size < values.length / 2) {
      values = Arrays.copyOf(values, Math.max(1, size));
    }
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
