package org.bulletins.spark.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;

/**
 * Pairs of items as one long each ({@code left << 32 | right}), shuffled once to the partition of
 * their left item, without repeats.
 *
 * <p>Blocking gives tens of candidate pairs per item, many of them several times (two items that
 * share several keys). Shuffled as boxed tuples, de-duplicated by {@code distinct} and then grouped
 * again by left item for verification, they were most of SparkDedup's time. Here each map task
 * routes its pairs to their destination partition in primitive buffers, sorts and de-duplicates a
 * buffer when it is full and sends it as one {@code long[]}; each destination merges its arrays
 * into one sorted array without repeats, in which a left item's pairs are consecutive. One shuffle
 * de-duplicates and groups.
 */
final class PairShuffle {

  /** Longs held by the buffers of one map task before the largest is sent (64 MiB). */
  static final int BUFFERED = 1 << 23;

  private static final long INDEX_MASK = 0xFFFF_FFFFL;

  private PairShuffle() {}

  /** Gives the pairs of one source record. */
  interface Pairs<T> extends Serializable {
    void emit(T source, LongConsumer sink);
  }

  /**
   * A pair as one long.
   *
   * @param left an item position, below 2^32
   * @param right an item position, below 2^32
   * @return {@code left << 32 | right}
   */
  static long pair(long left, long right) {
    if ((left & ~INDEX_MASK) != 0 || (right & ~INDEX_MASK) != 0) {
      throw new IllegalArgumentException("item positions past 2^32: " + left + ", " + right);
    }
    return left << 32 | right;
  }

  static long left(long pair) {
    return pair >>> 32;
  }

  static long right(long pair) {
    return pair & INDEX_MASK;
  }

  /**
   * Routes the pairs of some records to the partition of their left item, as sorted arrays without
   * repeats (within one array).
   *
   * @param source the records
   * @param pairs the pairs of a record
   * @param byIndex the partitioner of item positions
   * @return (destination partition, pairs) records, to be merged by {@link #merge}
   */
  static <T> JavaPairRDD<Integer, long[]> route(
      JavaRDD<T> source, Pairs<T> pairs, HashPartitioner byIndex) {
    return route(source, pairs, byIndex, BUFFERED);
  }

  /** As {@link #route(JavaRDD, Pairs, HashPartitioner)}, with buffers of {@code buffered} longs. */
  static <T> JavaPairRDD<Integer, long[]> route(
      JavaRDD<T> source, Pairs<T> pairs, HashPartitioner byIndex, int buffered) {
    return source.mapPartitionsToPair(it -> new Router<>(it, pairs, byIndex, buffered));
  }

  /**
   * Merges routed pairs: one shuffle, then partition p holds one sorted array without repeats of
   * the pairs whose left item is in partition p of {@code byIndex}.
   *
   * @param routed the output of {@link #route} (several unioned, maybe)
   * @param byIndex the partitioner of item positions given to {@link #route}
   * @return one array per partition, aligned with {@code byIndex}'s partitions
   */
  static JavaRDD<long[]> merge(JavaPairRDD<Integer, long[]> routed, HashPartitioner byIndex) {
    // An Integer's hash is itself: record p goes to partition p.
    return routed
        .partitionBy(new HashPartitioner(byIndex.numPartitions()))
        .mapPartitions(
            it -> {
              PartitionRouter.Received received =
                  PartitionRouter.Received.from(it, 1, "candidate pairs");
              List<long[]> arrays = received.arrays();
              long[] all = new long[received.records()];
              int at = 0;
              for (int i = 0; i < arrays.size(); i++) {
                long[] a = arrays.set(i, null);
                System.arraycopy(a, 0, all, at, a.length);
                at += a.length;
              }
              return List.of(sortedUnique(all, all.length)).iterator();
            },
            true);
  }

  /** The number of pairs in merged arrays. */
  static long count(JavaRDD<long[]> merged) {
    return merged.map(a -> (long) a.length).fold(0L, Long::sum);
  }

  /**
   * Sorts the first {@code length} longs of an array and drops repeats, in place.
   *
   * @return a new array of the distinct values, ascending
   */
  static long[] sortedUnique(long[] values, int length) {
    Arrays.sort(values, 0, length);
    int kept = 0;
    for (int i = 0; i < length; i++) {
      if (kept == 0 || values[i] != values[kept - 1]) {
        values[kept++] = values[i];
      }
    }
    return Arrays.copyOf(values, kept);
  }

  /**
   * A map task's pairs per destination partition. Buffers share a budget of longs ({@link
   * #BUFFERED}); past it the largest buffer is sorted, de-duplicated and sent, so that repeats
   * produced close together (blocks of one partition) go once while memory stays bounded.
   */
  private static final class Router<T> extends PartitionRouter<T> {
    private final Pairs<T> pairs;
    private final LongConsumer toLeftPartition;

    Router(Iterator<T> source, Pairs<T> pairs, HashPartitioner byIndex, int buffered) {
      super(source, byIndex.numPartitions(), buffered);
      this.pairs = pairs;
      this.toLeftPartition = pair -> add(byIndex.getPartition(left(pair)), pair);
    }

    @Override
    void route(T element) {
      pairs.emit(element, toLeftPartition);
    }

    @Override
    long[] pack(long[] buffer, int size) {
      return sortedUnique(buffer, size);
    }
  }
}
