package org.bulletins.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The blocks of the blocking keys: the items of each key held by two or more items.
 *
 * <p>Each item has tens of keys, and most keys belong to one item alone. Aggregated per key as
 * objects (a block per key, on both sides of the shuffle), they were most of blocking's time once
 * the candidate pairs were cheap ({@link PairShuffle}). Here the (key, item) entries travel as
 * primitive arrays to the partition of their key, which sorts its keys, keeps those held twice or
 * more and gathers their members: no object per entry or per key.
 */
final class KeyBlocks implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Longs (two per entry) held by the buffers of one map task before the largest is sent. */
  static final int BUFFERED = 1 << 23;

  /** The caps of blocks: one for keys of kind "term pair" (negative keys), one for the others. */
  record Caps(int band, int termPair) implements Serializable {
    int of(long key) {
      return key < 0 ? termPair : band;
    }
  }

  /** Gives the keys of one source record. */
  interface Keys<T> extends Serializable {
    long item(T source);

    long[] keys(T source);
  }

  /** The keys of (item position, keys) records. */
  static final class PositionKeys implements Keys<Tuple2<Long, long[]>> {
    private static final long serialVersionUID = 1L;

    @Override
    public long item(Tuple2<Long, long[]> source) {
      return source._1();
    }

    @Override
    public long[] keys(Tuple2<Long, long[]> source) {
      return source._2();
    }
  }

  private final long[] keys;
  private final long[] sizes;
  private final int[] starts;
  private final long[] members;

  private KeyBlocks(long[] keys, long[] sizes, int[] starts, long[] members) {
    this.keys = keys;
    this.sizes = sizes;
    this.starts = starts;
    this.members = members;
  }

  /**
   * The blocks of some items' keys: one per partition of {@code byKey}.
   *
   * @param source the items
   * @param keys an item's position and keys (each key once)
   * @param byKey the partitioner of keys
   * @param caps the caps: a block over its cap keeps its size, not its members
   * @return one {@code KeyBlocks} per partition
   */
  static <T> JavaRDD<KeyBlocks> of(
      JavaRDD<T> source, Keys<T> keys, HashPartitioner byKey, Caps caps) {
    return of(source, keys, byKey, caps, BUFFERED);
  }

  /**
   * As {@link #of(JavaRDD, Keys, HashPartitioner, Caps)}, with buffers of {@code buffered} longs.
   */
  static <T> JavaRDD<KeyBlocks> of(
      JavaRDD<T> source, Keys<T> keys, HashPartitioner byKey, Caps caps, int buffered) {
    JavaPairRDD<Integer, long[]> routed =
        source.mapPartitionsToPair(it -> new Router<>(it, keys, byKey, buffered));
    // An Integer's hash is itself: record p goes to partition p.
    return routed
        .partitionBy(new HashPartitioner(byKey.numPartitions()))
        .mapPartitions(
            it -> {
              PartitionRouter.Received received =
                  PartitionRouter.Received.from(it, 2, "key entries");
              List<long[]> arrays = received.arrays();
              long[] entryKeys = new long[received.records()];
              long[] entryItems = new long[received.records()];
              int at = 0;
              for (int i = 0; i < arrays.size(); i++) {
                long[] a = arrays.set(i, null);
                for (int j = 0; j < a.length; j += 2) {
                  entryKeys[at] = a[j];
                  entryItems[at++] = a[j + 1];
                }
              }
              return List.of(gather(entryKeys, entryItems, caps)).iterator();
            },
            true);
  }

  /**
   * The blocks of some entries.
   *
   * @param entryKeys the entries' keys
   * @param entryItems the entries' items
   * @param caps the caps
   * @return the keys held by two or more entries, with their sizes and (under the cap) members
   */
  static KeyBlocks gather(long[] entryKeys, long[] entryItems, Caps caps) {
    long[] sorted = entryKeys.clone();
    Arrays.sort(sorted);
    int blocks = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = run(sorted, i);
      if (j - i >= 2) {
        blocks++;
      }
      i = j;
    }
    long[] keys = new long[blocks];
    long[] sizes = new long[blocks];
    int[] starts = new int[blocks + 1];
    int b = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = run(sorted, i);
      if (j - i >= 2) {
        keys[b] = sorted[i];
        sizes[b] = (long) j - i;
        starts[b + 1] = starts[b] + (j - i <= caps.of(sorted[i]) ? j - i : 0);
        b++;
      }
      i = j;
    }
    long[] members = new long[starts[blocks]];
    int[] filled = Arrays.copyOf(starts, blocks);
    for (int e = 0; e < entryKeys.length; e++) {
      int k = Arrays.binarySearch(keys, entryKeys[e]);
      if (k >= 0 && filled[k] < starts[k + 1]) {
        members[filled[k]++] = entryItems[e];
      }
    }
    return new KeyBlocks(keys, sizes, starts, members);
  }

  /** The end of the run of equal values that starts at {@code i}. */
  private static int run(long[] sorted, int i) {
    int j = i + 1;
    while (j < sorted.length && sorted[j] == sorted[i]) {
      j++;
    }
    return j;
  }

  /** The number of blocks (keys of two or more items). */
  int size() {
    return keys.length;
  }

  /** The blocks over their cap, as (key, size). */
  List<Tuple2<Long, Long>> capped() {
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    for (int b = 0; b < keys.length; b++) {
      if (starts[b] == starts[b + 1]) {
        out.add(new Tuple2<>(keys[b], sizes[b]));
      }
    }
    return out;
  }

  /** The pairs of the blocks under their cap, lower position first ({@link PairShuffle#pair}). */
  void pairs(LongConsumer sink) {
    for (int b = 0; b < keys.length; b++) {
      long[] block = Arrays.copyOfRange(members, starts[b], starts[b + 1]);
      Arrays.sort(block);
      for (int x = 0; x < block.length; x++) {
        for (int y = x + 1; y < block.length; y++) {
          sink.accept(PairShuffle.pair(block[x], block[y]));
        }
      }
    }
  }

  /** A map task's entries per destination partition, two longs each, sent in arrays. */
  private static final class Router<T> extends PartitionRouter<T> {
    private final Keys<T> keys;
    private final HashPartitioner byKey;

    Router(Iterator<T> source, Keys<T> keys, HashPartitioner byKey, int buffered) {
      super(source, byKey.numPartitions(), buffered);
      this.keys = keys;
      this.byKey = byKey;
    }

    @Override
    void route(T element) {
      long item = keys.item(element);
      for (long key : keys.keys(element)) {
        add(byKey.getPartition(key), key, item);
      }
    }

    @Override
    long[] pack(long[] buffer, int size) {
      return Arrays.copyOf(buffer, size);
    }
  }
}
