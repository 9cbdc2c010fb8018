package org.bulletins.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.bulletins.spark.SparkDedup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The candidate pairs' shuffle ({@link PairShuffle}) and their judging ({@link PairJudging}) on a
 * local session: random blocks with many repeated pairs, small map-side buffers so that each map
 * task sends several arrays per destination.
 */
class PairShuffleSparkTest {

  private static SparkSession spark;
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    SparkSession.Builder builder = SparkSession.builder();
    SparkDedup.SPARK_SETTINGS.forEach(builder::config);
    spark =
        builder
            .master("local[2]")
            .appName("pair-shuffle-test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Blocks of 2 to 12 of 300 items, lower positions first in each pair. */
  private static List<long[]> blocks(long seed) {
    Random random = new Random(seed);
    List<long[]> blocks = new ArrayList<>();
    for (int b = 0; b < 400; b++) {
      long[] members = random.longs(2 + random.nextInt(11), 0, 300).distinct().sorted().toArray();
      blocks.add(members);
    }
    return blocks;
  }

  private static void blockPairs(long[] members, java.util.function.LongConsumer sink) {
    for (int x = 0; x < members.length; x++) {
      for (int y = x + 1; y < members.length; y++) {
        sink.accept(PairShuffle.pair(members[x], members[y]));
      }
    }
  }

  @Test
  void eachPartitionHoldsItsLeftItemsPairsOnceAndSorted() {
    HashPartitioner byIndex = new HashPartitioner(5);
    List<long[]> blocks = blocks(1);
    List<TreeSet<Long>> expected = new ArrayList<>();
    for (int p = 0; p < 5; p++) {
      expected.add(new TreeSet<>());
    }
    for (long[] members : blocks) {
      blockPairs(
          members, pair -> expected.get(byIndex.getPartition(PairShuffle.left(pair))).add(pair));
    }
    JavaRDD<long[]> merged =
        PairShuffle.merge(
            PairShuffle.route(
                    sc.parallelize(blocks, 3), PairShuffleSparkTest::blockPairs, byIndex, 64)
                .union(
                    PairShuffle.route(
                        sc.parallelize(blocks.subList(0, 50), 2),
                        PairShuffleSparkTest::blockPairs,
                        byIndex,
                        64)),
            byIndex);

    List<List<long[]>> partitions = merged.glom().collect();
    assertThat(partitions).hasSize(5);
    long total = 0;
    for (int p = 0; p < 5; p++) {
      assertThat(partitions.get(p)).as("one array in partition %d", p).hasSize(1);
      long[] got = partitions.get(p).get(0);
      assertThat(got)
          .as("partition %d", p)
          .containsExactly(expected.get(p).stream().mapToLong(Long::longValue).toArray());
      total += got.length;
    }
    assertThat(PairShuffle.count(merged)).isEqualTo(total).isGreaterThan(1000);
  }

  @Test
  void keyBlocksOfSeveralMapTasksEqualAPlainGrouping() {
    Random random = new Random(3);
    List<Tuple2<Long, long[]>> items = new ArrayList<>();
    Map<Long, List<Long>> byKey = new java.util.TreeMap<>();
    for (long i = 0; i < 500; i++) {
      long[] keys = random.longs(6, -40, 200).distinct().toArray();
      items.add(new Tuple2<>(i, keys));
      for (long key : keys) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    KeyBlocks.Caps caps = new KeyBlocks.Caps(20, 12);
    List<KeyBlocks> blocks =
        KeyBlocks.of(
                sc.parallelize(items, 3),
                new KeyBlocks.PositionKeys(),
                new HashPartitioner(4),
                caps,
                64)
            .collect();

    TreeSet<Long> capped = new TreeSet<>();
    List<Long> pairs = new ArrayList<>();
    byKey.forEach(
        (key, members) -> {
          if (members.size() > caps.of(key)) {
            capped.add(key);
          } else {
            for (int x = 0; x < members.size(); x++) {
              for (int y = x + 1; y < members.size(); y++) {
                pairs.add(PairShuffle.pair(members.get(x), members.get(y)));
              }
            }
          }
        });
    TreeSet<Long> gotCapped = new TreeSet<>();
    List<Long> gotPairs = new ArrayList<>();
    for (KeyBlocks b : blocks) {
      b.capped().forEach(t -> gotCapped.add(t._1()));
      b.pairs(gotPairs::add);
    }
    assertThat(blocks).hasSize(4);
    assertThat(capped).as("some blocks over their cap").isNotEmpty();
    assertThat(gotCapped).isEqualTo(capped);
    assertThat(gotPairs).containsExactlyInAnyOrderElementsOf(pairs);
  }

  @Test
  void judgingMeetsEachPairOnceWithBothValues() {
    HashPartitioner byIndex = new HashPartitioner(4);
    List<long[]> blocks = blocks(2);
    List<Tuple2<Long, Long>> values = new ArrayList<>();
    for (long i = 0; i < 300; i++) {
      values.add(new Tuple2<>(i, i % 7));
    }
    JavaPairRDD<Long, Long> valueRdd = sc.parallelizePairs(values, 3).partitionBy(byIndex);
    JavaRDD<long[]> pairs =
        PairShuffle.merge(
            PairShuffle.route(sc.parallelize(blocks, 3), PairShuffleSparkTest::blockPairs, byIndex),
            byIndex);
    // The judge sees each item's own value: same when the positions agree modulo 7.
    JavaRDD<long[]> same =
        PairJudging.judge(
            pairs,
            valueRdd,
            byIndex,
            () ->
                (left, l, right, r) -> {
                  assertThat(l).isEqualTo(left % 7);
                  assertThat(r).isEqualTo(right % 7);
                  return l.equals(r);
                });

    TreeSet<Long> expected = new TreeSet<>();
    Map<Long, Integer> seen = new HashMap<>();
    for (long[] members : blocks) {
      blockPairs(
          members,
          pair -> {
            seen.merge(pair, 1, Integer::sum);
            if (PairShuffle.left(pair) % 7 == PairShuffle.right(pair) % 7) {
              expected.add(pair);
            }
          });
    }
    List<Long> got = new ArrayList<>();
    same.collect().forEach(a -> java.util.Arrays.stream(a).forEach(got::add));
    assertThat(seen.values()).as("the blocks repeat pairs").anyMatch(n -> n > 1);
    assertThat(expected).isNotEmpty();
    assertThat(got).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
  }
}
