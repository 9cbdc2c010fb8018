package org.bulletins.dedup.internal;

import java.util.Arrays;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
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
 * (a profile of that open), where a scan, once or twice per file, makes the pairs at about the cost
 * of reading them from memory.
 */
final class StoredKeys {

  private static final int CHUNK_BITS = 20;
  private static final int CHUNK = 1 << CHUNK_BITS;
  // Keys per batch of a scan in parts: whole units' keys, their term pairs made.
  private static final int BATCH = 1 << 18;

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
    if (wanted != null && wanted.parts.length > 1) {
      forEachOfInParts(wanted, out);
      return;
    }
    long[] terms = new long[Byte.MAX_VALUE];
    long[] keys = new long[256];
    for (int unit = 0; unit < units; unit++) {
      int n = keyCount(unit);
      if (n > keys.length) {
        keys = new long[Math.max(n, 2 * keys.length)];
      }
      unitKeys(unit, terms, keys, 0);
      for (int j = 0; j < n; j++) {
        if (wanted == null || wanted.take(keys[j])) {
          out.accept(keys[j], unit);
        }
      }
    }
  }

  /**
   * {@link #forEachOf} with a filter in parts: batch by batch of whole units' keys (the term-pair
   * keys made as {@link #forEachOf} makes them, in its order), each part finds its keys' wanted
   * additions on its own thread (no two parts share a table, a word of the bits or a holder; a
   * key's additions are counted in the order they were kept, as one scan counts them), then this
   * thread hands them out in that order, merging the parts' ascending offsets. The probes at random
   * into the filter's tables were most of a grown store's first restore.
   */
  private void forEachOfInParts(KeyFilter wanted, KeyOfUnit out) {
    int parts = wanted.parts.length;
    int[][] found = new int[parts][];
    int[] count = new int[parts];
    int[] at = new int[parts];
    long[] batch = new long[BATCH];
    int[] unitOf = new int[BATCH];
    long[] terms = new long[Byte.MAX_VALUE];
    int unit = 0;
    while (unit < units) {
      int n = 0;
      while (unit < units && (n == 0 || n + keyCount(unit) <= batch.length)) {
        int need = n + keyCount(unit);
        if (need > batch.length) { // one unit larger than a batch
          batch = Arrays.copyOf(batch, need);
          unitOf = Arrays.copyOf(unitOf, need);
        }
        n = unitKeys(unit, terms, batch, n);
        Arrays.fill(unitOf, n - keyCount(unit), n, unit);
        unit++;
      }
      long[] keys = batch;
      int filled = n;
      IntStream.range(0, parts)
          .parallel()
          .forEach(
              p -> {
                int[] offsets = found[p] == null ? new int[1024] : found[p];
                int k = 0;
                for (int j = 0; j < filled; j++) {
                  if (wanted.takeInPart(keys[j], p)) {
                    if (k == offsets.length) {
                      offsets = Arrays.copyOf(offsets, 2 * k);
                    }
                    offsets[k++] = j;
                  }
                }
                found[p] = offsets;
                count[p] = k;
              });
      Arrays.fill(at, 0);
      while (true) { // the smallest offset left among the parts, next
        int from = -1;
        int j = Integer.MAX_VALUE;
        for (int p = 0; p < parts; p++) {
          if (at[p] < count[p] && found[p][at[p]] < j) {
            j = found[p][at[p]];
            from = p;
          }
        }
        if (from < 0) {
          break;
        }
        at[from]++;
        out.accept(keys[j], unitOf[j]);
      }
    }
  }

  /** How many keys a unit has, its term-pair keys made: its other keys and the pairs. */
  private int keyCount(int unit) {
    int termCount = termHashes[unit];
    long other = starts[unit + 1] - starts[unit] - termCount;
    return (int) other + SignedCodec.pairCount(termCount);
  }

  /**
   * Writes a unit's keys at {@code out[n]}, in {@link #forEachOf}'s order: its other keys, then its
   * term-pair keys made from its term hashes.
   *
   * @return the new number of keys in {@code out}
   */
  private int unitKeys(int unit, long[] terms, long[] out, int n) {
    int termCount = termHashes[unit];
    long other = starts[unit + 1] - termCount;
    for (long at = starts[unit]; at < other; at++) {
      out[n++] = chunks[(int) (at >>> CHUNK_BITS)][(int) (at & (CHUNK - 1))];
    }
    for (int t = 0; t < termCount; t++) {
      long at = other + t;
      terms[t] = chunks[(int) (at >>> CHUNK_BITS)][(int) (at & (CHUNK - 1))];
    }
    return SignedCodec.pairKeys(terms, 0, termCount, out, n);
  }

  /**
   * The keys wanted by {@link #forEachOf}, each with how many of its additions are wanted: a bit
   * per hashed key in front of open-addressing tables, so that most of the tens of millions of kept
   * keys, which are not wanted, are turned away by bits that stay in the cache. A key whose block
   * is full takes no more additions (the common keys of a large store carry thousands of units, and
   * collecting them all was a quarter of a daily file's ingest).
   *
   * <p>The keys are split in parts by the high bits of their bit's index, a table per part, so that
   * {@link #addAll} fills the parts on all cores: no two parts share a table, a word of the bits or
   * a holder. Filling one table with a 100k file's 8M keys (4M distinct), each a probe at random
   * into 256 MB, was a third of a grown store's first add, on one core.
   */
  static final class KeyFilter {
    private final long[] bits;
    // How many wanted keys that still take additions set each bit (at most STICKY: then the bit
    // stays), so that a bit is cleared when its last key's block is full: the keys that most
    // units carry fill their blocks first, and each of their later additions probed the table.
    private final byte[] holders;
    private static final byte STICKY = Byte.MAX_VALUE;
    private final int shift;
    private final Part[] parts;
    private final int partShift; // a bit's index >>> partShift is its part

    /**
     * An empty filter for about this many keys, in one part.
     *
     * @param expected the keys it will hold, about
     */
    KeyFilter(long expected) {
      this(expected, 1);
    }

    /**
     * An empty filter for about this many keys, in parts that {@link #addAll} fills on as many
     * threads.
     *
     * @param expected the keys it will hold, about
     * @param parts how many parts, a power of two from 1 to 64
     */
    KeyFilter(long expected, int parts) {
      if (parts < 1 || parts > 64 || Integer.bitCount(parts) != 1) {
        throw new IllegalArgumentException("parts: " + parts);
      }
      int b = 10;
      while (b < 26 && (1L << b) < 16 * expected) {
        b++;
      }
      bits = new long[1 << (b - 6)];
      holders = new byte[1 << b];
      shift = 64 - b;
      // At most 2^(b - 6) parts, so that each owns whole words of the bits.
      int partBits = Math.min(Integer.numberOfTrailingZeros(parts), b - 6);
      partShift = b - partBits;
      this.parts = new Part[1 << partBits];
      for (int p = 0; p < this.parts.length; p++) {
        this.parts[p] = new Part(expected >> partBits);
      }
    }

    /**
     * Adds a key, wanted for this many additions.
     *
     * @param key the key
     * @param additions how many of its additions are wanted, at least 1
     * @return true if it was not in the filter
     */
    boolean add(long key, int additions) {
      int bit = bit(key);
      if (!parts[bit >>> partShift].add(key, additions)) {
        return false;
      }
      bits[bit >>> 6] |= 1L << bit;
      if (holders[bit] < STICKY) {
        holders[bit]++;
      }
      return true;
    }

    /** How many additions of a key a filter wants. */
    @FunctionalInterface
    interface Additions {
      int of(long key);
    }

    /** Which keys a filter wants. */
    @FunctionalInterface
    interface Wanted {
      boolean test(long key);
    }

    /**
     * Adds the wanted ones of these keys as {@link #add} would one by one, each part on its own
     * thread (the common pool's, and this one). {@code wanted} and {@code additions} are called on
     * several threads at once.
     *
     * @param keys the keys, repeats allowed
     * @param wanted whether a key is to be added
     * @param additions how many of a key's additions are wanted, at least 1
     */
    void addAll(long[][] keys, Wanted wanted, Additions additions) {
      IntStream.range(0, parts.length)
          .parallel()
          .forEach(
              p -> {
                for (long[] k : keys) {
                  for (long key : k) {
                    if (bit(key) >>> partShift == p && wanted.test(key)) {
                      add(key, additions.of(key));
                    }
                  }
                }
              });
    }

    /**
     * As {@link #take}, for a key of the given part only (false for another part's key): parts are
     * taken from on several threads at once, each part on one.
     */
    boolean takeInPart(long key, int part) {
      int bit = bit(key);
      return bit >>> partShift == part && take(key, bit);
    }

    /** Whether an addition of the key is wanted; counts it if so. */
    boolean take(long key) {
      return take(key, bit(key));
    }

    private boolean take(long key, int bit) {
      if ((bits[bit >>> 6] & (1L << bit)) == 0) {
        return false;
      }
      int taken = parts[bit >>> partShift].take(key);
      if (taken == Part.NOT_WANTED) {
        return false;
      }
      if (taken == Part.LAST && holders[bit] < STICKY && --holders[bit] == 0) {
        bits[bit >>> 6] &= ~(1L << bit); // its last key wants no more
      }
      return true;
    }

    /**
     * How many distinct keys were added.
     *
     * @return the count
     */
    int size() {
      int size = 0;
      for (Part part : parts) {
        size += part.size;
      }
      return size;
    }

    /**
     * Tells of every distinct key added, once.
     *
     * @param out told of each
     */
    void forEachKey(LongConsumer out) {
      for (Part part : parts) {
        for (int i = 0; i < part.size; i++) {
          out.accept(part.added[i]);
        }
      }
    }

    private int bit(long key) {
      return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> shift);
    }

    /**
     * The keys of one part, each beside how many more additions it takes, in one array (one cache
     * miss per probe, not two).
     */
    private static final class Part {
      static final int NOT_WANTED = 0;
      static final int TAKEN = 1;
      static final int LAST = 2; // taken, and the key takes no more

      // 0 an empty slot, 1 a key that takes no more, n + 1 n more.
      private long[] table;
      private long[] added = new long[64];
      private int size;

      Part(long expected) {
        int slots = 16;
        while (slots < 2 * expected && slots < (1 << 29)) {
          slots <<= 1;
        }
        table = new long[2 * slots];
      }

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
        return true;
      }

      int take(long key) {
        int s = slot(key);
        if (table[s + 1] <= 1) {
          return NOT_WANTED; // not wanted, or no more
        }
        return --table[s + 1] == 1 ? LAST : TAKEN;
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
    }
  }
}
