package org.bulletins.dedup.internal;

import java.util.Arrays;
import org.bulletins.dedup.internal.sketch.SignedCodec;

/**
 * The blocking keys of a restored index's units, unit after unit, as the restore walk met them:
 * what the index puts in its blocks only for the keys an add needs ({@link #forEachOf}). Filling
 * every block on open (about 60 keys per unit, 60M additions for a store of 1M items) was three
 * quarters of opening a store (the lead's profile of session 15), though a daily file's items carry
 * a few hundred thousand keys. Appending here is one sequential write per key. The keys are kept in
 * chunks, so that a store of millions of units grows no array by copying it.
 *
 * <p>A unit's term-pair keys are kept as the blocking term hashes they are made of, as the store's
 * blobs keep them (about 10 hashes for 45 pairs), and made again by each scan: writing the 60 keys
 * of each of 1M units was the first touch of ~480 MB, the largest part of opening a 1M store's walk
 * (session 17's profile), where a scan, once or twice per file, makes the pairs at about the cost
 * of reading them from memory.
 */
final class StoredKeys {

  private static final int CHUNK_BITS = 20;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private long[][] chunks = new long[16][];
  private long size; // longs kept
  // Where each unit's longs start, and after the last unit its end: units + 1 entries.
  private long[] starts = new long[1025];
  // How many of each unit's longs, at its end, are term hashes (at most 64: SignedCodec's bound).
  private byte[] termHashes = new byte[1024];
  private int units;

  /**
   * Makes room for about this many units' starts at once.
   *
   * @param count the expected number of units
   */
  void reserveUnits(long count) {
    if (count + 1 > starts.length && count < Integer.MAX_VALUE - 16) {
      starts = Arrays.copyOf(starts, (int) count + 1);
      termHashes = Arrays.copyOf(termHashes, (int) count + 1);
    }
  }

  /**
   * Keeps the keys of the next unit (unit number {@link #units()} before the call).
   *
   * @param keys its keys, in the order its signature gives them
   */
  void add(long[] keys) {
    add(keys, 0);
  }

  /**
   * Keeps the keys of the next unit (unit number {@link #units()} before the call), its term-pair
   * keys as their terms.
   *
   * @param keys its keys other than the term pairs', in the order its signature gives them, then
   *     the term hashes, sorted as the signer sorts them (as {@code SignedCodec.Compact} holds
   *     them)
   * @param terms how many of {@code keys} are term hashes, at the end (0 to 64)
   */
  void add(long[] keys, int terms) {
    if (terms < 0 || terms > Byte.MAX_VALUE || terms > keys.length) {
      throw new IllegalArgumentException("term hashes: " + terms);
    }
    int from = 0;
    while (from < keys.length) { // a unit's keys in one copy, or two where a chunk ends
      int chunk = (int) (size >>> CHUNK_BITS);
      if (chunk == chunks.length) {
        chunks = Arrays.copyOf(chunks, 2 * chunks.length);
      }
      if (chunks[chunk] == null) {
        chunks[chunk] = new long[CHUNK];
      }
      int at = (int) (size & (CHUNK - 1));
      int n = Math.min(keys.length - from, CHUNK - at);
      System.arraycopy(keys, from, chunks[chunk], at, n);
      from += n;
      size += n;
    }
    if (units == termHashes.length) {
      termHashes = Arrays.copyOf(termHashes, 2 * units);
    }
    termHashes[units] = (byte) terms;
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
   * unit's keys in its order, repeats included, a unit's term-pair keys made from its terms after
   * its other keys, as the signer orders them), up to the number the filter allows per key: what a
   * restore's walk added to those keys' blocks and they kept (a block keeps no unit past its cap +
   * 1, so the additions after those change nothing).
   *
   * @param wanted the keys wanted, with how many additions of each; null for every addition
   * @param out told of each
   */
  void forEachOf(KeyFilter wanted, KeyOfUnit out) {
    long[] terms = new long[Byte.MAX_VALUE];
    for (int unit = 0; unit < units; unit++) {
      long end = starts[unit + 1];
      int termCount = termHashes[unit];
      long other = end - termCount;
      // The other keys, read in place (a unit's longs end a chunk at most once).
      for (long at = starts[unit]; at < other; ) {
        long[] chunk = chunks[(int) (at >>> CHUNK_BITS)];
        int j = (int) (at & (CHUNK - 1));
        int stop = j + (int) Math.min(CHUNK - j, other - at);
        for (; j < stop; j++) {
          long key = chunk[j];
          if (wanted == null || wanted.take(key)) {
            out.accept(key, unit);
          }
        }
        at += stop - (int) (at & (CHUNK - 1));
      }
      if (termCount > 0) {
        for (int t = 0; t < termCount; t++) {
          long at = other + t;
          terms[t] = chunks[(int) (at >>> CHUNK_BITS)][(int) (at & (CHUNK - 1))];
        }
        for (int i = 0; i < termCount; i++) {
          long first = SignedCodec.pairFirst(terms[i]);
          for (int k = i + 1; k < termCount; k++) {
            long key = SignedCodec.pairKey(first, terms[k]);
            if (wanted == null || wanted.take(key)) {
              out.accept(key, unit);
            }
          }
        }
      }
    }
  }

  /**
   * The keys wanted by {@link #forEachOf}, each with how many of its additions are wanted: a bit
   * per hashed key in front of an open-addressing table, so that most of the tens of millions of
   * kept keys, which are not wanted, are turned away by a table that stays in the cache. A key
   * whose block is full takes no more additions (the common keys of a large store carry thousands
   * of units, and collecting them all was a quarter of a daily file's ingest).
   */
  static final class KeyFilter {
    private final long[] bits;
    // How many wanted keys that still take additions set each bit (at most STICKY: then the bit
    // stays), so that a bit is cleared when its last key's block is full: the keys that most
    // units carry fill their blocks first, and each of their later additions probed the table.
    private final byte[] holders;
    private static final byte STICKY = Byte.MAX_VALUE;
    private final int shift;
    // Each slot's key beside how many more additions it takes, in one array (one cache miss per
    // probe, not two): 0 an empty slot, 1 a key that takes no more, n + 1 n more.
    private long[] table;
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
      holders = new byte[1 << b];
      shift = 64 - b;
      int slots = 16;
      while (slots < 2 * expected && slots < (1 << 29)) {
        slots <<= 1;
      }
      table = new long[2 * slots];
    }

    /**
     * Adds a key, wanted for this many additions.
     *
     * @param key the key
     * @param additions how many of its additions are wanted, at least 1
     * @return true if it was not in the filter
     */
    boolean add(long key, int additions) {
      if (4 * (size + 1) > table.length) {
        grow();
      }
      int s = slot(key);
      if (table[s + 1] != 0) {
        return false;
      }
      table[s] = key;
      table[s + 1] = additions + 1L;
      if (size == added.length) {
        added = Arrays.copyOf(added, 2 * size);
      }
      added[size++] = key;
      int bit = bit(key);
      bits[bit >>> 6] |= 1L << bit;
      if (holders[bit] < STICKY) {
        holders[bit]++;
      }
      return true;
    }

    /** False if no addition of the key is wanted; true if one may be (then ask {@link #take}). */
    boolean mayWant(long key) {
      int bit = bit(key);
      return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Whether an addition of the key is wanted; counts it if so. */
    boolean take(long key) {
      int bit = bit(key);
      if ((bits[bit >>> 6] & (1L << bit)) == 0) {
        return false;
      }
      int s = slot(key);
      if (table[s + 1] <= 1) {
        return false; // not wanted, or no more
      }
      if (--table[s + 1] == 1 && holders[bit] < STICKY && --holders[bit] == 0) {
        bits[bit >>> 6] &= ~(1L << bit); // its last key wants no more
      }
      return true;
    }

    int size() {
      return size;
    }

    /** The i-th key added. */
    long get(int i) {
      return added[i];
    }

    /** The index in the table of a key's slot, or of the empty slot where it goes. */
    private int slot(long key) {
      int mask = (table.length >>> 1) - 1;
      long h = key * 0x9E3779B97F4A7C15L;
      int s = (int) (h ^ (h >>> 32)) & mask;
      while (table[2 * s + 1] != 0 && table[2 * s] != key) {
        s = (s + 1) & mask;
      }
      return 2 * s;
    }

    private void grow() {
      long[] old = table;
      table = new long[2 * old.length];
      for (int o = 0; o < old.length; o += 2) {
        if (old[o + 1] != 0) {
          int s = slot(old[o]);
          table[s] = old[o];
          table[s + 1] = old[o + 1];
        }
      }
    }

    private int bit(long key) {
      return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> shift);
    }
  }
}
