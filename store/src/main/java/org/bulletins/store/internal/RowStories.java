package org.bulletins.store.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The story of each stored item, by row id: an array indexed by the row id holding its story's seq
 * (schema 6 names an item's story by its seq). The store gives its items the row ids 1, 2, 3, ...
 * (a replaced file leaves gaps), so the array is about as long as the items are many, and opening a
 * store, which reads the rows in id order, writes it from start to end: an open-addressing table of
 * row ids had a cache miss per item (a tenth of the walk's samples at 300k). Past {@link
 * #ALWAYS_DENSE} row ids the array grows only while it stays within four times the rows it holds,
 * so a store with a few very large row ids (a file replaced many times, or a store not written by
 * this code) puts those in a map instead of allocating an array up to them. Not thread-safe.
 */
final class RowStories {

  /** The array's length never passes this (2^28 longs, 2 GiB); larger row ids go to the map. */
  static final long DENSE_ROWS = 1L << 28;

  /** Row ids below this (32 MiB of array) may always be held in the array. */
  static final long ALWAYS_DENSE = 1L << 22;

  // The seq + 1 of each row's story, by row id; 0: none here (look in sparse).
  private long[] dense = new long[16];
  private final Map<Long, Long> sparse = new HashMap<>();
  private final long alwaysDense;
  private long held;

  RowStories() {
    this(ALWAYS_DENSE);
  }

  /** With another bound than {@link #ALWAYS_DENSE} (tests, to reach the map with small ids). */
  RowStories(long alwaysDense) {
    this.alwaysDense = alwaysDense;
  }

  /**
   * A row's story.
   *
   * @param row the row id
   * @return its story's seq, or -1 if the row has none here
   */
  long get(long row) {
    if (row >= 0 && row < dense.length && dense[(int) row] != 0) {
      return dense[(int) row] - 1;
    }
    return sparse.isEmpty() ? -1 : sparse.getOrDefault(row, -1L);
  }

  /**
   * Sets a row's story.
   *
   * @param row the row id
   * @param story its story's seq (non-negative), or -1 for none
   */
  void put(long row, long story) {
    if (story < -1) {
      throw new IllegalArgumentException("not a story seq: " + story);
    }
    if (row >= 0 && row >= dense.length && story >= 0 && fitsDense(row, held)) {
      dense =
          Arrays.copyOf(dense, (int) Math.min(DENSE_ROWS, Math.max(row + 1, 2L * dense.length)));
    }
    if (row >= 0 && row < dense.length) {
      if (dense[(int) row] == 0 && story >= 0) {
        held++;
      } else if (dense[(int) row] != 0 && story < 0) {
        held--;
      }
      dense[(int) row] = story + 1;
      if (!sparse.isEmpty()) {
        sparse.remove(row);
      }
    } else if (story < 0) {
      sparse.remove(row);
    } else {
      sparse.put(row, story);
    }
  }

  /**
   * Makes room for the rows up to this id at once (opening a store knows about how many it will
   * read), so that the array is not copied as it doubles.
   *
   * @param rows the largest row id expected
   * @param count how many rows are expected: no room is made for ids far beyond it
   */
  void reserve(long rows, long count) {
    long length = Math.min(DENSE_ROWS, rows + 1);
    if (length > dense.length && fitsDense(length - 1, Math.max(count, held))) {
      dense = Arrays.copyOf(dense, (int) length);
    }
  }

  private boolean fitsDense(long row, long rows) {
    return row < DENSE_ROWS && (row < alwaysDense || row <= 4 * rows);
  }

  /** The array's length (tests: that huge ids allocate none). */
  int arrayLength() {
    return dense.length;
  }
}
