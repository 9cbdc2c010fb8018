package org.bulletins.spark;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.parser.ItemStream;
import org.bulletins.spark.internal.InputFiles;
import org.bulletins.spark.internal.Rows;
import scala.Tuple2;

/**
 * Bulletin files as Spark Datasets: each file is parsed on an executor by {@link BulletinParser},
 * and its items become rows of {@link #ITEM_SCHEMA}, the fields of {@code bulletins parse --format
 * jsonl}.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * Dataset<Row> items = BulletinDatasets.parse(spark, List.of("archive/", "hdfs:///news/2024/"));
 * items.groupBy("source").count().show();
 * }</pre>
 */
public final class BulletinDatasets {

  /**
   * The schema of an item, as {@code bulletins parse --format jsonl} writes it: {@code source} (the
   * path as given, a folder's file as {@code FOLDER/NAME}), {@code line} (the title's line), {@code
   * firstLine}, {@code lastLine}, {@code date} (ISO text, null when undated), {@code title}, {@code
   * paragraphs}, {@code id} (the content id) and {@code labels} (empty when none).
   */
  public static final StructType ITEM_SCHEMA = Rows.ITEM;

  /**
   * The schema of a diagnostic: {@code severity}, {@code code}, {@code message}, {@code source},
   * {@code line}, {@code column}, as {@code bulletins check --format json} names them.
   */
  public static final StructType DIAGNOSTIC_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("code", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false),
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.IntegerType, false),
            DataTypes.createStructField("column", DataTypes.IntegerType, false)
          });

  private BulletinDatasets() {}

  /**
   * The items of bulletin files, in input order: the files in the order named (a folder's {@code
   * *.txt} files by name), the items of a file in file order.
   *
   * <pre>{@code
   * Dataset<Row> items = BulletinDatasets.parse(spark, List.of("seeds/"));
   * }</pre>
   *
   * @param spark the session
   * @param paths files or folders: local paths or URIs of any Hadoop file system
   * @return the items, rows of {@link #ITEM_SCHEMA}
   * @throws IllegalArgumentException if a path is missing or a folder has no {@code .txt} file
   */
  public static Dataset<Row> parse(SparkSession spark, List<String> paths) {
    return read(spark, paths).items();
  }

  /**
   * The items and the diagnostics of bulletin files, from one parse.
   *
   * <pre>{@code
   * BulletinDatasets.Parsed parsed = BulletinDatasets.read(spark, List.of("archive/"));
   * parsed.diagnostics().where("severity = 'ERROR'").show();
   * }</pre>
   *
   * @param spark the session
   * @param paths files or folders: local paths or URIs of any Hadoop file system
   * @return the items and diagnostics; each Dataset parses the files again unless the other was
   *     cached
   * @throws IllegalArgumentException if a path is missing or a folder has no {@code .txt} file
   */
  public static Parsed read(SparkSession spark, List<String> paths) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(paths, "paths");
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<InputFiles.InputFile> files = InputFiles.expand(paths, hadoop);
    Map<String, String> conf = new HashMap<>();
    for (Map.Entry<String, String> e : hadoop) {
      conf.put(e.getKey(), e.getValue());
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Tuple2<Row, Row>> parsed =
        sc.parallelize(files, Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4)))
            .flatMap(file -> parseFile(file, conf));
    Dataset<Row> items =
        spark.createDataFrame(parsed.filter(t -> t._1() != null).map(Tuple2::_1), ITEM_SCHEMA);
    Dataset<Row> diagnostics =
        spark.createDataFrame(
            parsed.filter(t -> t._2() != null).map(Tuple2::_2), DIAGNOSTIC_SCHEMA);
    return new Parsed(items, diagnostics);
  }

  /**
   * The items and diagnostics of one parse.
   *
   * @param items rows of {@link #ITEM_SCHEMA}, in input order
   * @param diagnostics rows of {@link #DIAGNOSTIC_SCHEMA}, in input order
   */
  public record Parsed(Dataset<Row> items, Dataset<Row> diagnostics) {}

  /**
   * Converts an item to a row of {@link #ITEM_SCHEMA}, to build a Dataset from items in memory.
   *
   * <pre>{@code
   * Dataset<Row> items = spark.createDataFrame(
   *     list.stream().map(BulletinDatasets::toRow).toList(), BulletinDatasets.ITEM_SCHEMA);
   * }</pre>
   *
   * @param item an item
   * @return its row
   */
  public static Row toRow(NewsItem item) {
    return Rows.item(Objects.requireNonNull(item, "item"));
  }

  /**
   * Converts a row of {@link #ITEM_SCHEMA} to an item.
   *
   * @param row a row
   * @return its item
   */
  public static NewsItem toItem(Row row) {
    return Rows.item(Objects.requireNonNull(row, "row"));
  }

  /** Parses one file on an executor: its items, then its diagnostics. */
  private static Iterator<Tuple2<Row, Row>> parseFile(
      InputFiles.InputFile file, Map<String, String> settings) throws java.io.IOException {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    Path path = new Path(file.location());
    List<Tuple2<Row, Row>> out = new ArrayList<>();
    try (InputStream in = path.getFileSystem(conf).open(path);
        ItemStream stream = BulletinParser.create().stream(in, file.sourceName())) {
      for (NewsItem item : stream) {
        out.add(new Tuple2<>(Rows.item(item), null));
      }
      for (Diagnostic d : stream.diagnostics()) {
        out.add(
            new Tuple2<>(
                null,
                RowFactory.create(
                    d.severity().name(),
                    d.code().name(),
                    d.message(),
                    d.source(),
                    d.line(),
                    d.column())));
      }
    }
    return out.iterator();
  }
}
