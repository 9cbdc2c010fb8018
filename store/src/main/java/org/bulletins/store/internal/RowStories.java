package org.bulletins.store.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The story of each stored item, by row id: an array indexed by the row id holding its story's seq
 * (schema 6 names an item's story by its seq). The store gives its items the row ids 1, 2, 3, ...
 * (a replaced file leaves gaps), so the array is about as long as the items are many, and opening a
 * store, which reads the rows in id order, writes it from start to end: an open-addressing table of
 * row ids had a cache miss per item (a tenth of the walk's samples at 300k). A row id beyond {@link
 * #DENSE_ROWS} (none that this store writes) goes to a map. Not thread-safe.
 */
final class RowStories {

  /** Row ids below this are held in the array; larger ones in a map. */
  static final long DENSE_ROWS = 1L << 28;

  // The seq + 1 of each row's story, by row id; 0: none.
  private long[] dense = new long[1 << 10];
  private final Map<Long, Long> sparse = new HashMap<>();

  /**
   * A row's story.
   *
   * @param row the row id
   * @return its story's seq, or -1 if the row has none here
   */
  long get(long row) {
    if (row >= 0 && row < DENSE_ROWS) {
      return row < dense.length ? dense[(int) row] - 1 : -1;
    }
    return sparse.getOrDefault(row, -1L);
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
    if (row >= 0 && row < DENSE_ROWS) {
      if (row >= dense.length) {
        dense =
            Arrays.copyOf(dense, (int) Math.min(DENSE_ROWS, Math.max(row + 1, 2L * dense.length)));
      }
      dense[(int) row] = story + 1;
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
   */
  void reserve(long rows) {
    long length = Math.min(DENSE_ROWS, rows + 1);
    if (length > dense.length) {
      dense = Arrays.copyOf(dense, (int) length);
    }
  }
}
