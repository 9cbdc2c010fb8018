package org.bulletins.spark;

import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.spark.internal.DistributedDedup;
import org.bulletins.spark.internal.KryoClasses;
import org.bulletins.spark.internal.Rows;

/**
 * Deduplicates a Dataset of items on a Spark cluster with the stages of {@link
 * org.bulletins.dedup.DedupEngine}, and gives the same stories as {@code
 * DedupEngine.of(options).deduplicate(items)} on the items in the Dataset's order.
 *
 * <p>Signatures and blocking keys are made on the executors; blocks are formed by key, and a block
 * over its cap ({@link DedupOptions#maxBlockSize()}, or {@link DedupOptions#maxTermBlockSize()} for
 * a term-pair key) gives no pairs and is reported in {@link SparkDedupResult#cappedBlocks()};
 * candidate pairs are verified on the executors; the connected components of the matches are
 * computed on the cluster (large-star/small-star); each component is clustered and merged on one
 * executor. Only counts reach the driver.
 *
 * <pre>{@code
 * Dataset<Row> items = BulletinDatasets.parse(spark, List.of("archive/"));
 * SparkDedupResult result = SparkDedup.run(items, DedupOptions.defaults());
 * System.out.println(result.inputCount() + " items, " + result.stories().count() + " stories");
 * result.stories().where("size(members) > 1").write().json("groups/");
 * }</pre>
 */
public final class SparkDedup {

  /**
   * The schema of a story: the fields of a cluster in {@code bulletins dedup --format json}: {@code
   * kind} ({@code singleton}, {@code exact}, {@code near-duplicate} or {@code rewrite}), {@code
   * id}, {@code members} and {@code merged} (items of {@link BulletinDatasets#ITEM_SCHEMA}), {@code
   * fieldSources} (the member that gave the {@code date}, {@code title} and {@code body}), {@code
   * titleVariants} and {@code evidence} (one link per pair of members that the story rests on:
   * {@code left}, {@code right} and the evidence's fields).
   */
  public static final StructType STORY_SCHEMA = Rows.STORY;

  /**
   * Spark settings SparkDedup runs faster with, to give the session builder (they must be set
   * before the session starts): the Kryo serializer with SparkDedup's classes registered. Java
   * serialization, Spark's default, also works, several times slower in the shuffles.
   *
   * <pre>{@code
   * SparkSession.Builder builder = SparkSession.builder().appName("dedup");
   * SparkDedup.SPARK_SETTINGS.forEach(builder::config);
   * SparkSession spark = builder.getOrCreate();
   * // or: spark-submit --conf spark.serializer=org.apache.spark.serializer.KryoSerializer \
   * //   --conf spark.kryo.registrator=org.bulletins.spark.internal.KryoClasses ...
   * }</pre>
   */
  public static final Map<String, String> SPARK_SETTINGS =
      Map.of(
          "spark.serializer",
          "org.apache.spark.serializer.KryoSerializer",
          "spark.kryo.registrator",
          KryoClasses.class.getName());

  private SparkDedup() {}

  /**
   * Deduplicates items with the default options.
   *
   * <pre>{@code
   * SparkDedupResult result = SparkDedup.run(BulletinDatasets.parse(spark, List.of("archive/")));
   * }</pre>
   *
   * @param items rows of {@link BulletinDatasets#ITEM_SCHEMA} (other columns are ignored), in
   *     source order
   * @return the stories, every item in exactly one
   */
  public static SparkDedupResult run(Dataset<Row> items) {
    return run(items, DedupOptions.defaults());
  }

  /**
   * Deduplicates items.
   *
   * <pre>{@code
   * DedupOptions options = DedupOptions.builder().dateWindowDays(3).build();
   * SparkDedupResult result = SparkDedup.run(items, options);
   * List<MergedStory> stories = result.collectStories(); // small results only
   * }</pre>
   *
   * @param items rows of {@link BulletinDatasets#ITEM_SCHEMA} (other columns are ignored), in
   *     source order: the order decides which item of a pair is verified first, as in the engine's
   *     list
   * @param options the engine's options
   * @return the stories, every item in exactly one; the stories Dataset is cached
   */
  public static SparkDedupResult run(Dataset<Row> items, DedupOptions options) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(options, "options");
    Dataset<Row> selected =
        items.select(
            BulletinDatasets.ITEM_SCHEMA.fieldNames()[0],
            java.util.Arrays.copyOfRange(
                BulletinDatasets.ITEM_SCHEMA.fieldNames(),
                1,
                BulletinDatasets.ITEM_SCHEMA.fieldNames().length));
    return new SparkDedupResult(DistributedDedup.run(selected, options));
  }
}
