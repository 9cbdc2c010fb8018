package org.bulletins.dedup.internal.sketch;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blocking keys of a batch's items, held from signing to the blocks ({@link CandidatePairs}) in
 * a few large arrays: each signing thread copies an item's keys into its own current array (a
 * <em>chunk</em>), and the item keeps where they lie.
 *
 * <p>Why not one array per item: those arrays live from an item's signing to the blocks, so every
 * young collection while signing copies them out of the young generation (about 0.8 GB at a million
 * items, a quarter of what survives signing). Here an item's own array dies young, and a chunk (8
 * MiB in a large batch) is large enough for G1 to place it outside the young generation at once:
 * the keys are never copied by a collection. Same keys, same order per item.
 *
 * <p>An item's term-pair keys may be held as the term hashes they are made of (about 10 hashes for
 * about 46 pair keys per generated item): {@link #keysOf} makes the pairs, as the signer does, when
 * the blocks read them. At a million items that holds about 36 longs per item instead of 74, 300 MB
 * less while signing and while the blocks are sorted, the heap's peak.
 *
 * <p>An item that repeats another's text may instead {@link #share} its place: both read the same
 * keys, and the chunk then lives until the later of the two is read.
 *
 * <p>{@link #put} and {@link #share} are safe from many threads, each item put or shared once; the
 * other methods are read after those threads are joined, and {@link #release(int)} may free one
 * chunk while other threads read the others.
 */
public final class BlockingKeys {

  /**
   * Longs per chunk: 8 MiB with the array's 16-byte header (compressed class pointers, the
   * default), so that a chunk fills whole regions of G1 (1, 2 or 4 MiB in heaps of 2 to 8 GiB, 2
   * MiB at 4 GiB): one more long and each chunk took a fifth 2 MiB region, mostly empty.
   */
  static final int DEFAULT_CHUNK = (1 << 20) - 2;

  /** Longs per chunk at least: 32 KiB. */
  static final int MIN_CHUNK = 1 << 12;

  private final int chunkSize;
  private final int items;
  // Each item's chunk (high int) and first key's place in it (low int). This array, the two below
  // and the chunks are dropped by release(), not only left with this object: see release().
  private long[] start;
  private int[] length;
  // How many of an item's keys (its last ones) are term hashes standing for their pair keys.
  private byte[] termHashes;
  // The chunks put so far, the first chunkCount places; grown by copying, the old array emptied.
  private long[][] chunks = new long[16][];
  private int chunkCount;
  private final ConcurrentHashMap<Thread, Appender> appenders = new ConcurrentHashMap<>();
  private long[][] sealed;

  /**
   * Room for the keys of some items, none put yet.
   *
   * @param items how many items
   */
  public BlockingKeys(int items) {
    this(items, chunkFor(items));
  }

  /**
   * A chunk for a batch of this many items: 8 MiB for large batches, less for small ones (about 64
   * keys per item), so that a call with a few items does not allocate 8 MiB per signing thread.
   */
  static int chunkFor(int items) {
    return (int) Math.min(DEFAULT_CHUNK, Math.max(MIN_CHUNK, 64L * items));
  }

  BlockingKeys(int items, int chunkSize) {
    this.chunkSize = chunkSize;
    this.items = items;
    this.start = new long[items];
    this.length = new int[items];
    this.termHashes = new byte[items];
  }

  /**
   * The keys of some items, copied: for callers that hold one array per item.
   *
   * @param keys each item's keys; emptied (each array dropped) as they are copied
   * @return the same keys
   */
  public static BlockingKeys of(long[][] keys) {
    BlockingKeys out = new BlockingKeys(keys.length);
    for (int i = 0; i < keys.length; i++) {
      out.put(i, keys[i], keys[i].length);
      keys[i] = null;
    }
    return out;
  }

  /** The current chunk of one putting thread. */
  private static final class Appender {
    long[] chunk = new long[0];
    int index;
    int at;
  }

  /**
   * Puts an item's keys (once per item).
   *
   * @param item the item's index
   * @param keys an array holding its keys first
   * @param count how many keys
   */
  public void put(int item, long[] keys, int count) {
    put(item, keys, count, 0);
  }

  /**
   * Puts a signed item's keys (once per item): its band keys, then its blocking term hashes, whose
   * pair keys {@link #keysOf} makes as {@link ItemSigner.CompactSigned#expanded} would.
   *
   * @param item the item's index
   * @param signed the item's compact signing
   */
  public void put(int item, ItemSigner.CompactSigned signed) {
    put(item, signed.keys(), signed.keys().length, signed.termHashes());
  }

  /**
   * Puts an item's keys (once per item), the last of them term hashes whose pair keys {@link
   * #keysOf} makes.
   *
   * @param item the item's index
   * @param keys an array holding its keys first, then its blocking term hashes in the signer's
   *     order
   * @param count how many keys and term hashes
   * @param terms how many of them are term hashes (at most {@link
   *     org.bulletins.dedup.DedupOptions#maxTermsPerItem()}'s bound, 64)
   */
  void put(int item, long[] keys, int count, int terms) {
    if (terms < 0 || terms > count || terms > Byte.MAX_VALUE) {
      throw new IllegalArgumentException(terms + " term hashes of " + count + " keys");
    }
    termHashes[item] = (byte) terms;
    Appender a = appenders.computeIfAbsent(Thread.currentThread(), t -> new Appender());
    if (count > a.chunk.length - a.at) {
      // An item with more keys than a chunk holds gets a chunk of its own; the thread's current
      // chunk stays current.
      if (count > chunkSize) {
        long[] own = new long[count];
        System.arraycopy(keys, 0, own, 0, count);
        start[item] = (long) add(own) << 32;
        length[item] = count;
        return;
      }
      a.chunk = new long[chunkSize];
      a.index = add(a.chunk);
      a.at = 0;
    }
    System.arraycopy(keys, 0, a.chunk, a.at, count);
    start[item] = (long) a.index << 32 | a.at;
    length[item] = count;
    a.at += count;
  }

  /**
   * Gives an item the keys put for another (the same place in the same chunk, not a copy): for an
   * item that repeats another's text. Safe from many threads, once the other's put is visible.
   *
   * @param item the item's index
   * @param same the other item's index, its keys put already
   */
  public void share(int item, int same) {
    start[item] = start[same];
    length[item] = length[same];
    termHashes[item] = termHashes[same];
  }

  private synchronized int add(long[] chunk) {
    if (chunkCount == chunks.length) {
      long[][] grown = Arrays.copyOf(chunks, 2 * chunkCount);
      Arrays.fill(chunks, null); // see release()
      chunks = grown;
    }
    chunks[chunkCount] = chunk;
    return chunkCount++;
  }

  /**
   * Drops an item's keys: it gives no block.
   *
   * @param item the item's index
   */
  public void clear(int item) {
    length[item] = 0;
    termHashes[item] = 0;
  }

  /**
   * How many items.
   *
   * @return the items
   */
  public int items() {
    return items;
  }

  /** How many longs an item holds: its keys, with term hashes in place of their pair keys. */
  int length(int item) {
    return length[item];
  }

  /** How many keys an item has, its term hashes' pair keys made. */
  int keyCount(int item) {
    int terms = termHashes[item];
    return length[item] - terms + SignedCodec.pairCount(terms);
  }

  /**
   * An item's keys, its term hashes' pair keys made, written from the start of an array.
   *
   * @param item the item's index
   * @param chunks {@link #chunks()}
   * @param out an array for them, or one too short
   * @return {@code out}, or a larger array if it was too short, holding {@link #keyCount} keys
   */
  long[] keysOf(int item, long[][] chunks, long[] out) {
    int count = keyCount(item);
    long[] keys = out.length >= count ? out : new long[Math.max(count, 2 * out.length)];
    if (count == 0) {
      return keys;
    }
    long[] chunk = chunks[(int) (start[item] >>> 32)];
    int from = (int) start[item];
    int terms = termHashes[item];
    int other = length[item] - terms;
    System.arraycopy(chunk, from, keys, 0, other);
    SignedCodec.pairKeys(chunk, from + other, from + length[item], keys, other);
    return keys;
  }

  /** Where an item's first key lies in its {@link #chunk}. */
  int from(int item) {
    return (int) start[item];
  }

  /**
   * The array holding an item's keys (from {@link #from}); any array, or null once its chunk is
   * released, for an item without keys. Not after {@link #release()}, which drops the items' places
   * too.
   */
  long[] chunk(int item) {
    return sealed()[(int) (start[item] >>> 32)];
  }

  /** The chunks as an array, once all are put. */
  private synchronized long[][] sealed() {
    if (sealed == null) {
      for (Appender a : appenders.values()) {
        a.chunk = null; // see release()
      }
      appenders.clear();
      sealed = chunkCount == 0 ? new long[][] {new long[0]} : Arrays.copyOf(chunks, chunkCount);
      Arrays.fill(chunks, null); // the sealed array alone holds them from now on
    }
    return sealed;
  }

  /**
   * The chunks, read after every put: {@link #chunk}'s array by the high int of an item's start.
   */
  long[][] chunks() {
    return sealed();
  }

  /** Each item's chunk (high int) and first place (low int). */
  long[] starts() {
    return start;
  }

  /**
   * Drops one chunk, whose keys are all read, while others are still read: {@link #chunks} then
   * holds null in its place.
   *
   * @param chunk the chunk's index in {@link #chunks}
   */
  synchronized void release(int chunk) {
    long[][] all = sealed();
    if (chunk < all.length) {
      all[chunk] = null;
    }
  }

  /**
   * Drops the chunks and the items' places (the keys are read): their memory is free while the
   * pairs are verified. The arrays are let go of here, not only with this object: an object that
   * outlives a young collection is in the old generation, where G1 finds it dead only when it marks
   * (late in a large run, see the launcher), and while it still points at a large array G1 keeps
   * that array too, however early the array was dropped.
   */
  synchronized void release() {
    long[][] all = sealed();
    Arrays.fill(all, null);
    sealed = new long[][] {new long[0]};
    start = new long[0];
    length = new int[0];
    termHashes = new byte[0];
  }

  /**
   * An item's keys, copied (for tests).
   *
   * @param item the item's index
   * @return its keys
   */
  long[] keys(int item) {
    return Arrays.copyOf(keysOf(item, chunks(), new long[0]), keyCount(item));
  }
}
