package org.bulletins.dedup.internal.sketch;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

/**
 * Stage 2: candidate pairs from the items' hashed blocking keys, without comparing all pairs and
 * without holding all pairs at once.
 *
 * <p>Every item's keys are packed with its index into one array and sorted (a counting sort on the
 * top bits, in two passes, then a sort per bucket); each run of one key is a block. A block larger
 * than its cap gives no pairs: {@code maxBlockSize}, or for a term-pair key (top bit set) {@code
 * termBlockSize}. The blocks that give pairs are kept as lists of their members (and the members'
 * days), the entries dropped. The pairs are then produced in chunks: the pairs per left item are
 * counted first, the items cut into ranges of at most {@code chunkPairs} pairs (with repeats), and
 * each range's pairs are made, sorted and de-duplicated on their own. So memory holds the keys, the
 * entries and a char per key while the keys are placed (the keys freed as they are), the entries
 * while the blocks are found, then the blocks' members and one chunk: it follows the items, not the
 * pairs.
 *
 * <p>On a large batch the passes over all keys (counting and placing them) and over all blocks
 * (finding those that give pairs, counting each left item's pairs) are split in one part per core,
 * each part on its own thread, in ways that give exactly the arrays of one pass.
 *
 * <p>Given the items' dates and the engine's date window ({@link #of(long[][], int, int, long[],
 * int)}), a pair of two items dated further apart than the window is never made (but for days
 * beyond an int's range, see {@link #compactDay}): no rule can join them (the verifier's first rule
 * is the date conflict, and the cross-language rule's window is no wider), and on a corpus that
 * spans months they are nearly all of a block's pairs (98% of the candidate pairs of 100k generated
 * items). So leaving them out changes no story, and testing two days per pair of a block costs far
 * less than making, sorting and verifying the pair.
 */
public final class CandidatePairs {

  /** Pairs per chunk by default: 4M longs, 32 MiB. */
  public static final int DEFAULT_CHUNK_PAIRS = 1 << 22;

  private final int maxBlockSize;
  private final int termBlockSize;
  private final int items;
  // Whether pairs are dated (each item's epoch day given): else every two items of a block pair.
  private final boolean dated;
  private final int dateWindowDays;
  // The blocks that give pairs (within their cap, two items or more), found in two scans of the
  // entries (one counts, one copies): most keys are one item's alone. Block k's distinct members,
  // sorted, are members[blockStart[k], blockStart[k + 1]), with their epoch days at the same
  // places in memberDays (as ints, see compactDay; empty when the pairs are not dated). The passes
  // over the blocks (one to count, one per chunk) read these arrays in order, not the entries
  // (dropped) and the days by item.
  // Dropped by release(): see BlockingKeys.release() for why the arrays are let go of.
  private int[] blockStart;
  private int[] members;
  private int[] memberDays;
  // How many threads share the passes over all entries or all blocks.
  private final int parts;

  private CandidatePairs(
      Entries entries,
      int maxBlockSize,
      int termBlockSize,
      int items,
      long[] epochDay,
      int dateWindowDays,
      int parts) {
    this.dated = epochDay != null;
    this.dateWindowDays = dateWindowDays;
    this.maxBlockSize = maxBlockSize;
    this.termBlockSize = termBlockSize;
    this.items = items;
    this.parts = parts;
    PairBlocks blocks = findPairBlocks(entries, epochDay);
    entries.release();
    this.blockStart = blocks.start;
    this.members = blocks.members;
    this.memberDays = blocks.days;
    blocks.release();
  }

  /** The arrays that hold the blocks, for tests: {@link #release} lets go of them. */
  List<Object> heldArrays() {
    return List.of(blockStart, members, memberDays);
  }

  /**
   * Drops the blocks once their pairs are made: {@link #forEachChunk} fails after this. A large
   * run's blocks (hundreds of MB at a million items) are then free for the stages after the pairs.
   */
  public void release() {
    blockStart = null;
    members = null;
    memberDays = null;
  }

  /**
   * Sorts the keys of a batch into blocks.
   *
   * @param keys each item's blocking keys; emptied as they are read
   * @param maxBlockSize the cap of a block
   * @param termBlockSize the cap of a term-pair block (top key bit set)
   * @return the blocks
   */
  public static CandidatePairs of(long[][] keys, int maxBlockSize, int termBlockSize) {
    return of(keys, maxBlockSize, termBlockSize, null, 0);
  }

  /**
   * Sorts the keys of a batch into blocks whose pairs leave out two items dated further apart than
   * a window (as {@code PairVerifier}'s date rule measures it; an undated item pairs with any).
   *
   * @param keys each item's blocking keys; emptied as they are read
   * @param maxBlockSize the cap of a block
   * @param termBlockSize the cap of a term-pair block (top key bit set)
   * @param epochDay each item's epoch day, or {@link ItemSignature#UNDATED}; not copied
   * @param dateWindowDays the most days between two items of a pair
   * @return the blocks
   */
  public static CandidatePairs of(
      long[][] keys, int maxBlockSize, int termBlockSize, long[] epochDay, int dateWindowDays) {
    return of(keys, maxBlockSize, termBlockSize, epochDay, dateWindowDays, partsFor(keys.length));
  }

  /** Bucket bits beyond the index bits: about four buckets per item (see {@code of}). */
  private static final int EXTRA_BUCKET_BITS = 2;

  /**
   * Bits of the bucket number that choose a coarse bucket in the first placing pass: about a
   * thousand places to write in turn, whose current cache lines stay in the cache.
   */
  private static final int COARSE_BITS = 10;

  /** Most bits of a fine bucket within a coarse one: the entry's fine bucket is held in a char. */
  private static final int MAX_FINE_BITS = Character.SIZE;

  /** Groups of coarse buckets placed as tasks of their own in the second placing pass. */
  private static final int COARSE_GROUPS = 64;

  /** Items per part below which one thread does the passes: splitting costs more than it saves. */
  private static final int MIN_ITEMS_PER_PART = 1 << 14;

  /**
   * Most parts: each counts its pairs per left item in an array of one long per item (8 MB per
   * million items), so the parts are bounded whatever the cores.
   */
  private static final int MAX_PARTS = 4;

  /** One part per core (at most {@link #MAX_PARTS}) for a large batch, one for a small one. */
  private static int partsFor(int items) {
    int cores = Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors());
    return Math.max(1, Math.min(cores, items / MIN_ITEMS_PER_PART));
  }

  /**
   * {@link #of(long[][], int, int, long[], int)} of keys held as {@link BlockingKeys}.
   *
   * @param keys each item's blocking keys; released once read
   * @param maxBlockSize the cap of a block
   * @param termBlockSize the cap of a term-pair block (top key bit set)
   * @param epochDay each item's epoch day, or {@link ItemSignature#UNDATED}; not copied
   * @param dateWindowDays the most days between two items of a pair
   * @return the blocks
   */
  public static CandidatePairs of(
      BlockingKeys keys, int maxBlockSize, int termBlockSize, long[] epochDay, int dateWindowDays) {
    return of(keys, maxBlockSize, termBlockSize, epochDay, dateWindowDays, partsFor(keys.items()));
  }

  /**
   * {@link #of(long[][], int, int, long[], int)} with the passes over the keys and the blocks split
   * in a given number of parts, each on its own thread (tests choose it; the blocks and pairs do
   * not depend on it).
   */
  static CandidatePairs of(
      long[][] keys,
      int maxBlockSize,
      int termBlockSize,
      long[] epochDay,
      int dateWindowDays,
      int parts) {
    return of(BlockingKeys.of(keys), maxBlockSize, termBlockSize, epochDay, dateWindowDays, parts);
  }

  /** {@link #of(BlockingKeys, int, int, long[], int)} with the passes split in some parts. */
  static CandidatePairs of(
      BlockingKeys keys,
      int maxBlockSize,
      int termBlockSize,
      long[] epochDay,
      int dateWindowDays,
      int parts) {
    Entries entries = place(keys, parts);
    return new CandidatePairs(
        entries,
        maxBlockSize,
        Math.min(termBlockSize, maxBlockSize),
        keys.items(),
        epochDay,
        dateWindowDays,
        parts);
  }

  /**
   * A batch's keys with their items as sorted entries, and where each bucket's entries start: each
   * entry holds the key's bits that its bucket does not give, shifted left, and the item's index in
   * the low {@code indexBits}; sorted within each bucket, the buckets in order. The passes capture
   * this object, not its arrays, and {@link #release} drops them (see {@link
   * BlockingKeys#release()} for why).
   */
  private static final class Entries {
    final int indexBits;
    final int bucketBits;
    long[] entries;
    // Where each bucket starts in entries (one more for the end).
    int[] bucketStart;
    // While placing: each entry's fine bucket (the entry has lost the key's top bits that name it).
    char[] fine;

    Entries(long[] entries, char[] fine, int[] bucketStart, int indexBits, int bucketBits) {
      this.entries = entries;
      this.fine = fine;
      this.bucketStart = bucketStart;
      this.indexBits = indexBits;
      this.bucketBits = bucketBits;
    }

    void release() {
      entries = new long[0];
      bucketStart = new int[] {0};
      fine = new char[0];
    }
  }

  /** The sorted entries of some keys, for tests. */
  static long[] entries(long[][] keys, int parts) {
    return entries(BlockingKeys.of(keys), parts);
  }

  /** Where each bucket's entries start (one more for the end), for tests. */
  static int[] bucketStarts(long[][] keys, int parts) {
    return place(BlockingKeys.of(keys), parts).bucketStart;
  }

  /** The sorted entries of some keys, for tests; releases the keys. */
  static long[] entries(BlockingKeys keys, int parts) {
    return place(keys, parts).entries;
  }

  /** Sorts the keys into entries, the passes over them split in some parts; releases the keys. */
  private static Entries place(BlockingKeys keys, int parts) {
    int n = keys.items();
    // The chunks and the items' places are read inside each pass, not held here nor captured by
    // the passes: freed during and after placing, they are not kept alive by this method's frame
    // while the buckets are sorted and the blocks found, nor by a pass that outlived a collection.
    // Entries hold a key and an item in one long without losing key bits: the key's top indexBits
    // bits choose a bucket, and the entry keeps the key's other bits shifted left, with the item
    // index in the freed low bits. Equal entries in one bucket are equal keys.
    int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    // More buckets than items: the per-bucket sorts are insertion sorts, whose cost grows with the
    // square of a bucket's size (measured at 100k with one placing pass: the sorts 0.37x, the
    // whole stage 0.9x; eight per item gained nothing). The
    // bucket's extra bits are the entry's top bits, equal in one bucket; the entries are sorted as
    // signed longs, so the extra bits' first one is flipped in the bucket number: the sub-buckets
    // then come in the order of a signed sort of the larger bucket, and the entries array is the
    // one that one bucket per top indexBits value gave.
    // Above 2^22 items fewer extra bits (none from 2^24): the buckets' starts (an int each) stay
    // at about one per item.
    int bucketBits = Math.min(indexBits + EXTRA_BUCKET_BITS, Math.max(indexBits, 24));
    int extra = bucketBits - indexBits;
    int signFlip = extra == 0 ? 0 : 1 << (extra - 1);
    int bucketShift = 64 - bucketBits;
    int buckets = 1 << bucketBits;
    // The entries are placed in two passes with few places to write each, not one pass that writes
    // each key to a random one of the (millions of) buckets, a cache and TLB miss per key: first
    // into coarse buckets (the top bits of the bucket number: a thousand or so regions, written
    // in sequence), then each coarse bucket on its own (about 72k entries, 575 KB, at a million
    // items) into its fine buckets, which are sorted there and copied back. While the first pass
    // runs, the keys, the entries and the fine buckets are all held: about 18 bytes per key.
    int fineBits = Math.min(MAX_FINE_BITS, Math.max(0, bucketBits - COARSE_BITS));
    int coarseBuckets = 1 << (bucketBits - fineBits);
    int fineMask = (1 << fineBits) - 1;
    // Each part (a range of items) counts its keys per coarse bucket, then places them from its
    // own offset in each: after the parts before it, so that no two threads write one slot.
    int[] itemFrom = split(n, parts);
    int[][] next = new int[parts][];
    long[] totals = new long[parts];
    ChunkRelease release = new ChunkRelease(keys, parts);
    IntStream.range(0, parts)
        .parallel()
        .forEach(
            p -> {
              int[] count = new int[coarseBuckets];
              long total = 0;
              long[][] chunks = keys.chunks();
              long[] keyStart = keys.starts();
              long[] itemKeys = new long[0];
              for (int i = itemFrom[p]; i < itemFrom[p + 1]; i++) {
                if (keys.length(i) > 0) {
                  release.uses(p, i, (int) (keyStart[i] >>> 32));
                }
                itemKeys = keys.keysOf(i, chunks, itemKeys);
                int itemKeyCount = keys.keyCount(i);
                total += itemKeyCount;
                for (int k = 0; k < itemKeyCount; k++) {
                  count[((int) (itemKeys[k] >>> bucketShift) ^ signFlip) >>> fineBits]++;
                }
              }
              next[p] = count;
              totals[p] = total;
            });
    long total = 0;
    for (long t : totals) {
      total += t;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(total + " blocking keys: too many for one batch");
    }
    int[] coarseStart = new int[coarseBuckets + 1];
    int at = 0;
    for (int c = 0; c < coarseBuckets; c++) {
      coarseStart[c] = at;
      for (int p = 0; p < parts; p++) {
        int count = next[p][c];
        next[p][c] = at;
        at += count;
      }
    }
    coarseStart[coarseBuckets] = at;
    release.counted();
    int[] start = new int[buckets + 1];
    Entries placed =
        new Entries(new long[(int) total], new char[(int) total], start, indexBits, bucketBits);
    IntStream.range(0, parts)
        .parallel()
        .forEach(
            p -> {
              long[] entries = placed.entries;
              char[] fine = placed.fine;
              int[] slot = next[p];
              long[][] chunks = keys.chunks();
              long[] keyStart = keys.starts();
              long[] itemKeys = new long[0];
              for (int i = itemFrom[p]; i < itemFrom[p + 1]; i++) {
                itemKeys = keys.keysOf(i, chunks, itemKeys);
                int itemKeyCount = keys.keyCount(i);
                for (int k = 0; k < itemKeyCount; k++) {
                  long key = itemKeys[k];
                  int bucket = (int) (key >>> bucketShift) ^ signFlip;
                  int s = slot[bucket >>> fineBits]++;
                  entries[s] = key << indexBits | i;
                  fine[s] = (char) (bucket & fineMask);
                }
                if (keys.length(i) > 0) {
                  release.read(p, i, (int) (keyStart[i] >>> 32));
                }
              }
            });
    keys.release();
    int[] groupFrom = split(coarseBuckets, Math.min(coarseBuckets, COARSE_GROUPS));
    IntStream.range(0, groupFrom.length - 1)
        .parallel()
        .forEach(
            g ->
                placeFine(
                    placed.entries,
                    placed.fine,
                    coarseStart,
                    groupFrom[g],
                    groupFrom[g + 1],
                    fineBits,
                    placed.bucketStart));
    placed.fine = new char[0];
    start[buckets] = at;
    return placed;
  }

  /**
   * Frees each chunk of keys once the placing pass has read the last key in it, and before the pass
   * a chunk whose items all lost their keys ({@link BlockingKeys#clear}). A chunk holds the keys of
   * items that one thread signed one after another (and of later items that repeat one of them,
   * which keep it until they are read), so the pass leaves most chunks behind early: their memory
   * is free for the rest of the stage, not only after it. (The peak is not lower: the entries and
   * their fine buckets are allocated while every key is held.)
   */
  static final class ChunkRelease {
    private final BlockingKeys keys;
    // Per part and chunk: the part's last item with keys in the chunk, or -1.
    private final int[][] lastItem;
    // Per chunk: the parts that still read it.
    private final AtomicIntegerArray readers;

    ChunkRelease(BlockingKeys keys, int parts) {
      this.keys = keys;
      int chunks = keys.chunks().length;
      this.lastItem = new int[parts][chunks];
      for (int[] last : lastItem) {
        Arrays.fill(last, -1);
      }
      this.readers = new AtomicIntegerArray(chunks);
    }

    /** Part {@code part}'s item {@code item} has keys in a chunk (called in item order). */
    void uses(int part, int item, int chunk) {
      lastItem[part][chunk] = item;
    }

    /** Every part has told its items' chunks: frees the chunks that no part reads. */
    void counted() {
      for (int[] last : lastItem) {
        for (int c = 0; c < last.length; c++) {
          if (last[c] >= 0) {
            readers.incrementAndGet(c);
          }
        }
      }
      for (int c = 0; c < readers.length(); c++) {
        if (readers.get(c) == 0) {
          keys.release(c);
        }
      }
    }

    /** Part {@code part} has placed the keys of item {@code item}, which lie in a chunk. */
    void read(int part, int item, int chunk) {
      if (lastItem[part][chunk] == item && readers.decrementAndGet(chunk) == 0) {
        keys.release(chunk);
      }
    }
  }

  /**
   * The second placing pass over the coarse buckets [fromCoarse, toCoarse): each one's entries
   * moved into their fine buckets (through a buffer the size of the largest), each fine bucket
   * sorted, and the fine buckets' starts written into {@code start}.
   */
  private static void placeFine(
      long[] entries,
      char[] fine,
      int[] coarseStart,
      int fromCoarse,
      int toCoarse,
      int fineBits,
      int[] start) {
    int largest = 0;
    for (int c = fromCoarse; c < toCoarse; c++) {
      largest = Math.max(largest, coarseStart[c + 1] - coarseStart[c]);
    }
    long[] buffer = new long[largest];
    int fineBuckets = 1 << fineBits;
    int[] next = new int[fineBuckets];
    for (int c = fromCoarse; c < toCoarse; c++) {
      int from = coarseStart[c];
      int to = coarseStart[c + 1];
      Arrays.fill(next, 0);
      for (int s = from; s < to; s++) {
        next[fine[s]]++;
      }
      int first = c << fineBits;
      int offset = 0;
      for (int f = 0; f < fineBuckets; f++) {
        int count = next[f];
        start[first + f] = from + offset;
        next[f] = offset;
        offset += count;
      }
      for (int s = from; s < to; s++) {
        buffer[next[fine[s]]++] = entries[s];
      }
      // next[f] is now the end of fine bucket f in the buffer.
      int bucketFrom = 0;
      for (int f = 0; f < fineBuckets; f++) {
        if (next[f] - bucketFrom > 1) {
          Arrays.sort(buffer, bucketFrom, next[f]);
        }
        bucketFrom = next[f];
      }
      System.arraycopy(buffer, 0, entries, from, to - from);
    }
  }

  /** {@code parts + 1} bounds cutting [0, size) into parts as equal as can be. */
  private static int[] split(int size, int parts) {
    int[] from = new int[parts + 1];
    for (int p = 0; p <= parts; p++) {
      from[p] = (int) ((long) size * p / parts);
    }
    return from;
  }

  /**
   * What is done with each block that yields pairs: its members, sorted, distinct, in {@code
   * members[from, to)}, and their epoch days at the same places of {@code days} (when the pairs are
   * dated; else the array is empty).
   */
  private interface BlockVisitor {
    void visit(int[] members, int[] days, int from, int to);
  }

  /** Whether two members of a block make a pair: always without dates, else within the window. */
  private boolean near(int dayA, int dayB) {
    return !dated || ItemSignature.withinWindow(epochDay(dayA), epochDay(dayB), dateWindowDays);
  }

  /** The epoch day a {@link #compactDay} stands for (the day itself but for a clamped one). */
  private static long epochDay(int compactDay) {
    return compactDay == UNDATED_DAY ? ItemSignature.UNDATED : compactDay;
  }

  /** {@link ItemSignature#UNDATED} among the blocks' {@link #compactDay}s. */
  private static final int UNDATED_DAY = Integer.MIN_VALUE;

  /**
   * An epoch day as the blocks hold it, in an int (half the memory of a long, which the blocks of a
   * million items' run held for 15M members): {@link ItemSignature#UNDATED} as {@link
   * #UNDATED_DAY}, any other day as itself, or at the edge of an int's range for a day beyond it (a
   * date millions of years away). Such a day may then seem near another at or near the same edge,
   * which makes a pair the date rule refuses; that costs a verification and changes no verdict, and
   * real dates never get there.
   */
  static int compactDay(long epochDay) {
    if (epochDay == ItemSignature.UNDATED) {
      return UNDATED_DAY;
    }
    return (int) Math.max(UNDATED_DAY + 1, Math.min(Integer.MAX_VALUE, epochDay));
  }

  /**
   * The blocks that give pairs (see {@link #blockStart}), as the passes that find them capture
   * them: taken by the constructor, then released (see {@link Entries}).
   */
  private static final class PairBlocks {
    int[] start;
    int[] members;
    int[] days;

    PairBlocks(int[] start, int[] members, int[] days) {
      this.start = start;
      this.members = members;
      this.days = days;
    }

    void release() {
      start = null;
      members = null;
      days = null;
    }
  }

  /**
   * One part's scan of its buckets: how many blocks and members it found, and where they go in the
   * joined arrays.
   */
  private static final class PartBlocks {
    int blocks;
    int size;
    int blockOffset;
    int memberOffset;
  }

  /**
   * The blocks within their cap that hold two items or more, in order: each part of the buckets (a
   * block never spans two buckets) is scanned on its own thread, once to count its blocks and
   * members and once to copy them to its place in arrays allocated once, at their size.
   */
  private PairBlocks findPairBlocks(Entries entries, long[] epochDay) {
    int[] bucketStart = entries.bucketStart;
    int buckets = bucketStart.length - 1;
    int[] bucketFrom = new int[parts + 1];
    // Parts of about equal entries, not buckets: the buckets' sizes vary with the keys.
    int total = bucketStart[buckets];
    for (int p = 1; p < parts; p++) {
      int target = (int) ((long) total * p / parts);
      int b = Arrays.binarySearch(bucketStart, target);
      bucketFrom[p] = Math.max(bucketFrom[p - 1], b >= 0 ? b : -b - 1);
    }
    bucketFrom[parts] = buckets;
    PartBlocks[] found = new PartBlocks[parts];
    IntStream.range(0, parts)
        .parallel()
        .forEach(
            p -> {
              found[p] = new PartBlocks();
              scanBlocks(entries, bucketFrom[p], bucketFrom[p + 1], found[p], null);
            });
    int blocks = 0;
    long size = 0;
    for (PartBlocks f : found) {
      f.blockOffset = blocks;
      f.memberOffset = (int) size;
      blocks += f.blocks;
      size += f.size;
    }
    // At most one member per entry, so no more than the entries' int count. The members and their
    // days are zeroed on two threads at once: mostly fresh memory at this point of a large run
    // (about 120 MB at a million items), whose first touch was the slowest step of this pass while
    // the other core waited.
    int[][] membersAndDays = new int[2][];
    int memberCount = (int) size;
    int dayCount = dated ? memberCount : 0;
    IntStream.range(0, 2)
        .parallel()
        .forEach(a -> membersAndDays[a] = new int[a == 0 ? memberCount : dayCount]);
    PairBlocks out = new PairBlocks(new int[blocks + 1], membersAndDays[0], membersAndDays[1]);
    membersAndDays[0] = null; // the array of arrays may outlive this pass: see release()
    membersAndDays[1] = null;
    IntStream.range(0, parts)
        .parallel()
        .forEach(
            p -> {
              PartBlocks part = found[p];
              part.blocks = 0;
              part.size = 0;
              scanBlocks(entries, bucketFrom[p], bucketFrom[p + 1], part, new Copy(out, epochDay));
            });
    return out;
  }

  /** Where {@link #scanBlocks} copies the blocks it finds, and the items' days. */
  private record Copy(PairBlocks to, long[] epochDay) {}

  /**
   * Finds the blocks of the buckets [fromBucket, toBucket) that give pairs and counts them and
   * their members in {@code out}; given a {@code copy}, also copies their members (and days) to the
   * part's place in its arrays.
   */
  private void scanBlocks(Entries placed, int fromBucket, int toBucket, PartBlocks out, Copy copy) {
    long[] entries = placed.entries;
    int[] bucketStart = placed.bucketStart;
    int bucketBits = placed.bucketBits;
    long indexMask = (1L << placed.indexBits) - 1;
    for (int b = fromBucket; b < toBucket; b++) {
      // The top key bit, the first bit of the bucket, marks a term-pair key.
      int cap = (b >>> (bucketBits - 1)) == 1 ? termBlockSize : maxBlockSize;
      for (int first = bucketStart[b]; first < bucketStart[b + 1]; ) {
        long block = entries[first] & ~indexMask;
        int end = first;
        int size = 0;
        int last = -1;
        while (end < bucketStart[b + 1] && (entries[end] & ~indexMask) == block) {
          int item = (int) (entries[end] & indexMask);
          // Sorted, so an item twice under one key (two keys hashed alike) shows as a repeat.
          if (item != last) {
            size++;
            last = item;
          }
          end++;
        }
        if (size >= 2 && size <= cap) {
          if (copy != null) {
            int at = out.memberOffset + out.size;
            copyBlock(copy, entries, first, end, indexMask, at);
            copy.to().start[out.blockOffset + out.blocks + 1] = at + size;
          }
          out.blocks++;
          out.size += size;
        }
        first = end;
      }
    }
  }

  /**
   * Copies a block's distinct items (entries [first, end)) and their days from place {@code at}.
   */
  private static void copyBlock(
      Copy copy, long[] entries, int first, int end, long indexMask, int at) {
    int[] members = copy.to().members;
    int[] days = copy.to().days;
    long[] epochDay = copy.epochDay();
    int last = -1;
    for (int e = first; e < end; e++) {
      int item = (int) (entries[e] & indexMask);
      if (item != last) {
        if (epochDay != null) {
          days[at] = compactDay(epochDay[item]);
        }
        members[at++] = item;
        last = item;
      }
    }
  }

  /** The blocks of one part of the blocks, the parts about equal in blocks. */
  private void forEachBlockOfPart(int part, BlockVisitor visitor) {
    int blocks = blockStart.length - 1;
    int from = (int) ((long) blocks * part / parts);
    int to = (int) ((long) blocks * (part + 1) / parts);
    forEachBlock(0, items, from, to, visitor);
  }

  /**
   * The blocks that may give a pair whose left item lies in [lo, hi): a block whose first item is
   * at or past {@code hi}, or whose last is below {@code lo}, is skipped before its members are
   * read (each chunk passes over all blocks, and most lie outside its range).
   */
  private void forEachBlock(int lo, int hi, BlockVisitor visitor) {
    forEachBlock(lo, hi, 0, blockStart.length - 1, visitor);
  }

  /** {@link #forEachBlock(int, int, BlockVisitor)} over the blocks [fromBlock, toBlock). */
  private void forEachBlock(int lo, int hi, int fromBlock, int toBlock, BlockVisitor visitor) {
    for (int k = fromBlock; k < toBlock; k++) {
      int from = blockStart[k];
      int to = blockStart[k + 1];
      // A block's members are sorted: the first and last are its extremes.
      if (members[from] >= hi || members[to - 1] < lo) {
        continue;
      }
      visitor.visit(members, memberDays, from, to);
    }
  }

  /**
   * Hands the distinct candidate pairs to a consumer in chunks, each sorted, the chunks in order of
   * their left items; a pair is {@code left << 32 | right} with left below right.
   *
   * @param chunkPairs the most pairs (with repeats) made at once, at least 1
   * @param chunk receives each chunk: an array and the number of pairs in it (the array may be
   *     longer and is reused)
   * @return the number of distinct pairs
   * @throws IllegalStateException after {@link #release}
   */
  public long forEachChunk(int chunkPairs, ChunkConsumer chunk) {
    if (members == null) {
      throw new IllegalStateException("the blocks were released");
    }
    long[] perLeft = countPerLeft();
    int[] ranges = chunkRanges(perLeft, chunkPairs);
    if (ranges.length <= 2) {
      ChunkBuffer only = new ChunkBuffer();
      for (int r = 0; r < ranges.length; r += 2) {
        fill(only, perLeft, ranges[r], ranges[r + 1], chunkPairs, parts);
        chunk.accept(only.pairs, only.size);
      }
      return ranges.length == 0 ? 0 : only.size;
    }
    return new ChunksAhead(perLeft, ranges, chunkPairs).run(chunk);
  }

  /**
   * The pairs (with repeats) of each left item: each part of the blocks counts into its own array
   * on its own thread, and the arrays are added up.
   */
  private long[] countPerLeft() {
    long[][] counts = new long[parts][];
    IntStream.range(0, parts)
        .parallel()
        .forEach(
            p -> {
              long[] perLeft = new long[items];
              forEachBlockOfPart(
                  p,
                  (block, days, from, to) -> {
                    for (int x = from; x < to - 1; x++) {
                      if (!dated) {
                        perLeft[block[x]] += to - 1 - x;
                        continue;
                      }
                      for (int y = x + 1; y < to; y++) {
                        if (near(days[x], days[y])) {
                          perLeft[block[x]]++;
                        }
                      }
                    }
                  });
              counts[p] = perLeft;
            });
    long[] perLeft = counts[0];
    counts[0] = null; // the array of arrays may outlive this pass: see release()
    for (int p = 1; p < parts; p++) {
      long[] more = counts[p];
      counts[p] = null;
      for (int i = 0; i < items; i++) {
        perLeft[i] += more[i];
      }
    }
    return perLeft;
  }

  /**
   * The item ranges of the chunks, as [lo, hi) pairs: at most {@code chunkPairs} pairs (with
   * repeats) each, except a single left item with more; ranges without pairs are left out.
   */
  private int[] chunkRanges(long[] perLeft, int chunkPairs) {
    int[] out = new int[16];
    int n = 0;
    for (int lo = 0; lo < items; ) {
      long count = 0;
      int hi = lo;
      // At least one left item per chunk, however many pairs it has (at most items - 1).
      while (hi < items && (hi == lo || count + perLeft[hi] <= chunkPairs)) {
        count += perLeft[hi++];
      }
      if (count > 0) {
        if (n + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = lo;
        out[n++] = hi;
      }
      lo = hi;
    }
    return Arrays.copyOf(out, n);
  }

  /** One chunk's arrays, reused from chunk to chunk. */
  private static final class ChunkBuffer {
    long[] pairs = new long[0];
    // Where each left item's pairs go in the chunk: the pairs are placed by their left item as
    // they are made (a counting sort), so that only each left item's few pairs need sorting.
    int[] runStart = new int[0];
    int size;
  }

  /**
   * Makes the chunk of the left items [lo, hi) in a buffer: its sorted, distinct pairs. The pass
   * over the blocks is split by left items into {@code threads} ranges of about equal pairs, each
   * on its own thread, when nothing else runs meanwhile (the first chunk, or the only one).
   */
  private void fill(
      ChunkBuffer buffer, long[] perLeft, int lo, int hi, int chunkPairs, int threads) {
    long count = 0;
    for (int left = lo; left < hi; left++) {
      count += perLeft[left];
    }
    if (buffer.pairs.length < count) {
      buffer.pairs =
          new long[(int) Math.max(count, Math.min(chunkPairs, (long) buffer.pairs.length * 2))];
    }
    if (buffer.runStart.length < hi - lo + 1) {
      buffer.runStart =
          new int[Math.max(hi - lo + 1, Math.min(items + 1, buffer.runStart.length * 2))];
    }
    int[] runStart = buffer.runStart;
    runStart[0] = 0;
    for (int left = lo; left < hi; left++) {
      runStart[left - lo + 1] = runStart[left - lo] + (int) perLeft[left];
    }
    if (threads <= 1 || hi - lo < 2) {
      fillByLeft(buffer.pairs, runStart, lo, lo, hi);
    } else {
      // Each range owns whole left items, so their runs are disjoint and each run is filled by
      // one thread in block order, as one pass fills it.
      int[] from = new int[threads + 1];
      from[0] = lo;
      from[threads] = hi;
      long total = runStart[hi - lo];
      int left = lo;
      for (int t = 1; t < threads; t++) {
        long target = total * t / threads;
        while (left < hi && runStart[left - lo] < target) {
          left++;
        }
        from[t] = left;
      }
      long[] out = buffer.pairs;
      IntStream.range(0, threads)
          .parallel()
          .forEach(t -> fillByLeft(out, runStart, lo, from[t], from[t + 1]));
    }
    buffer.size = distinctRuns(buffer.pairs, runStart, hi - lo);
  }

  /**
   * The chunks made on a second thread while the caller consumes the one before: making a chunk (a
   * pass over the blocks, one thread) and consuming it (verification, on every core) overlap, so
   * the pass no longer leaves a core idle. Two buffers take turns; the chunks reach the consumer in
   * order, on the calling thread, exactly as made one after the other.
   */
  private final class ChunksAhead {
    // Dropped, with the buffers' arrays, when the run ends: see release().
    private long[] perLeft;
    private final int[] ranges;
    private final int chunkPairs;
    private final BlockingQueue<ChunkBuffer> free = new ArrayBlockingQueue<>(2);
    // Room for both buffers and the end, so that adding the end never waits.
    private final BlockingQueue<ChunkBuffer> made = new ArrayBlockingQueue<>(3);
    // Set by the maker if it fails: the consumer rethrows it.
    private volatile Throwable failure;
    // Stands for "no more chunks" in the queue of made chunks.
    private final ChunkBuffer end = new ChunkBuffer();

    ChunksAhead(long[] perLeft, int[] ranges, int chunkPairs) {
      this.perLeft = perLeft;
      this.ranges = ranges;
      this.chunkPairs = chunkPairs;
      free.add(new ChunkBuffer());
      free.add(new ChunkBuffer());
    }

    long run(ChunkConsumer chunk) {
      Thread maker = new Thread(this::make, "bulletins-candidate-pairs");
      maker.setDaemon(true);
      maker.start();
      long distinct = 0;
      try {
        while (true) {
          ChunkBuffer buffer = made.take();
          if (buffer == end) {
            break;
          }
          distinct += buffer.size;
          chunk.accept(buffer.pairs, buffer.size);
          free.add(buffer);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while pairing", e);
      } finally {
        // On the consumer's failure (or interruption), the maker must stop too.
        maker.interrupt();
        joinQuietly(maker);
        perLeft = null;
        for (ChunkBuffer buffer : free) {
          buffer.pairs = new long[0];
          buffer.runStart = new int[0];
        }
      }
      Throwable f = failure;
      if (f instanceof RuntimeException r) {
        throw r;
      } else if (f instanceof Error e) {
        throw e;
      } else if (f != null) {
        throw new IllegalStateException(f);
      }
      return distinct;
    }

    private void make() {
      try {
        for (int r = 0; r < ranges.length; r += 2) {
          ChunkBuffer buffer = free.take();
          // The first chunk is made while nothing is verified: on every core. Later chunks are
          // made on this thread while the one before is verified on every core.
          fill(buffer, perLeft, ranges[r], ranges[r + 1], chunkPairs, r == 0 ? parts : 1);
          made.put(buffer);
        }
      } catch (InterruptedException e) {
        return; // the consumer stopped
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      made.add(end);
    }
  }

  private static void joinQuietly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Receives one chunk of sorted, distinct pairs. */
  public interface ChunkConsumer {
    /**
     * One chunk.
     *
     * @param pairs the pairs in the first {@code size} places
     * @param size how many
     */
    void accept(long[] pairs, int size);
  }

  /**
   * Every pair of a block whose left item lies in [lo, hi), with repeats, placed in its left item's
   * run: left item {@code base + r} owns {@code [runStart[r], runStart[r + 1])}, which its count in
   * {@code perLeft} made exactly large enough ({@code base} is the chunk's first left item, at or
   * below {@code lo}).
   */
  private void fillByLeft(long[] out, int[] runStart, int base, int lo, int hi) {
    int[] next = Arrays.copyOfRange(runStart, lo - base, hi - base);
    forEachBlock(
        lo,
        hi,
        (block, days, from, to) -> {
          for (int x = from; x < to - 1; x++) {
            int left = block[x];
            if (left < lo) {
              continue;
            }
            if (left >= hi) {
              break;
            }
            int at = next[left - lo];
            for (int y = x + 1; y < to; y++) {
              // The same test as the count, so that each left item's run is filled exactly (the
              // days are read only when the pairs are dated).
              if (!dated || near(days[x], days[y])) {
                out[at++] = (long) left << 32 | block[y];
              }
            }
            next[left - lo] = at;
          }
        });
  }

  /**
   * Sorts each left item's run and keeps its distinct pairs, then moves them together to the front,
   * in order of their left items: the same as sorting the whole chunk and dropping repeats (a
   * pair's left item is its high half), with small sorts instead of one large one. The runs are
   * sorted in parallel.
   *
   * @return the number of distinct pairs now at the front
   */
  private static int distinctRuns(long[] values, int[] runStart, int runs) {
    int[] kept = new int[runs];
    IntStream.range(0, runs)
        .parallel()
        .forEach(
            r -> {
              int from = runStart[r];
              int to = runStart[r + 1];
              Arrays.sort(values, from, to);
              int n = 0;
              for (int i = from; i < to; i++) {
                if (n == 0 || values[from + n - 1] != values[i]) {
                  values[from + n++] = values[i];
                }
              }
              kept[r] = n;
            });
    int distinct = 0;
    for (int r = 0; r < runs; r++) {
      System.arraycopy(values, runStart[r], values, distinct, kept[r]);
      distinct += kept[r];
    }
    return distinct;
  }

  /**
   * All distinct pairs at once, sorted: for small batches and tests.
   *
   * @return the pairs
   */
  public long[] all() {
    long[][] out = {new long[0]};
    int[] size = {0};
    forEachChunk(
        Integer.MAX_VALUE - 8,
        (pairs, n) -> {
          out[0] = Arrays.copyOf(out[0], size[0] + n);
          System.arraycopy(pairs, 0, out[0], size[0], n);
          size[0] += n;
        });
    return out[0];
  }
}
