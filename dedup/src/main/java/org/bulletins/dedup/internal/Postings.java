package org.bulletins.dedup.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongToIntFunction;
import java.util.stream.IntStream;

/**
 * The blocks of an incremental index: for each hashed blocking key, the units that carry it, in the
 * order they were added. Most keys are carried by one unit only, so a block of one is kept inline
 * in an open-addressing table of primitive arrays (no object per key), and only blocks of two or
 * more units get a list. A map of boxed keys to lists cost an entry, a boxed key and a list per key
 * (about 60 keys per item): most of the time and memory of opening a store of 100k items.
 *
 * <p>Lookups go by slot: {@link #find} gives the slot of a key (or -1), {@link #size} and {@link
 * #get} read its block. A slot stays valid until the next {@link #add}.
 *
 * <p>A key's home slot is the top bits of its hash, so the table's slots are in the order of the
 * hashes' top bits whatever its size: {@link #filling()} fills an empty table with tens of millions
 * of keys by first sorting them into buckets by those bits, then sizing the table once and filling
 * it bucket by bucket, each bucket's slots a small run of the table that stays in the cache. One
 * key at a time into a table of a gigabyte (opening a store of 1M items: about 60 keys per unit)
 * missed the cache on nearly every probe and copied the table on each growth: a third of the
 * samples of opening (the lead's profile of session 10).
 */
public final class Postings {

  private static final int TOP_BITS = 6;
  private static final int SUB_BITS = 6;
  private static final int MIN_BITS = 4;
  private static final int BATCH_SUB_BITS = 10;
  // A batch sorts by more bits in a larger table: each run of additions then reads at most about
  // 2^SPAN_BITS slots, a few cache lines in ascending order that the processor fetches ahead.
  private static final int SPAN_BITS = 5;
  private static final int MAX_BATCH_SUB_BITS = 16;
  private static final int PARALLEL_MIN_BITS = 12;

  // slots[s] == 0: empty; > 0: the block is the one unit slots[s] - 1; < 0: the block of two or
  // more whose handle in blocks is -slots[s] - 1. Keys are hashes already, but hashing them again
  // spreads keys that differ in high bits only.
  private long[] keys = new long[1 << MIN_BITS];
  private int[] slots = new int[1 << MIN_BITS];
  private int bits = MIN_BITS;
  private final Blocks blocks = new Blocks();
  private int used;
  // A bulk fill places its buckets on all cores when a bucket's share of the table has at least
  // this many bits (see Filling.finish); tests lower it to place small tables that way too.
  private final int parallelMinBits;
  // See batchSubBits; tests lower it to sort small batches by up to 16 bits too.
  private final int spanBits;

  /** An empty table. */
  public Postings() {
    this(PARALLEL_MIN_BITS);
  }

  /**
   * An empty table whose bulk fill places in parallel from a smaller size on (for tests).
   *
   * @param parallelMinBits the bits of a bucket's share of the table from which a bulk fill places
   *     its buckets on all cores
   */
  Postings(int parallelMinBits) {
    this(parallelMinBits, SPAN_BITS);
  }

  /**
   * An empty table whose batches sort their additions by more bits (for tests).
   *
   * @param parallelMinBits as {@link #Postings(int)}
   * @param spanBits the slots a run of a batch's sorted additions spans, as a power of two; less
   *     than {@value #SPAN_BITS} sorts by more bits, up to 16
   */
  Postings(int parallelMinBits, int spanBits) {
    this.parallelMinBits = parallelMinBits;
    this.spanBits = spanBits;
  }

  /**
   * The slot of a key's block.
   *
   * @param key a blocking key
   * @return its slot, or -1 if no unit carries it
   */
  public int find(long key) {
    int mask = keys.length - 1;
    for (int s = home(key); ; s = (s + 1) & mask) {
      if (slots[s] == 0) {
        return -1;
      }
      if (keys[s] == key) {
        return s;
      }
    }
  }

  /**
   * How many units a slot's block holds.
   *
   * @param slot a slot from {@link #find}, or -1
   * @return the count, 0 for -1
   */
  public int size(int slot) {
    if (slot < 0) {
      return 0;
    }
    int v = slots[slot];
    return v > 0 ? 1 : blocks.size(-v - 1);
  }

  /**
   * A unit of a slot's block.
   *
   * @param slot a slot from {@link #find}
   * @param i the unit's place in the block, in order of addition
   * @return the unit
   */
  public int get(int slot, int i) {
    int v = slots[slot];
    if (v > 0) {
      if (i != 0) {
        throw new IndexOutOfBoundsException(i);
      }
      return v - 1;
    }
    return blocks.get(-v - 1, i);
  }

  /**
   * Copies the first units of a slot's block, as {@link #get} gives them one by one.
   *
   * @param slot a slot from {@link #find}
   * @param count how many, at most {@link #size}
   * @param into where they go, from index 0
   */
  public void copy(int slot, int count, int[] into) {
    int v = slots[slot];
    if (v > 0) {
      if (count > 1) {
        throw new IndexOutOfBoundsException(count);
      }
      if (count == 1) {
        into[0] = v - 1;
      }
      return;
    }
    blocks.copyTo(-v - 1, count, into);
  }

  /**
   * Appends a unit to a key's block, creating the block if the key is new.
   *
   * @param key the blocking key
   * @param unit the unit, at least 0
   */
  public void add(long key, int unit) {
    addCapped(key, unit, Integer.MAX_VALUE);
  }

  /**
   * Appends a unit to a key's block unless the block already holds more than {@code cap} units
   * (what an index keeps: a block never grows past cap + 1), in one probe of the table. Opening a
   * store adds every stored unit's keys this way; a find, then an add, probed twice.
   *
   * @param key the blocking key
   * @param unit the unit, at least 0
   * @param cap the block's cap
   */
  public void addCapped(long key, int unit, int cap) {
    if (overFull(used + 1, keys.length)) {
      grow(bits + 1);
    }
    put(key, unit, cap);
  }

  /**
   * How many keys the table holds.
   *
   * @return the count of distinct keys
   */
  public int keys() {
    return used;
  }

  /**
   * How many slots the table has (for the stage timings).
   *
   * @return the slots, a power of two
   */
  int slotCount() {
    return keys.length;
  }

  /**
   * Starts filling this empty table in bulk: the same blocks as {@link #addCapped} of the same
   * additions in the same order, with far fewer cache misses for a large table.
   *
   * @return the filling; nothing is in the table until {@link Filling#finish}
   * @throws IllegalStateException if the table is not empty
   */
  public Filling filling() {
    if (used != 0) {
      throw new IllegalStateException("a bulk filling needs an empty table");
    }
    return new Filling();
  }

  /**
   * Additions collected for a bulk fill, in {@value #TOP_BITS}-bit buckets by the top bits of their
   * keys' hashes, in the order of addition. Few buckets, so each is a large array that grows by a
   * few copies and is soon too large for the young generation to copy (4,096 small ones grew by
   * many copies and were copied again by every young collection: a quarter of opening's samples).
   * At the end each bucket is sorted, stably, by the next {@value #SUB_BITS} bits, so the table is
   * filled in runs of slots that stay in the cache; each block keeps its units in order of
   * addition.
   */
  public final class Filling {
    private final Buckets buckets = new Buckets(1024);
    private boolean finished;

    private Filling() {}

    /**
     * Makes room for about this many more additions at once, so that the buckets are not grown by
     * copying while they are filled: opening a store of 1M items spent a quarter of its time
     * copying the buckets as they doubled (s11-18a's profile), most of it in fresh memory. An
     * estimate: a bucket that outgrows it still grows as before.
     *
     * @param adds the expected number of further additions
     */
    public void reserve(long adds) {
      buckets.reserve(adds);
    }

    /**
     * Collects an addition, as {@link #addCapped} with the cap given at the end.
     *
     * @param key the blocking key
     * @param unit the unit, at least 0
     */
    public void add(long key, int unit) {
      buckets.add(key, unit);
    }

    /**
     * Puts the collected additions in the table, sized once for them, in slot order: each key's
     * block as {@link #addCapped} in the order of addition would have made it.
     *
     * @param capOf each key's cap
     * @throws IllegalStateException if called twice, or the table was changed meanwhile
     */
    public void finish(LongToIntFunction capOf) {
      if (finished || used != 0) {
        throw new IllegalStateException("a bulk filling ends once, into an empty table");
      }
      finished = true;
      // The size addCapped's growth reaches for these keys (at most three quarters full): the
      // table never grows while it is filled, and is no larger than one filled a key at a time.
      long distinct = buckets.sortAndCount(SUB_BITS);
      int target = bitsFor(distinct, MIN_BITS);
      bits = target;
      keys = new long[1 << target];
      slots = new int[1 << target];
      int workers = Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors());
      if (workers > 1 && target - TOP_BITS >= parallelMinBits) {
        new ParallelPlacing(buckets, capOf, workers).run();
        return;
      }
      for (int b = 0; b < Buckets.COUNT; b++) {
        long[] k = buckets.keys(b);
        int[] u = buckets.units(b);
        for (int i = 0; i < buckets.size(b); i++) {
          put(k[i], u[i], capOf.applyAsInt(k[i]));
        }
        buckets.release(b); // let the collected additions go as the table fills
      }
    }
  }

  private static final int MAX_WORKERS = 8;

  /**
   * Places a bulk fill's sorted buckets in the table on all cores, with the same blocks as placing
   * them one at a time. A bucket's keys have their home slots in its own share of the table (the
   * top bits of their hashes), 1/{@value Buckets#COUNT} of it, so two buckets touch the same slots
   * only where a probe runs on past the end of its share. The even buckets are placed first, in
   * parallel, each probing at most into the next (odd) bucket's share, which no one places then;
   * then the odd ones, each probing at most into the next (even, placed) share, which no other odd
   * bucket reaches. A bucket whose probe would go further stops there and its remaining additions
   * are placed after both rounds, one at a time, in order (a run of occupied slots longer than a
   * bucket's share: with hashed keys in a table at most three quarters full, practically never).
   * Each key's additions are in one bucket and are placed in order, so each block holds what one at
   * a time makes; only the slots a key lands in may differ, which nothing reads. Each worker packs
   * the blocks it makes in pages of its own. Opening a store of 300k items spent a fifth of its
   * time placing here on one core while the other had nothing to do (session 15's profile).
   */
  private final class ParallelPlacing {
    private final Buckets buckets;
    private final LongToIntFunction capOf;
    private final int workers;
    private final int[] placed = new int[Buckets.COUNT]; // per bucket, how many additions
    private final int[] added; // per worker, the new keys it placed
    private final Blocks.Cursor[] cursors;

    ParallelPlacing(Buckets buckets, LongToIntFunction capOf, int workers) {
      this.buckets = buckets;
      this.capOf = capOf;
      this.workers = workers;
      this.added = new int[workers];
      this.cursors = new Blocks.Cursor[workers];
      for (int w = 0; w < workers; w++) {
        cursors[w] = new Blocks.Cursor();
      }
    }

    void run() {
      blocks.prepareConcurrentPages();
      for (int parity = 0; parity < 2; parity++) {
        AtomicInteger next = new AtomicInteger(parity);
        IntStream.range(0, workers)
            .parallel()
            .forEach(
                w -> {
                  for (int b = next.getAndAdd(2); b < Buckets.COUNT; b = next.getAndAdd(2)) {
                    placed[b] = placeBucket(b, w);
                    if (placed[b] == buckets.size(b)) {
                      buckets.release(b); // as the one-at-a-time fill does: the peak stays lower
                    }
                  }
                });
      }
      for (int w = 0; w < workers; w++) {
        used += added[w];
      }
      for (int b = 0; b < Buckets.COUNT; b++) {
        if (placed[b] == buckets.size(b)) {
          continue; // placed whole, and released
        }
        long[] k = buckets.keys(b);
        int[] u = buckets.units(b);
        for (int i = placed[b]; i < buckets.size(b); i++) {
          put(k[i], u[i], capOf.applyAsInt(k[i])); // past a bucket's reach: one at a time
        }
        buckets.release(b);
      }
    }

    /** Places a bucket's additions in order while each probe stays in reach; returns how many. */
    private int placeBucket(int b, int worker) {
      int share = bits - TOP_BITS;
      int mask = keys.length - 1;
      // Slots from the bucket's share to the end of the next one, unwrapped (the last bucket's
      // next share is the first).
      long reach = (long) (b + 2) << share;
      long[] k = buckets.keys(b);
      int[] u = buckets.units(b);
      Blocks.Cursor cursor = cursors[worker];
      int n = buckets.size(b);
      // Counted here and added once: the workers' counts share a cache line.
      int newKeys = 0;
      int i = 0;
      placing:
      for (; i < n; i++) {
        long key = k[i];
        long s = home(key); // at least b << share
        while (slots[(int) (s & mask)] != 0 && keys[(int) (s & mask)] != key) {
          if (++s >= reach) {
            break placing;
          }
        }
        newKeys += place((int) (s & mask), key, u[i], capOf.applyAsInt(key), cursor);
      }
      added[worker] += newKeys;
      return i;
    }
  }

  /**
   * Starts a batch of additions to this table (empty or not): the same blocks as {@link #addCapped}
   * of the same additions in the same order, each addition told first what its key's block held
   * before it, with far fewer cache misses for a large table. A file of 100k items adds about 8M
   * keys: one at a time, a find then an add, each a miss in a table of a hundred megabytes, were a
   * quarter of the serial path of ingesting the file (the lead's profile of session 11).
   *
   * @return the batch; nothing is in the table until {@link Batch#finish}
   */
  public Batch batch() {
    return new Batch();
  }

  /** What a {@link Batch} tells of each addition, before the unit is put in its key's block. */
  @FunctionalInterface
  public interface Arrival {
    /**
     * An addition arrives at its key's block.
     *
     * @param key the blocking key
     * @param unit the unit added
     * @param slot the slot of the key's block, for {@link #get}; -1 if no unit carries the key yet
     * @param before how many units the block holds before this addition
     */
    void arrive(long key, int unit, int slot, int before);
  }

  /**
   * Additions collected for {@link #batch}, in {@value #TOP_BITS}-bit buckets by the top bits of
   * their keys' hashes, in the order of addition (as a {@link Filling}). At the end each bucket is
   * sorted, stably, by the next bits (a counting sort; 10 to 16, more in a larger table, see {@link
   * #batchSubBits}), which orders the additions by home slot: the table, grown once for them, is
   * then read and filled in runs of slots that stay in the cache. Keys are independent, and the
   * additions of one key keep their order, so each block comes out as additions one at a time made
   * it, and each addition sees the block as they did. (One counting sort of the whole batch by 16
   * bits scattered each addition to one of 65,536 places: a cache and TLB miss each, as costly as
   * the probes it saved.)
   */
  public final class Batch {
    private final Buckets buckets = new Buckets(256);
    private boolean finished;
    // Wall nanoseconds of finish's sort, grow and placing (for the stage log).
    private final long[] phaseNanos = new long[3];

    private Batch() {}

    /**
     * Wall nanoseconds of {@link #finish}'s bucket sort, table growth and placing, for a stage log
     * or a benchmark.
     *
     * @return the three times, in that order; zeros before {@link #finish}
     */
    public long[] phaseNanos() {
      return phaseNanos.clone();
    }

    /**
     * Makes room for about this many more additions at once, as {@link Filling#reserve}: a file of
     * 100k items adds about 8M keys, and the buckets grew to them by doubling, each copy fresh
     * memory for the collector.
     *
     * @param adds the expected number of further additions
     */
    public void reserve(long adds) {
      buckets.reserve(adds);
    }

    /**
     * Collects an addition, as {@link #addCapped} with the cap given at the end.
     *
     * @param key the blocking key
     * @param unit the unit, at least 0
     */
    public void add(long key, int unit) {
      buckets.add(key, unit);
    }

    /**
     * Puts the collected additions in the table, grouped by slot; for each, in the order of
     * addition within its key, first tells {@code arrival} what the block holds, then keeps the
     * unit as {@link #addCapped} would. The table grows once, before the first slot is handed out,
     * and never moves a key while they are: every slot handed out stays valid until the next
     * addition after this call, so {@code arrival} may read the block, or keep the slot and read
     * the block later (the index pairs a batch's arrivals after it ends).
     *
     * @param capOf each key's cap
     * @param arrival told of each addition before it is kept
     * @throws IllegalStateException if called twice
     */
    public void finish(LongToIntFunction capOf, Arrival arrival) {
      if (finished) {
        throw new IllegalStateException("a batch ends once");
      }
      finished = true;
      long t0 = System.nanoTime();
      // Room for every distinct key of the batch at once (an upper bound of the new ones): the
      // table never grows while slots are handed out, and grows by one copy, not one per doubling.
      long distinct = buckets.sortAndCount(batchSubBits(bits, spanBits));
      long t1 = System.nanoTime();
      int target = bitsFor(used + distinct, bits);
      if (target > bits) {
        grow(target);
      }
      long t2 = System.nanoTime();
      for (int b = 0; b < Buckets.COUNT; b++) {
        long[] k = buckets.keys(b);
        int[] u = buckets.units(b);
        for (int i = 0; i < buckets.size(b); i++) {
          int s = probe(k[i]);
          int v = slots[s];
          arrival.arrive(k[i], u[i], v == 0 ? -1 : s, v == 0 ? 0 : size(s));
          used += place(s, k[i], u[i], capOf.applyAsInt(k[i]), blocks.main);
        }
        buckets.release(b); // let the collected additions go as the table fills
      }
      long t3 = System.nanoTime();
      phaseNanos[0] = t1 - t0;
      phaseNanos[1] = t2 - t1;
      phaseNanos[2] = t3 - t2;
    }
  }

  /**
   * Additions (key, unit) collected in {@value #TOP_BITS}-bit buckets by the top bits of their
   * keys' hashes, in the order of addition, then each bucket sorted stably by the next bits (a
   * counting sort): what a {@link Filling} and a {@link Batch} both put in the table in slot order.
   */
  private static final class Buckets {
    static final int COUNT = 1 << TOP_BITS;
    private final long[][] bucketKeys = new long[COUNT][];
    private final int[][] bucketUnits = new int[COUNT][];
    private final int[] bucketSize = new int[COUNT];
    private final int firstLength;

    Buckets(int firstLength) {
      this.firstLength = firstLength;
    }

    void add(long key, int unit) {
      int b = (int) (mix(key) >>> (64 - TOP_BITS));
      int n = bucketSize[b];
      long[] k = bucketKeys[b];
      if (k == null || n == k.length) {
        int length = k == null ? firstLength : 2 * n;
        bucketKeys[b] = k = k == null ? new long[length] : Arrays.copyOf(k, length);
        bucketUnits[b] =
            bucketUnits[b] == null ? new int[length] : Arrays.copyOf(bucketUnits[b], length);
      }
      k[n] = key;
      bucketUnits[b][n] = unit;
      bucketSize[b] = n + 1;
    }

    /** Room for about this many more additions, spread evenly over the buckets. */
    void reserve(long adds) {
      long perBucket = adds / COUNT;
      long wanted = perBucket + perBucket / 16 + 1024;
      if (wanted > Integer.MAX_VALUE - 16) {
        return;
      }
      for (int b = 0; b < COUNT; b++) {
        int length = (int) (bucketSize[b] + wanted);
        if (bucketKeys[b] == null) {
          bucketKeys[b] = new long[length];
          bucketUnits[b] = new int[length];
        } else if (bucketKeys[b].length < length) {
          bucketKeys[b] = Arrays.copyOf(bucketKeys[b], length);
          bucketUnits[b] = Arrays.copyOf(bucketUnits[b], length);
        }
      }
    }

    /**
     * Sorts every bucket; returns the number of distinct keys. The buckets are independent, so they
     * are sorted and counted on all cores (each with its own counter): the same arrays and count as
     * one at a time. Opening a store sorted tens of millions of additions here on one core while
     * the other waited.
     */
    long sortAndCount(int subBits) {
      return IntStream.range(0, COUNT)
          .parallel()
          .mapToLong(b -> sortAndCount(b, subBits, new DistinctKeys()))
          .sum();
    }

    /**
     * Sorts a bucket stably by the next bits of its keys' hashes (a counting sort) and counts the
     * distinct keys of each sub-bucket; returns the bucket's distinct keys.
     */
    private long sortAndCount(int b, int subBits, DistinctKeys counter) {
      int n = bucketSize[b];
      if (n == 0) {
        return 0;
      }
      long[] k = bucketKeys[b];
      int[] u = bucketUnits[b];
      int bits = bucketSortBits(subBits, n);
      int subs = 1 << bits;
      int[] start = new int[subs + 1];
      for (int i = 0; i < n; i++) {
        start[sub(k[i], bits) + 1]++;
      }
      for (int s = 0; s < subs; s++) {
        start[s + 1] += start[s];
      }
      long[] sortedKeys = new long[n];
      int[] sortedUnits = new int[n];
      int[] next = Arrays.copyOf(start, subs);
      for (int i = 0; i < n; i++) {
        int at = next[sub(k[i], bits)]++;
        sortedKeys[at] = k[i];
        sortedUnits[at] = u[i];
      }
      bucketKeys[b] = sortedKeys;
      bucketUnits[b] = sortedUnits;
      long distinct = 0;
      for (int s = 0; s < subs; s++) {
        distinct += counter.count(sortedKeys, start[s], start[s + 1]);
      }
      return distinct;
    }

    /** The {@code bits} bits of a key's hash after the top ones, which order a bucket. */
    private static int sub(long key, int bits) {
      return (int) (mix(key) >>> (64 - TOP_BITS - bits)) & ((1 << bits) - 1);
    }

    int size(int b) {
      return bucketSize[b];
    }

    long[] keys(int b) {
      return bucketKeys[b];
    }

    int[] units(int b) {
      return bucketUnits[b];
    }

    void release(int b) {
      bucketKeys[b] = null;
      bucketUnits[b] = null;
    }
  }

  /**
   * Counts distinct keys in runs of an array, with one small table reused (it stays in the cache).
   */
  private static final class DistinctKeys {
    private long[] seen = new long[16];
    private int[] stamp = new int[16]; // seen[s] holds a key of this run iff stamp[s] == run
    private int run;

    long count(long[] k, int from, int to) {
      int n = to - from;
      if (n == 0) {
        return 0;
      }
      run++;
      if (2 * n > seen.length) {
        int length = Integer.highestOneBit(2 * n - 1) << 1;
        seen = new long[length];
        stamp = new int[length];
      }
      int mask = seen.length - 1;
      long distinct = 0;
      for (int i = from; i < to; i++) {
        // The low bits of the hash: the top ones are the run's, the same for all its keys.
        int s = (int) mix(k[i]) & mask;
        while (stamp[s] == run && seen[s] != k[i]) {
          s = (s + 1) & mask;
        }
        if (stamp[s] != run) {
          stamp[s] = run;
          seen[s] = k[i];
          distinct++;
        }
      }
      return distinct;
    }
  }

  /** Puts a unit in a key's block, capped, in a table with room for one more key. */
  private void put(long key, int unit, int cap) {
    used += place(probe(key), key, unit, cap, blocks.main);
  }

  /** The slot of a key, or the empty slot where it goes. */
  private int probe(long key) {
    int mask = keys.length - 1;
    int s = home(key);
    while (slots[s] != 0 && keys[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  /**
   * Puts a unit in a key's block, capped, at the key's slot from {@link #probe}, packing a block
   * made or moved with a cursor; returns 1 if the key is new, else 0 (the caller counts keys: a
   * parallel fill counts them per worker).
   */
  private int place(int s, long key, int unit, int cap, Blocks.Cursor cursor) {
    int v = slots[s];
    if (v == 0) {
      keys[s] = key;
      slots[s] = unit + 1;
      return 1;
    } else if (v > 0) {
      if (cap >= 1) {
        slots[s] = -blocks.create(cursor, v - 1, unit) - 1;
      }
    } else if (blocks.size(-v - 1) <= cap) {
      // the block may have moved to make room
      slots[s] = -blocks.add(cursor, -v - 1, unit) - 1;
    }
    return 0;
  }

  private void grow(int newBits) {
    checkBits(newBits, used + 1);
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    bits = newBits;
    keys = new long[1 << newBits];
    slots = new int[1 << newBits];
    int mask = keys.length - 1;
    for (int o = 0; o < oldSlots.length; o++) {
      if (oldSlots[o] != 0) {
        int s = home(oldKeys[o]);
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        keys[s] = oldKeys[o];
        slots[s] = oldSlots[o];
      }
    }
  }

  /**
   * The blocks of two or more units, packed in pages of ints: a block is its size, its room, then
   * its units, and is named by a handle (its page and its offset in the page). A block that is full
   * moves to twice the room at the end, leaving its old place unused (at most as much as the room
   * in use). An object per block (a list and its array: millions of them for a store of 1M items,
   * made again on every open) cost the collector more than the table: every one survives and is
   * copied. Before that, one list of them all grew by copying an array of tens of millions of
   * references (s9-18a's profile), and its last copies were humongous objects for G1.
   */
  private static final class Blocks {
    private static final int PAGE_BITS = 16;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int MAX_PAGES = 1 << (31 - PAGE_BITS);
    private static final int HEADER = 2; // size, room
    private static final int FIRST_ROOM = 2;
    private int[][] pages = new int[4][];
    private int pageCount;
    final Cursor main = new Cursor(); // where blocks are made, but by a parallel fill's workers

    /** A page where blocks are made, and the first unused offset in it. */
    static final class Cursor {
      private int[] page;
      private int index;
      private int free = PAGE;
    }

    /**
     * Grows the table of pages to its largest at once, so that workers with cursors of their own
     * can add pages at the same time (each then reads only the pages it added, until they join).
     */
    void prepareConcurrentPages() {
      if (pages.length < MAX_PAGES) {
        pages = Arrays.copyOf(pages, MAX_PAGES);
      }
    }

    /** Makes a block of two units; returns its handle. */
    int create(Cursor cursor, int first, int second) {
      int handle = allocate(cursor, FIRST_ROOM);
      int[] p = pageOf(handle);
      int at = handle & (PAGE - 1);
      p[at] = 2;
      p[at + HEADER] = first;
      p[at + HEADER + 1] = second;
      return handle;
    }

    /** Appends a unit to a block; returns the block's handle, a new one if it had to move. */
    int add(Cursor cursor, int handle, int unit) {
      int[] p = pageOf(handle);
      int at = handle & (PAGE - 1);
      int size = p[at];
      if (size == p[at + 1]) {
        int moved = allocate(cursor, 2 * size);
        int[] q = pageOf(moved);
        int to = moved & (PAGE - 1);
        System.arraycopy(p, at + HEADER, q, to + HEADER, size);
        handle = moved;
        p = q;
        at = to;
      }
      p[at + HEADER + size] = unit;
      p[at] = size + 1;
      return handle;
    }

    int size(int handle) {
      return pageOf(handle)[handle & (PAGE - 1)];
    }

    int get(int handle, int i) {
      int[] p = pageOf(handle);
      int at = handle & (PAGE - 1);
      if (i < 0 || i >= p[at]) {
        throw new IndexOutOfBoundsException(i);
      }
      return p[at + HEADER + i];
    }

    void copyTo(int handle, int count, int[] into) {
      int[] p = pageOf(handle);
      int at = handle & (PAGE - 1);
      if (count > p[at]) {
        throw new IndexOutOfBoundsException(count);
      }
      System.arraycopy(p, at + HEADER, into, 0, count);
    }

    private int[] pageOf(int handle) {
      return pages[handle >>> PAGE_BITS];
    }

    /**
     * Room for a block of {@code room} units, its size 0, in a cursor's page; returns its handle. A
     * block that does not fit in what is left of that page starts a new one (a block larger than a
     * page, which only an uncapped key makes, gets a page of its own, as long as it needs).
     */
    private int allocate(Cursor cursor, int room) {
      if (cursor.free + HEADER + room > PAGE) {
        cursor.page = new int[Math.max(PAGE, HEADER + room)];
        cursor.index = addPage(cursor.page);
        cursor.free = 0;
      }
      int handle = cursor.index << PAGE_BITS | cursor.free;
      cursor.page[cursor.free + 1] = room;
      // A page of its own is full: the next block starts a new one.
      cursor.free = HEADER + room > PAGE ? PAGE : cursor.free + HEADER + room;
      return handle;
    }

    /** Adds a page; returns its number. Workers of a parallel fill add pages at the same time. */
    private synchronized int addPage(int[] page) {
      if (pageCount >= MAX_PAGES) {
        throw new IllegalStateException("too many blocks for one table");
      }
      if (pageCount == pages.length) {
        pages = Arrays.copyOf(pages, Math.min(MAX_PAGES, 2 * pageCount));
      }
      pages[pageCount] = page;
      return pageCount++;
    }
  }

  /**
   * The bits a batch's buckets are sorted by after the top ones, for a table of {@code 2^bits}
   * slots (before the batch grows it, if it does: then twice the span): enough that the additions
   * of one run have their home slots within about {@code 2^spanBits} slots ({@value #SPAN_BITS} but
   * in tests), a few cache lines read in ascending order. Ten bits (at 300k items held, runs of 512
   * slots of a 400 MB table: 12 KB windows read in no order) missed the cache on most probes;
   * fourteen there cut the placing by about a fifth, sixteen (the most, from about 1M held) by a
   * third, for a slightly longer sort (s22-18a, {@code PostingsBatchCost}). A bucket holds ~125k
   * additions of a file of 100k items, so its counting sort by 16 bits still scatters within the
   * cache (one sort of the whole batch by 16 bits did not: see {@link Batch}).
   */
  static int batchSubBits(int bits, int spanBits) {
    return Math.max(BATCH_SUB_BITS, Math.min(MAX_BATCH_SUB_BITS, bits - TOP_BITS - spanBits));
  }

  /**
   * The bits a bucket of {@code n} additions is sorted by when {@code asked} were asked: all of
   * them for a bulk fill ({@value #SUB_BITS}), but for a batch's bucket at most about 64 counting
   * slots per addition (and at least {@value #BATCH_SUB_BITS}, what a batch was sorted by before
   * s22-18a), so the sort stays linear in the bucket's size. A bucket of a few keys sorted by 16
   * bits would allocate and walk two 65,537-slot arrays for them, a file of one item into a 1M
   * store ~60 times over; bits beyond that only order keys that rarely share the fewer ones.
   */
  static int bucketSortBits(int asked, int n) {
    if (asked <= BATCH_SUB_BITS) {
      return asked;
    }
    int linear = 32 - Integer.numberOfLeadingZeros(n) + 6;
    return Math.min(asked, Math.max(BATCH_SUB_BITS, linear));
  }

  /**
   * The fewest bits, at least {@code atLeast}, of a table that is not {@linkplain #overFull over
   * full} with this many keys.
   *
   * @throws IllegalStateException past the largest table
   */
  private static int bitsFor(long keyCount, int atLeast) {
    int target = atLeast;
    while (overFull(keyCount, 1L << target)) {
      target++;
    }
    checkBits(target, keyCount);
    return target;
  }

  /** Refuses a table larger than the arrays' largest power-of-two length (2^30 slots). */
  private static void checkBits(int bits, long keyCount) {
    if (bits > 30) {
      throw new IllegalStateException("too many keys for one table: " + keyCount);
    }
  }

  /**
   * Whether a table of this many slots would be too full for this many keys: it is kept at most
   * three quarters full. Linear probing then takes about 2.5 probes to find a key and 8.5 to miss
   * one, against 1.5 and 2.5 at half full, but with the hashes' top bits as home slots a probe runs
   * on within a cache line or two, while each doubling of a large table is a fresh array to
   * allocate, zero and first touch: at half full, a 1M-item import into a new store doubled it to
   * 2^27 slots (1.6 GB, 4.0 s of its last file's one thread) for 33.9M keys (session 45).
   */
  private static boolean overFull(long keyCount, long slotCount) {
    return 4 * keyCount > 3 * slotCount;
  }

  /** A key's home slot: the top bits of its hash, which every bit of the key moves. */
  private int home(long key) {
    return (int) (mix(key) >>> (64 - bits));
  }

  private static long mix(long key) {
    return key * 0x9E3779B97F4A7C15L;
  }
}
