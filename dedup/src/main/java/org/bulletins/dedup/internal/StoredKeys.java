package org.bulletins.dedup.internal;

import java.util.Arrays;

/**
 * The blocking keys of a restored index's units, unit after unit, as the restore walk met them:
 * what the index puts in its blocks only for the keys an add needs ({@link #forEachOf}). Filling
 * every block on open (about 60 keys per unit, 60M additions for a store of 1M items) was three
 * quarters of opening a store (the lead's profile of session 15), though a daily file's items carry
 * a few hundred thousand keys. Appending here is one sequential write per key. The keys are kept in
 * chunks, so that a store of millions of units grows no array by copying it.
 */
final class StoredKeys {

  private static final int CHUNK_BITS = 20;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private long[][] chunks = new long[16][];
  private long size; // keys kept
  // Where each unit's keys start, and after the last unit its end: units + 1 entries.
  private long[] starts = new long[1025];
  private int units;

  /**
   * Makes room for about this many units' starts at once.
   *
   * @param count the expected number of units
   */
  void reserveUnits(long count) {
    if (count + 1 > starts.length && count < Integer.MAX_VALUE - 16) {
      starts = Arrays.copyOf(starts, (int) count + 1);
    }
  }

  /**
   * Keeps the keys of the next unit (unit number {@link #units()} before the call).
   *
   * @param keys its keys, in the order its signature gives them
   */
  void add(long[] keys) {
    for (long key : keys) {
      int chunk = (int) (size >>> CHUNK_BITS);
      if (chunk == chunks.length) {
        chunks = Arrays.copyOf(chunks, 2 * chunks.length);
      }
      if (chunks[chunk] == null) {
        chunks[chunk] = new long[CHUNK];
      }
      chunks[chunk][(int) (size & (CHUNK - 1))] = key;
      size++;
    }
    units++;
    if (units + 1 > starts.length) {
      starts = Arrays.copyOf(starts, 2 * starts.length);
    }
    starts[units] = size;
  }

  /**
   * How many units' keys are kept.
   *
   * @return the count
   */
  int units() {
    return units;
  }

  /** What {@link #forEachOf} hands out: a kept key of a unit, in the order they were kept. */
  @FunctionalInterface
  interface KeyOfUnit {
    void accept(long key, int unit);
  }

  /**
   * Every kept (key, unit) whose key is wanted, in the order they were kept (units ascending, each
   * unit's keys in its order, repeats included): what a restore's walk added to those keys' blocks.
   *
   * @param wanted the keys wanted; null for all
   * @param out told of each
   */
  void forEachOf(KeyFilter wanted, KeyOfUnit out) {
    int unit = 0;
    long next = starts[1];
    for (long i = 0; i < size; i++) {
      while (i >= next) {
        unit++;
        next = starts[unit + 1];
      }
      long key = chunks[(int) (i >>> CHUNK_BITS)][(int) (i & (CHUNK - 1))];
      if (wanted == null || wanted.contains(key)) {
        out.accept(key, unit);
      }
    }
  }

  /**
   * A set of keys for {@link #forEachOf}: a bit per hashed key in front of a {@link LongSet}, so
   * that most of the tens of millions of kept keys, which are not wanted, are turned away by a
   * table that stays in the cache.
   */
  static final class KeyFilter {
    private final LongSet keys = new LongSet();
    private final long[] bits;
    private final int shift;
    private long[] added = new long[64];
    private int size;

    /**
     * An empty filter for about this many keys.
     *
     * @param expected the keys it will hold, about
     */
    KeyFilter(long expected) {
      int b = 10;
      while (b < 26 && (1L << b) < 16 * expected) {
        b++;
      }
      bits = new long[1 << (b - 6)];
      shift = 64 - b;
    }

    /**
     * Adds a key.
     *
     * @param key the key
     * @return true if it was not in the filter
     */
    boolean add(long key) {
      if (!keys.add(key)) {
        return false;
      }
      if (size == added.length) {
        added = Arrays.copyOf(added, 2 * size);
      }
      added[size++] = key;
      int bit = bit(key);
      bits[bit >>> 6] |= 1L << bit;
      return true;
    }

    boolean contains(long key) {
      int bit = bit(key);
      return (bits[bit >>> 6] & (1L << bit)) != 0 && keys.contains(key);
    }

    int size() {
      return size;
    }

    /** The i-th key added. */
    long get(int i) {
      return added[i];
    }

    private int bit(long key) {
      return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> shift);
    }
  }
}
