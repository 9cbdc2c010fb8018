package org.bulletins.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Judges candidate pairs of items whose values live in an RDD partitioned by item position.
 *
 * <p>The plain way, joining the pairs with the values twice, ships the left item's value once per
 * pair; with tens of candidates per item that is most of the shuffle. Here the pairs are grouped by
 * their left item on its own partition (no shuffle of values), and the left value travels once per
 * partition that holds some of its right items, with the list of those rights; each such bundle is
 * judged against a map of that partition's values, which never leave it.
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
   * @param pairs candidate pairs (left, right), without repeats
   * @param values each item's value, partitioned by {@code byIndex}; every item of a pair has one
   * @param byIndex the values' partitioner
   * @param judges the judge
   * @return the pairs judged the same, as (left, right)
   */
  static <V> JavaPairRDD<Long, Long> judge(
      JavaPairRDD<Long, Long> pairs,
      JavaPairRDD<Long, V> values,
      HashPartitioner byIndex,
      Judges<V> judges) {
    int partitions = byIndex.numPartitions();
    JavaPairRDD<Integer, Bundle<V>> bundles =
        pairs
            .groupByKey(byIndex)
            // Co-partitioned with the values: a narrow join.
            .join(values, byIndex)
            .flatMapToPair(
                t -> {
                  Map<Integer, List<Long>> byPartition = new HashMap<>();
                  for (long right : t._2()._1()) {
                    byPartition
                        .computeIfAbsent(byIndex.getPartition(right), p -> new ArrayList<>())
                        .add(right);
                  }
                  List<Tuple2<Integer, Bundle<V>>> out = new ArrayList<>(byPartition.size());
                  byPartition.forEach(
                      (p, rights) ->
                          out.add(
                              new Tuple2<>(
                                  p,
                                  new Bundle<>(
                                      t._1(),
                                      t._2()._2(),
                                      rights.stream().mapToLong(Long::longValue).toArray()))));
                  return out.iterator();
                })
            // Partition p of the bundles meets partition p of the values (an Integer's hash is
            // itself).
            .partitionBy(new HashPartitioner(partitions));
    return bundles
        .zipPartitions(values, (bundleIt, valueIt) -> judged(bundleIt, valueIt, judges.create()))
        .mapToPair(t -> t);
  }

  private static <V> Iterator<Tuple2<Long, Long>> judged(
      Iterator<Tuple2<Integer, Bundle<V>>> bundles,
      Iterator<Tuple2<Long, V>> values,
      Judge<V> judge) {
    Map<Long, V> local = new HashMap<>();
    values.forEachRemaining(t -> local.put(t._1(), t._2()));
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    while (bundles.hasNext()) {
      Bundle<V> b = bundles.next()._2();
      for (long right : b.rights) {
        if (judge.same(b.left, b.value, right, local.get(right))) {
          out.add(new Tuple2<>(b.left, right));
        }
      }
    }
    return out.iterator();
  }
}
