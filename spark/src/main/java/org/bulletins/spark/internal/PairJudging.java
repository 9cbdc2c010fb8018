package org.bulletins.spark.internal;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Judges candidate pairs of items whose values live in an RDD partitioned by item position.
 *
 * <p>The plain way, joining the pairs with the values twice, ships the left item's value once per
 * pair; with tens of candidates per item that is most of the shuffle. Here the pairs come grouped
 * by their left item on its own partition ({@link PairShuffle#merge}), and the left value travels
 * once per partition that holds some of its right items, with the list of those rights; each such
 * bundle is judged against a map of that partition's values, which never leave it.
 */
final class PairJudging {

  private PairJudging() {}

  /** Judges pairs of one partition. */
  interface Judge<V> {
    boolean same(long left, V leftValue, long right, V rightValue);
  }

  /** Makes a judge per partition (judges may keep caches). */
  interface Judges<V> extends Serializable {
    Judge<V> create();
  }

  /** A left item, its value and its right items of one partition. */
  static final class Bundle<V> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long left;
    private final V value;
    private final long[] rights;

    Bundle(long left, V value, long[] rights) {
      this.left = left;
      this.value = value;
      this.rights = rights;
    }
  }

  /**
   * The pairs judged the same.
   *
   * @param byLeft candidate pairs as {@link PairShuffle#pair} longs, partition p holding sorted
   *     arrays of the pairs whose left item is in partition p of {@code byIndex}, without repeats
   * @param values each item's value, partitioned by {@code byIndex}; every item of a pair has one
   * @param byIndex the values' partitioner
   * @param judges the judge
   * @return the pairs judged the same, as {@link PairShuffle#pair} longs (one array per partition,
   *     partitioned by right item)
   */
  static <V> JavaRDD<long[]> judge(
      JavaRDD<long[]> byLeft,
      JavaPairRDD<Long, V> values,
      HashPartitioner byIndex,
      Judges<V> judges) {
    int partitions = byIndex.numPartitions();
    JavaPairRDD<Integer, Bundle<V>> bundles =
        // Partition p of the pairs meets partition p of the values: no shuffle of either.
        byLeft
            .zipPartitions(
                values,
                (pairIt, valueIt) -> {
                  Map<Long, V> local = new HashMap<>();
                  valueIt.forEachRemaining(t -> local.put(t._1(), t._2()));
                  return new Bundler<>(pairIt, local, byIndex);
                })
            .mapToPair(t -> t)
            // Partition p of the bundles meets partition p of the values (an Integer's hash is
            // itself).
            .partitionBy(new HashPartitioner(partitions));
    return bundles.zipPartitions(
        values, (bundleIt, valueIt) -> judged(bundleIt, valueIt, judges.create()));
  }

  private static <V> Iterator<long[]> judged(
      Iterator<Tuple2<Integer, Bundle<V>>> bundles,
      Iterator<Tuple2<Long, V>> values,
      Judge<V> judge) {
    Map<Long, V> local = new HashMap<>();
    values.forEachRemaining(t -> local.put(t._1(), t._2()));
    long[] out = new long[16];
    int size = 0;
    while (bundles.hasNext()) {
      Bundle<V> b = bundles.next()._2();
      for (long right : b.rights) {
        if (judge.same(b.left, b.value, right, local.get(right))) {
          if (size == out.length) {
            out = Arrays.copyOf(out, size * 2);
          }
          out[size++] = PairShuffle.pair(b.left, right);
        }
      }
    }
    return List.of(Arrays.copyOf(out, size)).iterator();
  }

  /**
   * The bundles of a partition's pairs, made as they are read: a left item's pairs are consecutive
   * in the sorted arrays, and give one bundle per partition of their right items.
   */
  private static final class Bundler<V> implements Iterator<Tuple2<Integer, Bundle<V>>> {
    private final Iterator<long[]> arrays;
    private final Map<Long, V> values;
    private final HashPartitioner byIndex;
    private final ArrayDeque<Tuple2<Integer, Bundle<V>>> ready = new ArrayDeque<>();
    private final long[][] rights;
    private final int[] sizes;
    private long[] pairs = new long[0];
    private int at;

    Bundler(Iterator<long[]> arrays, Map<Long, V> values, HashPartitioner byIndex) {
      this.arrays = arrays;
      this.values = values;
      this.byIndex = byIndex;
      this.rights = new long[byIndex.numPartitions()][];
      this.sizes = new int[byIndex.numPartitions()];
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty()) {
        if (at == pairs.length) {
          if (!arrays.hasNext()) {
            return false;
          }
          pairs = arrays.next();
          at = 0;
          continue;
        }
        nextLeft();
      }
      return true;
    }

    @Override
    public Tuple2<Integer, Bundle<V>> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    /** Bundles the pairs of the next left item. */
    private void nextLeft() {
      long left = PairShuffle.left(pairs[at]);
      for (; at < pairs.length && PairShuffle.left(pairs[at]) == left; at++) {
        long right = PairShuffle.right(pairs[at]);
        int p = byIndex.getPartition(right);
        if (rights[p] == null) {
          rights[p] = new long[8];
        } else if (sizes[p] == rights[p].length) {
          rights[p] = Arrays.copyOf(rights[p], sizes[p] * 2);
        }
        rights[p][sizes[p]++] = right;
      }
      V value = values.get(left);
      for (int p = 0; p < rights.length; p++) {
        if (sizes[p] > 0) {
          ready.add(new Tuple2<>(p, new Bundle<>(left, value, Arrays.copyOf(rights[p], sizes[p]))));
          sizes[p] = 0;
        }
      }
    }
  }
}
