package org.bulletins.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
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
import org.bulletins.dedup.internal.crosslang.CrossLanguage;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
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
 *   <li>Blocks: the (key, item) entries are gathered per key ({@link KeyBlocks}); a block over its
 *       cap gives no pairs and is reported. Candidate pairs go once, without repeats, to their left
 *       item's partition ({@link PairShuffle}).
 *   <li>The cross-language rule ({@link CrossLanguage}), when on and the input holds two or more
 *       known languages (counted on the executors): the representatives' fact keys are grouped by
 *       key, and a block of at most {@link CrossLanguage#BLOCK_CAP} items pairs its items of
 *       different languages, as the batch engine's {@code CrossLanguageRun} does.
 *   <li>Candidate pairs are verified on the executors ({@link PairVerifier}, signatures first, then
 *       the cross-language rule's verdict).
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

  /**
   * An item's signature, blocking keys, row and language ({@link Language#UNKNOWN} when the
   * cross-language rule is off). A class, not a record: Kryo cannot set a record's fields.
   */
  static final class Signed implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ItemSignature signature;
    private final long[] keys;
    private final Row row;
    private final Language language;

    Signed(ItemSignature signature, long[] keys, Row row, Language language) {
      this.signature = signature;
      this.keys = keys;
      this.row = row;
      this.language = language;
    }

    ItemSignature signature() {
      return signature;
    }

    long[] keys() {
      return keys;
    }

    Row row() {
      return row;
    }

    Language language() {
      return language;
    }

    /** The same without keys, to pair with others. */
    Signed side() {
      return new Signed(signature, new long[0], row, language);
    }
  }

  /**
   * A cross-language block's first members (at most the cap and one), their languages, its size.
   */
  static final class LanguageBlock implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] members = new long[CrossLanguage.BLOCK_CAP + 1];
    private final Language[] languages = new Language[CrossLanguage.BLOCK_CAP + 1];
    private int held;
    private long size;

    LanguageBlock add(Tuple2<Long, Language> member) {
      size++;
      if (held < members.length) {
        members[held] = member._1();
        languages[held++] = member._2();
      }
      return this;
    }

    LanguageBlock addAll(LanguageBlock other) {
      for (int i = 0; i < other.held; i++) {
        add(new Tuple2<>(other.members[i], other.languages[i]));
      }
      size += other.size - other.held;
      return this;
    }

    /** The pairs of members of different languages, lower position first; none over the cap. */
    void pairs(LongConsumer sink) {
      if (size < 2 || size > CrossLanguage.BLOCK_CAP) {
        return;
      }
      for (int x = 0; x < held; x++) {
        for (int y = x + 1; y < held; y++) {
          if (members[x] != members[y] && languages[x] != languages[y]) {
            sink.accept(
                PairShuffle.pair(
                    Math.min(members[x], members[y]), Math.max(members[x], members[y])));
          }
        }
      }
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
    // The input is read once: counting it sizes the partitions, and numbering reads the cache.
    JavaRDD<Row> rows = items.toJavaRDD().persist(StorageLevel.MEMORY_AND_DISK());
    int partitions = Partitions.of(rows.count(), rows.getNumPartitions(), sc.defaultParallelism());
    HashPartitioner byIndex = new HashPartitioner(partitions);

    // Stage 1: number and sign the items.
    JavaPairRDD<Long, Row> indexed =
        rows.zipWithIndex()
            .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
            .partitionBy(byIndex)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Long, Signed> signed =
        indexed
            .mapPartitionsToPair(
                it -> {
                  ItemSigner signer = new ItemSigner(spec.options());
                  boolean guessLanguage = spec.options().crossLanguage();
                  List<Tuple2<Long, Signed>> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Long, Row> t = it.next();
                    NewsItem item = Rows.item(t._2());
                    ItemSigner.Signed s = signer.sign(item);
                    out.add(
                        new Tuple2<>(
                            t._1(),
                            new Signed(
                                s.signature(),
                                Arrays.stream(s.keys()).distinct().toArray(),
                                t._2(),
                                guessLanguage ? CrossLanguage.language(item) : Language.UNKNOWN)));
                  }
                  return out.iterator();
                },
                true)
            // Serialized: rows and signatures of every item, read by most stages.
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Map<String, Long> millis = new java.util.LinkedHashMap<>();
    long clock = System.nanoTime();
    long itemCount = signed.count();
    if (itemCount > 1L << 32) {
      // Pairs travel as one long of two 32-bit positions (PairShuffle).
      throw new IllegalArgumentException(
          "SparkDedup deduplicates at most 2^32 items in one run; got " + itemCount);
    }
    rows.unpersist();
    // The cross-language rule applies only to an input of two or more known languages.
    boolean severalLanguages = knownLanguages(signed) > 1;
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
    JavaPairRDD<Long, long[]> representativeKeys =
        signed.mapValues(Signed::keys).subtractByKey(nonRepresentatives);
    JavaRDD<KeyBlocks> blocks =
        KeyBlocks.of(
                JavaRDD.fromRDD(representativeKeys.rdd(), representativeKeys.classTag()),
                new KeyBlocks.PositionKeys(),
                new HashPartitioner(partitions),
                new KeyBlocks.Caps(maxBlock, termBlock))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Row> capped =
        blocks
            .flatMap(b -> b.capped().iterator())
            .map(
                t ->
                    RowFactory.create(
                        String.format("%016x", t._1()), t._1() < 0 ? "term-pair" : "band", t._2()));
    Dataset<Row> cappedBlocks = spark.createDataFrame(capped, CAPPED).cache();
    long cappedCount = cappedBlocks.count();
    // The candidates go as longs to the partition of their left item, without repeats, in one
    // shuffle; the partitions are those of the signatures they are judged on first.
    HashPartitioner bySignature =
        new HashPartitioner(Partitions.forSignatures(itemCount, sc.defaultParallelism()));
    JavaRDD<long[]> pairs =
        PairShuffle.merge(
                PairShuffle.route(blocks, KeyBlocks::pairs, bySignature)
                    .union(
                        PairShuffle.route(
                            crossLanguageBlocks(
                                signed.subtractByKey(nonRepresentatives), spec, severalLanguages),
                            LanguageBlock::pairs,
                            bySignature)),
                bySignature)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long pairCount = PairShuffle.count(pairs);
    clock = lap(millis, "blocks", clock);
    blocks.unpersist();

    // Stage 3: verify the candidates on the executors: signatures first (most pairs end there,
    // unless the cross-language rule may still link them), then the items of the other pairs.
    JavaPairRDD<Long, Tuple2<ItemSignature, Language>> signatures =
        signed
            .mapValues(s -> new Tuple2<>(s.signature(), s.language()))
            .partitionBy(bySignature)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<long[]> maybe =
        PairJudging.judge(
            pairs,
            signatures,
            bySignature,
            () -> {
              PairVerifier verifier = new PairVerifier(spec.options());
              return (left, l, right, r) ->
                  verifier.mayBeSame(l._1(), r._1()) || (severalLanguages && l._2() != r._2());
            });
    JavaRDD<long[]> judged =
        PairJudging.judge(
            PairShuffle.merge(PairShuffle.route(maybe, DistributedDedup::each, byIndex), byIndex),
            signed.mapValues(Signed::side),
            byIndex,
            verifier(spec, severalLanguages));
    JavaPairRDD<Long, Long> matches =
        judged
            .flatMapToPair(
                a ->
                    Arrays.stream(a)
                        .mapToObj(p -> new Tuple2<>(PairShuffle.left(p), PairShuffle.right(p)))
                        .iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    long matchCount = matches.count();
    clock = lap(millis, "verify", clock);
    pairs.unpersist();
    signatures.unpersist();

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
                  ComponentStories stage =
                      new ComponentStories(new Pipeline(spec.options()), severalLanguages);
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

  /** Each pair of an array. */
  private static void each(long[] pairs, LongConsumer sink) {
    for (long pair : pairs) {
      sink.accept(pair);
    }
  }

  /** The number of known languages among some items (none when the rule is off). */
  private static long knownLanguages(JavaPairRDD<Long, Signed> items) {
    return items
        .map(t -> t._2().language())
        .filter(language -> language != Language.UNKNOWN)
        .distinct()
        .count();
  }

  /**
   * The cross-language candidates: the representatives' fact keys ({@link CrossLanguage#keys})
   * grouped by key; a block of at most {@link CrossLanguage#BLOCK_CAP} entries pairs its items of
   * different languages. As in the batch engine, an item's repeated key counts in its block's size,
   * and no pairs come unless the representatives hold two or more known languages.
   *
   * @param representatives the representatives
   * @param spec the options
   * @param severalLanguages whether the whole input holds two or more known languages
   * @return the blocks, whose {@link LanguageBlock#pairs} are the candidates
   */
  private static JavaRDD<LanguageBlock> crossLanguageBlocks(
      JavaPairRDD<Long, Signed> representatives, OptionsSpec spec, boolean severalLanguages) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(representatives.context());
    if (!severalLanguages || knownLanguages(representatives) < 2) {
      return sc.emptyRDD();
    }
    return representatives
        .filter(t -> t._2().language() != Language.UNKNOWN)
        .mapPartitionsToPair(
            it -> {
              CrossLanguage rule = new CrossLanguage(spec.options());
              List<Tuple2<Long, Tuple2<Long, Language>>> out = new ArrayList<>();
              while (it.hasNext()) {
                Tuple2<Long, Signed> t = it.next();
                NewsItem item = Rows.item(t._2().row());
                Tuple2<Long, Language> member = new Tuple2<>(t._1(), t._2().language());
                for (long key : rule.keys(item, CrossLanguage.facts(item))) {
                  out.add(new Tuple2<>(key, member));
                }
              }
              return out.iterator();
            })
        .aggregateByKey(new LanguageBlock(), LanguageBlock::add, LanguageBlock::addAll)
        .values();
  }

  /**
   * Verifies pairs that may be one story. The cross-language rule judges pairs of two languages
   * when the input holds several, as the batch engine's {@code CrossLanguageRun#decide} does.
   */
  private static PairJudging.Judges<Signed> verifier(OptionsSpec spec, boolean severalLanguages) {
    return () -> {
      DedupOptions options = spec.options();
      PairVerifier verifier = new PairVerifier(options);
      CrossLanguage cross = new CrossLanguage(options);
      // Terms and facts are computed on use; an item met again in the partition reuses them.
      Map<Long, DistinctiveTerms> terms = new HashMap<>();
      Map<Long, ItemFacts> facts = new HashMap<>();
      return (left, l, right, r) -> {
        if (terms.size() > 100_000) {
          terms.clear();
        }
        if (facts.size() > 100_000) {
          facts.clear();
        }
        MatchEvidence e = null;
        if (verifier.mayBeSame(l.signature(), r.signature())) {
          DistinctiveTerms tl =
              terms.computeIfAbsent(left, k -> Pipeline.terms(Rows.item(l.row())));
          DistinctiveTerms tr =
              terms.computeIfAbsent(right, k -> Pipeline.terms(Rows.item(r.row())));
          e = verifier.verify(l.signature(), tl, r.signature(), tr);
        }
        if (severalLanguages && l.language() != r.language()) {
          NewsItem a = Rows.item(l.row());
          NewsItem b = Rows.item(r.row());
          ItemFacts fa = facts.computeIfAbsent(left, k -> CrossLanguage.facts(a));
          ItemFacts fb = facts.computeIfAbsent(right, k -> CrossLanguage.facts(b));
          e = cross.decide(e, a, fa, b, fb);
        }
        return e != null && e.sameStory();
      };
    };
  }
}
