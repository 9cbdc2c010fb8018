package org.bulletins.store.internal;

import java.util.Arrays;

/**
 * The story of each stored item, by row id: an open-addressing table of primitive row ids beside
 * their stories' seqs (schema 6 names an item's story by its seq). A {@code Map<Long, String>} of a
 * million stored items cost a boxed key and an entry object per item, and its puts were a tenth of
 * opening a store (s11-18a's profile). Not thread-safe.
 */
final class RowStories {

  private static final long FREE = Long.MIN_VALUE; // row ids are positive

  private long[] rows = new long[1 << 10];
  private long[] stories = new long[1 << 10];
  private int size;

  RowStories() {
    Arrays.fill(rows, FREE);
  }

  /**
   * A row's story.
   *
   * @param row the row id
   * @return its story's seq, or -1 if the row has none here
   */
  long get(long row) {
    int mask = rows.length - 1;
    for (int slot = slot(row, mask); ; slot = (slot + 1) & mask) {
      long held = rows[slot];
      if (held == row) {
        return stories[slot];
      }
      if (held == FREE) {
        return -1;
      }
    }
  }

  /**
   * Sets a row's story.
   *
   * @param row the row id, positive
   * @param story its story's seq, or -1 for none
   */
  void put(long row, long story) {
    if (row == FREE) {
      throw new IllegalArgumentException("not a row id: " + row);
    }
    if (2 * (size + 1) > rows.length) {
      grow();
    }
    int mask = rows.length - 1;
    int slot = slot(row, mask);
    while (rows[slot] != FREE && rows[slot] != row) {
      slot = (slot + 1) & mask;
    }
    if (rows[slot] == FREE) {
      rows[slot] = row;
      size++;
    }
    stories[slot] = story;
  }

  /**
   * Makes room for this many rows in all at once (opening a store knows how many it will read), so
   * that the table is not copied as it doubles.
   *
   * @param count the rows expected
   */
  void reserve(long count) {
    long length = rows.length;
    while (2 * count > length && length < 1 << 30) {
      length *= 2;
    }
    if (length > rows.length) {
      grow((int) length);
    }
  }

  private void grow() {
    grow(rows.length * 2);
  }

  private void grow(int length) {
    long[] oldRows = rows;
    long[] oldStories = stories;
    rows = new long[length];
    stories = new long[length];
    Arrays.fill(rows, FREE);
    int mask = rows.length - 1;
    for (int i = 0; i < oldRows.length; i++) {
      if (oldRows[i] != FREE) {
        int slot = slot(oldRows[i], mask);
        while (rows[slot] != FREE) {
          slot = (slot + 1) & mask;
        }
        rows[slot] = oldRows[i];
        stories[slot] = oldStories[i];
      }
    }
  }

  private static int slot(long row, int mask) {
    long h = row * 0x9E3779B97F4A7C15L; // row ids are dense: spread them
    return (int) (h >>> 32) & mask;
  }
}
