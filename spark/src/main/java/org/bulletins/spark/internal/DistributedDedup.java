package org.bulletins.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.MemberOrder;
import org.bulletins.dedup.internal.PairVerifier;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import scala.Tuple2;

/**
 * The engine's stages on a cluster. Items are numbered in the order of the input Dataset (its
 * source order), which is the order the batch engine is given them in.
 *
 * <ol>
 *   <li>Sign each item on the executors ({@link ItemSigner}): signature, blocking keys.
 *   <li>Copies (one content id) are joined to their representative, the first in {@link
 *       MemberOrder}; only representatives are blocked, as in the batch engine.
 *   <li>Blocks: the (key, item) entries are aggregated per key keeping at most {@code maxBlockSize}
 *       members and the count; a block over its cap gives no pairs and is reported.
 *   <li>Candidate pairs are verified on the executors ({@link PairVerifier}, signatures first).
 *   <li>Connected components of the positive pairs and copies ({@link ConnectedComponents}).
 *   <li>Each component is clustered and merged by {@link ComponentStories}; an item in no component
 *       is a story alone.
 * </ol>
 */
public final class DistributedDedup {

  private static final StructType EDGE =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("src", DataTypes.LongType, false),
            DataTypes.createStructField("dst", DataTypes.LongType, false)
          });

  private static final StructType CAPPED =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("key", DataTypes.StringType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("size", DataTypes.LongType, false)
          });

  /** What a run gives: stories, blocks over their cap, and counts. */
  public record Outcome(
      Dataset<Row> stories,
      Dataset<Row> cappedBlocks,
      long items,
      long candidatePairs,
      long matches,
      long cappedBlockCount,
      long components,
      long largestComponent,
      int componentRounds,
      Map<String, Long> stageMillis) {}

  private DistributedDedup() {}

  /** An item's signature, blocking keys and row. */
  private record Signed(ItemSignature signature, long[] keys, Row row) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A block's first members (at most the cap and one) and its size. */
  private static final class Block implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int cap;
    private long[] members = new long[4];
    private int held;
    private long size;

    Block(int cap) {
      this.cap = cap;
    }

    Block add(long item) {
      size++;
      if (held <= cap) {
        if (held == members.length) {
          members = Arrays.copyOf(members, Math.min(members.length * 2, cap + 1));
        }
        members[held++] = item;
      }
      return this;
    }

    Block addAll(Block other) {
      for (int i = 0; i < other.held; i++) {
        add(other.members[i]);
      }
      size += other.size - other.held;
      return this;
    }
  }

  /**
   * Runs the stages.
   *
   * @param items rows of {@link Rows#ITEM}, in source order
   * @param options the engine's options
   * @return the outcome; the stories are cached
   */
  public static Outcome run(Dataset<Row> items, DedupOptions options) {
    SparkSession spark = items.sparkSession();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    OptionsSpec spec = OptionsSpec.of(options);
    JavaRDD<Row> rows = items.toJavaRDD();
    int partitions = Math.max(rows.getNumPartitions(), sc.defaultParallelism());
    HashPartitioner byIndex = new HashPartitioner(partitions);

    // Stage 1: number and sign the items.
    JavaPairRDD<Long, Row> indexed =
        rows.zipWithIndex()
            .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
            .partitionBy(byIndex)
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Signed> signed =
        indexed
            .mapPartitionsToPair(
                it -> {
                  ItemSigner signer = new ItemSigner(spec.options());
                  List<Tuple2<Long, Signed>> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Long, Row> t = it.next();
                    ItemSigner.Signed s = signer.sign(Rows.item(t._2()));
                    out.add(
                        new Tuple2<>(
                            t._1(),
                            new Signed(
                                s.signature(),
                                Arrays.stream(s.keys()).distinct().toArray(),
                                t._2())));
                  }
                  return out.iterator();
                },
                true)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> millis = new java.util.LinkedHashMap<>();
    long clock = System.nanoTime();
    long itemCount = signed.count();
    clock = lap(millis, "sign", clock);

    // Copies: content ids held by more than one item, and their representatives.
    long[] copied =
        signed
            .mapToPair(t -> new Tuple2<>(t._2().signature().contentKey(), 1L))
            .reduceByKey(Long::sum)
            .filter(t -> t._2() > 1)
            .keys()
            .collect()
            .stream()
            .mapToLong(Long::longValue)
            .sorted()
            .toArray();
    clock = lap(millis, "copies", clock);
    Broadcast<long[]> copiedKeys = sc.broadcast(copied);
    JavaPairRDD<Long, Tuple2<Long, Row>> copies =
        signed
            .filter(
                t -> Arrays.binarySearch(copiedKeys.value(), t._2().signature().contentKey()) >= 0)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2().signature().contentKey(), new Tuple2<>(t._1(), t._2().row())));
    JavaPairRDD<Long, Long> representatives =
        copies.reduceByKey(DistributedDedup::first).mapValues(Tuple2::_1);
    JavaPairRDD<Long, Long> copyEdges =
        copies
            .mapValues(Tuple2::_1)
            .join(representatives)
            .values()
            .filter(t -> !t._1().equals(t._2()))
            .mapToPair(t -> new Tuple2<>(t._2(), t._1()));
    JavaPairRDD<Long, Long> nonRepresentatives = copyEdges.mapToPair(t -> new Tuple2<>(t._2(), 0L));

    // Stage 2: blocks of the representatives' keys, capped, and their pairs.
    int maxBlock = options.maxBlockSize();
    int termBlock = Math.min(options.maxTermBlockSize(), options.maxBlockSize());
    JavaPairRDD<Long, Long> entries =
        signed
            .mapValues(Signed::keys)
            .subtractByKey(nonRepresentatives)
            .flatMapToPair(
                t -> {
                  List<Tuple2<Long, Long>> out = new ArrayList<>(t._2().length);
                  for (long key : t._2()) {
                    out.add(new Tuple2<>(key, t._1()));
                  }
                  return out.iterator();
                });
    JavaPairRDD<Long, Block> blocks =
        entries
            .aggregateByKey(new Block(maxBlock), Block::add, Block::addAll)
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Row> capped =
        blocks
            .filter(t -> t._2().size > (t._1() < 0 ? termBlock : maxBlock))
            .map(
                t ->
                    RowFactory.create(
                        String.format("%016x", t._1()),
                        t._1() < 0 ? "term-pair" : "band",
                        t._2().size));
    Dataset<Row> cappedBlocks = spark.createDataFrame(capped, CAPPED).cache();
    long cappedCount = cappedBlocks.count();
    JavaPairRDD<Long, Long> pairs =
        blocks
            .filter(t -> t._2().size >= 2 && t._2().size <= (t._1() < 0 ? termBlock : maxBlock))
            .flatMapToPair(
                t -> {
                  long[] members = Arrays.copyOf(t._2().members, t._2().held);
                  Arrays.sort(members);
                  List<Tuple2<Long, Long>> out = new ArrayList<>();
                  for (int x = 0; x < members.length; x++) {
                    for (int y = x + 1; y < members.length; y++) {
                      out.add(new Tuple2<>(members[x], members[y]));
                    }
                  }
                  return out.iterator();
                })
            .distinct()
            .persist(StorageLevel.MEMORY_AND_DISK());
    long pairCount = pairs.count();
    clock = lap(millis, "blocks", clock);
    blocks.unpersist();

    // Stage 3: verify the candidates on the executors: signatures first (most pairs end there),
    // then the items of the pairs that may be one story.
    JavaPairRDD<Long, ItemSignature> signatures = signed.mapValues(Signed::signature);
    JavaPairRDD<Long, Long> maybe =
        pairs
            .join(signatures)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
            .join(signatures)
            .mapPartitionsToPair(
                it -> {
                  PairVerifier verifier = new PairVerifier(spec.options());
                  List<Tuple2<Long, Long>> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Long, Tuple2<Tuple2<Long, ItemSignature>, ItemSignature>> t = it.next();
                    if (verifier.mayBeSame(t._2()._1()._2(), t._2()._2())) {
                      out.add(new Tuple2<>(t._2()._1()._1(), t._1()));
                    }
                  }
                  return out.iterator();
                });
    JavaPairRDD<Long, Tuple2<ItemSignature, Row>> sides =
        signed.mapValues(s -> new Tuple2<>(s.signature(), s.row()));
    JavaPairRDD<Long, Long> matches =
        maybe
            .join(sides)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
            .join(sides)
            .mapPartitionsToPair(DistributedDedup.verifier(spec))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long matchCount = matches.count();
    clock = lap(millis, "verify", clock);
    pairs.unpersist();

    // Stage 4a: connected components of matches and copies.
    JavaRDD<Row> edgeRows = matches.union(copyEdges).map(t -> RowFactory.create(t._1(), t._2()));
    ConnectedComponents.Labels labels =
        ConnectedComponents.of(spark.createDataFrame(edgeRows, EDGE));
    JavaPairRDD<Long, Long> componentOf =
        labels
            .labels()
            .toJavaRDD()
            .mapToPair(r -> new Tuple2<>(r.getLong(0), r.getLong(1)))
            .partitionBy(byIndex)
            .persist(StorageLevel.MEMORY_AND_DISK());

    // Stages 4b and 5: cluster and merge each component; the other items are stories alone.
    JavaPairRDD<Long, Tuple2<Long, Row>> members =
        indexed
            .join(componentOf)
            .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1())));
    JavaPairRDD<Long, Tuple2<Long, Long>> componentEdges =
        matches
            .join(componentOf)
            .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1())));
    JavaPairRDD<Long, Long> sizes =
        componentOf.mapToPair(t -> new Tuple2<>(t._2(), 1L)).reduceByKey(Long::sum);
    long components = sizes.count();
    long largest = components == 0 ? 0 : sizes.values().reduce(Math::max);
    clock = lap(millis, "components", clock);
    JavaRDD<Row> grouped =
        members
            .cogroup(componentEdges)
            .mapPartitions(
                it -> {
                  ComponentStories stage = new ComponentStories(new Pipeline(spec.options()));
                  List<Row> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Iterable<Tuple2<Long, Row>>, Iterable<Tuple2<Long, Long>>> c =
                        it.next()._2();
                    List<Tuple2<Long, Row>> list = new ArrayList<>();
                    c._1().forEach(list::add);
                    list.sort((a, b) -> Long.compare(a._1(), b._1()));
                    long[] indexes = new long[list.size()];
                    List<NewsItem> inComponent = new ArrayList<>(list.size());
                    for (int i = 0; i < indexes.length; i++) {
                      indexes[i] = list.get(i)._1();
                      inComponent.add(Rows.item(list.get(i)._2()));
                    }
                    List<long[]> edges = new ArrayList<>();
                    c._2().forEach(e -> edges.add(new long[] {e._1(), e._2()}));
                    for (MergedStory story :
                        stage.stories(indexes, inComponent, edges.toArray(new long[0][]))) {
                      out.add(Rows.story(story));
                    }
                  }
                  return out.iterator();
                });
    JavaRDD<Row> alone =
        indexed
            .subtractByKey(componentOf)
            .values()
            .map(r -> Rows.story(MergedStory.singleton(Rows.item(r))));
    Dataset<Row> stories =
        spark
            .createDataFrame(grouped.union(alone), Rows.STORY)
            .persist(StorageLevel.MEMORY_AND_DISK());
    stories.count();
    lap(millis, "stories", clock);
    matches.unpersist();
    componentOf.unpersist();
    signed.unpersist();
    indexed.unpersist();
    copiedKeys.unpersist();
    return new Outcome(
        stories,
        cappedBlocks,
        itemCount,
        pairCount,
        matchCount,
        cappedCount,
        components,
        largest,
        labels.rounds(),
        java.util.Collections.unmodifiableMap(millis));
  }

  private static long lap(Map<String, Long> millis, String stage, long since) {
    long now = System.nanoTime();
    millis.put(stage, (now - since) / 1_000_000);
    return now;
  }

  /** The first of two copies: the representative, as the batch engine picks it. */
  private static Tuple2<Long, Row> first(Tuple2<Long, Row> a, Tuple2<Long, Row> b) {
    int c = MemberOrder.ITEMS.compare(Rows.item(a._2()), Rows.item(b._2()));
    return c < 0 || (c == 0 && a._1() < b._1()) ? a : b;
  }

  /**
   * Verifies a partition's pairs that may be one story; keeps the positive ones as (left, right).
   */
  private static org.apache.spark.api.java.function.PairFlatMapFunction<
          Iterator<
              Tuple2<
                  Long,
                  Tuple2<Tuple2<Long, Tuple2<ItemSignature, Row>>, Tuple2<ItemSignature, Row>>>>,
          Long,
          Long>
      verifier(OptionsSpec spec) {
    return it -> {
      PairVerifier verifier = new PairVerifier(spec.options());
      // Terms are computed on use; an item met again in the partition reuses them.
      Map<Long, DistinctiveTerms> terms = new HashMap<>();
      List<Tuple2<Long, Long>> out = new ArrayList<>();
      while (it.hasNext()) {
        Tuple2<Long, Tuple2<Tuple2<Long, Tuple2<ItemSignature, Row>>, Tuple2<ItemSignature, Row>>>
            t = it.next();
        long right = t._1();
        long left = t._2()._1()._1();
        Tuple2<ItemSignature, Row> l = t._2()._1()._2();
        Tuple2<ItemSignature, Row> r = t._2()._2();
        if (terms.size() > 100_000) {
          terms.clear();
        }
        DistinctiveTerms tl = terms.computeIfAbsent(left, k -> Pipeline.terms(Rows.item(l._2())));
        DistinctiveTerms tr = terms.computeIfAbsent(right, k -> Pipeline.terms(Rows.item(r._2())));
        MatchEvidence e = verifier.verify(l._1(), tl, r._1(), tr);
        if (e.sameStory()) {
          out.add(new Tuple2<>(left, right));
        }
      }
      return out.iterator();
    };
  }
}
