package org.bulletins.spark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bulletins.benchmarks.CorpusGenerator;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.DedupResult;
import org.bulletins.dedup.internal.text.TextShape;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.parser.ItemStream;
import org.bulletins.spark.BulletinDatasets;
import org.bulletins.spark.SparkDedup;
import org.bulletins.spark.SparkDedupResult;

/**
 * SparkDedup against the local engine in the same JVM, and against Spark MLlib's {@code
 * MinHashLSH.approxSimilarityJoin} on the same word shingles (candidate generation alone), on a
 * generated corpus with its truth table; pair recall of each against the truth.
 *
 * <pre>
 * benchmarks/scripts/spark-dedup.sh 10000 100000
 * </pre>
 *
 * <p>Arguments: {@code --items N [--master local[2]] [--seed S] [--hash-tables T] [--systems
 * spark,mllib] [--spark-timeout SECONDS] [--mllib-timeout SECONDS]}. The engine always runs (it is
 * the baseline). Prints one line of figures per system; times are wall-clock of one run each (after
 * one warm-up run of every system on a small corpus), the corpus parse included for the engine and
 * SparkDedup. A system over its time limit has its jobs cancelled, and its line says where it
 * stood: the Spark stages completed and those running, with their tasks done.
 */
public final class SparkDedupBenchmark {

  private SparkDedupBenchmark() {}

  public static void main(String[] args) throws IOException {
    long items = 10_000;
    String master = "local[2]";
    long seed = 1;
    int tables = 20;
    Set<String> systems = Set.of("engine", "spark", "mllib");
    Map<String, Long> limits = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--items" -> items = Long.parseLong(args[++i]);
        case "--master" -> master = args[++i];
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--hash-tables" -> tables = Integer.parseInt(args[++i]);
        case "--systems" -> systems = Set.of(args[++i].split(","));
        case "--spark-timeout" -> limits.put("spark", Long.parseLong(args[++i]));
        case "--mllib-timeout" -> limits.put("mllib", Long.parseLong(args[++i]));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    SparkSession.Builder builder = SparkSession.builder();
    SparkDedup.SPARK_SETTINGS.forEach(builder::config);
    SparkSession spark =
        builder
            .master(master)
            .appName("bulletins-spark-benchmark")
            .config("spark.ui.enabled", "false")
            // As the launcher sets it: a few shuffle partitions per core, not 200.
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    try {
      Path dir = Files.createTempDirectory("spark-bench");
      Path warm = corpus(dir, 2_000, seed + 1);
      run(spark, warm, tables, systems, Map.of(), false);
      Path corpus = corpus(dir, items, seed);
      run(spark, corpus, tables, systems, limits, true);
    } finally {
      spark.stop();
    }
  }

  private static Path corpus(Path dir, long items, long seed) throws IOException {
    Path corpus = dir.resolve("corpus-" + items + ".txt");
    CorpusGenerator generator =
        new CorpusGenerator(CorpusGenerator.readSeeds(Path.of("seeds")), seed, 0.2);
    try (OutputStream out = Files.newOutputStream(corpus);
        Writer truth = Files.newBufferedWriter(Path.of(corpus + ".truth.tsv"))) {
      generator.write(out, truth, items, Long.MAX_VALUE);
    }
    return corpus;
  }

  private static void run(
      SparkSession spark,
      Path corpus,
      int tables,
      Set<String> systems,
      Map<String, Long> limits,
      boolean print)
      throws IOException {
    long[] story = truth(Path.of(corpus + ".truth.tsv"));
    int n = story.length;

    long start = System.nanoTime();
    // Streamed, as BulletinDatasets reads a file: parsing a String stops at the parser's
    // maxDocumentLength (64 Mi chars), about 134k of 1M generated items.
    List<NewsItem> items = new ArrayList<>();
    try (ItemStream stream = BulletinParser.create().stream(corpus)) {
      stream.forEach(items::add);
    }
    DedupResult local = DedupEngine.create().deduplicate(items);
    double localSeconds = seconds(start);
    Map<String, Integer> position = positions(items);
    long truePairs = truePairs(story);
    if (print) {
      System.out.printf(Locale.ROOT, "items %d, true pairs %d%n", n, truePairs);
      System.out.printf(
          Locale.ROOT,
          "engine (1 JVM, parse+dedup)  %8.1f s  1.00x  pair recall %.4f%n",
          localSeconds,
          recall(local, position, story, truePairs));
    }

    if (systems.contains("spark")) {
      start = System.nanoTime();
      Timed<SparkDedupResult> timed =
          Timed.run(
              spark,
              limits.getOrDefault("spark", 0L),
              () -> SparkDedup.run(BulletinDatasets.parse(spark, List.of(corpus.toString()))),
              print ? System.out : null);
      double sparkSeconds = seconds(start);
      if (print && timed.result().isEmpty()) {
        System.out.printf(
            Locale.ROOT,
            "SparkDedup (parse+dedup)     STOPPED after %.1f s (%.2fx the engine's whole run): %s%n",
            sparkSeconds,
            sparkSeconds / localSeconds,
            timed.progress());
      } else if (print) {
        SparkDedupResult distributed = timed.result().get();
        DedupResult collected = distributed.collect();
        System.out.printf(
            Locale.ROOT,
            "SparkDedup (parse+dedup)     %8.1f s  %.2fx  pair recall %.4f  stories equal to the"
                + " engine's: %s  candidates %d, matches %d, capped blocks %d, components %d"
                + " (largest %d, %d rounds), stages %s%n",
            sparkSeconds,
            sparkSeconds / localSeconds,
            recall(collected, position, story, truePairs),
            collected.equals(local),
            distributed.candidatePairs(),
            distributed.matches(),
            distributed.cappedBlockCount(),
            distributed.components(),
            distributed.largestComponent(),
            distributed.componentRounds(),
            distributed.stageMillis());
        distributed.stories().unpersist();
      }
    }

    if (systems.contains("mllib")) {
      start = System.nanoTime();
      Timed<long[]> timed =
          Timed.run(
              spark,
              limits.getOrDefault("mllib", 0L),
              () -> minHashPairs(spark, items, tables),
              print ? System.out : null);
      double lshSeconds = seconds(start);
      if (print && timed.result().isEmpty()) {
        System.out.printf(
            Locale.ROOT,
            "MLlib MinHashLSH (%d tables, candidates only) STOPPED after %.1f s (%.2fx the"
                + " engine's whole run): %s%n",
            tables,
            lshSeconds,
            lshSeconds / localSeconds,
            timed.progress());
      } else if (print) {
        long[] lshPairs = timed.result().get();
        long found = 0;
        for (long p : lshPairs) {
          if (story[(int) (p >>> 32)] == story[(int) p]) {
            found++;
          }
        }
        System.out.printf(
            Locale.ROOT,
            "MLlib MinHashLSH (%d tables, candidates only) %8.1f s  %.2fx  candidate pair recall"
                + " %.4f  candidates %d%n",
            tables,
            lshSeconds,
            lshSeconds / localSeconds,
            truePairs == 0 ? 1.0 : (double) found / truePairs,
            lshPairs.length);
      }
    }
  }

  /** Candidate pairs of MinHashLSH on the engine's word shingles (any collision, distance < 1). */
  private static long[] minHashPairs(SparkSession spark, List<NewsItem> items, int tables) {
    int size = DedupOptions.defaults().shingleSize();
    int dimension = 1 << 24;
    List<Row> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      NewsItem item = items.get(i);
      List<String> words = new ArrayList<>(TextShape.words(item.title()));
      words.addAll(TextShape.words(String.join("\n\n", item.paragraphs())));
      Set<Integer> ids = new HashSet<>();
      for (String shingle : TextShape.shingles(words, size)) {
        ids.add(Math.floorMod(shingle.hashCode(), dimension));
      }
      if (ids.isEmpty()) {
        continue; // MinHashLSH rejects empty vectors
      }
      int[] indices = ids.stream().mapToInt(Integer::intValue).sorted().toArray();
      double[] values = new double[indices.length];
      java.util.Arrays.fill(values, 1.0);
      rows.add(RowFactory.create((long) i, new SparseVector(dimension, indices, values)));
    }
    StructType schema =
        new StructType(
            new StructField[] {
              DataTypes.createStructField("i", DataTypes.LongType, false),
              DataTypes.createStructField("shingles", new VectorUDT(), false)
            });
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    MinHashLSHModel model =
        new MinHashLSH()
            .setNumHashTables(tables)
            .setInputCol("shingles")
            .setOutputCol("hashes")
            .setSeed(7)
            .fit(df);
    Dataset<?> joined = model.approxSimilarityJoin(df, df, 1.0, "distance");
    return joined
        .selectExpr("datasetA.i as a", "datasetB.i as b")
        .where("a < b")
        .collectAsList()
        .stream()
        .mapToLong(r -> r.getLong(0) << 32 | r.getLong(1))
        .toArray();
  }

  private static Map<String, Integer> positions(List<NewsItem> items) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      out.put(items.get(i).span().source() + ":" + items.get(i).span().titleLine(), i);
    }
    return out;
  }

  /** The share of same-story pairs that ended in one story. */
  private static double recall(
      DedupResult result, Map<String, Integer> position, long[] story, long truePairs) {
    long found = 0;
    for (MergedStory s : result.stories()) {
      Map<Long, Integer> perStory = new HashMap<>();
      for (NewsItem m : s.members()) {
        int i = position.get(m.span().source() + ":" + m.span().titleLine());
        perStory.merge(story[i], 1, Integer::sum);
      }
      for (int c : perStory.values()) {
        found += (long) c * (c - 1) / 2;
      }
    }
    return truePairs == 0 ? 1.0 : (double) found / truePairs;
  }

  private static long truePairs(long[] story) {
    Map<Long, Integer> count = new HashMap<>();
    for (long s : story) {
      count.merge(s, 1, Integer::sum);
    }
    long pairs = 0;
    for (int c : count.values()) {
      pairs += (long) c * (c - 1) / 2;
    }
    return pairs;
  }

  private static long[] truth(Path file) throws IOException {
    List<Long> stories = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        stories.add(Long.parseLong(line.split("\t")[1]));
      }
    }
    return stories.stream().mapToLong(Long::longValue).toArray();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
