package org.bulletins.spark.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.bulletins.spark.BulletinDatasets;
import org.bulletins.spark.SparkDedup;
import org.bulletins.spark.SparkDedupResult;

/**
 * {@code bulletins-spark dedup [--master MASTER] [--format json] PATH...}: deduplicates bulletin
 * files on Spark and prints the document of {@code bulletins dedup --format json}; parse
 * diagnostics go to standard error as the command prints them. Exit status 0, 2 for a bad command
 * line or input, 1 when the job fails.
 *
 * <pre>
 * spark/bin/bulletins-spark dedup --master 'local[2]' seeds/
 * spark-submit --class org.bulletins.spark.launcher.BulletinsSpark bulletins-spark.jar dedup hdfs:///news/
 * </pre>
 */
public final class BulletinsSpark {

  static final String USAGE =
      """
      usage: bulletins-spark dedup [--master MASTER] [--format json] PATH...
        Deduplicates bulletin files (a folder's *.txt files) on Spark and prints the JSON
        document of `bulletins dedup --format json`. --master is Spark's (local[2],
        spark://host:7077, yarn...); under spark-submit, spark-submit's own is used.""";

  private BulletinsSpark() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new FileOutputStream(FileDescriptor.out), System.err));
  }

  /**
   * Runs the command without exiting, for tests.
   *
   * @param args the command line
   * @param stdout where the document goes
   * @param stderr where diagnostics and messages go
   * @return the exit status
   */
  public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    String master = null;
    List<String> paths = new ArrayList<>();
    if (args.length == 0 || !args[0].equals("dedup")) {
      if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
        err.println(USAGE);
        return 0;
      }
      err.println("bulletins-spark: the command is dedup\n" + USAGE);
      return 2;
    }
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if ((a.equals("--master") || a.equals("--format")) && i + 1 == args.length) {
        err.println("bulletins-spark: " + a + " needs a value\n" + USAGE);
        return 2;
      }
      switch (a) {
        case "--master" -> master = args[++i];
        case "--format" -> {
          String format = args[++i];
          if (!format.toLowerCase(Locale.ROOT).equals("json")) {
            err.println("bulletins-spark: --format " + format + ": only json is written here");
            return 2;
          }
        }
        case "--help", "-h" -> {
          err.println(USAGE);
          return 0;
        }
        default -> {
          if (a.startsWith("--")) {
            err.println("bulletins-spark: unknown option " + a + "\n" + USAGE);
            return 2;
          }
          paths.add(a);
        }
      }
    }
    if (paths.isEmpty()) {
      err.println("bulletins-spark: name at least one PATH\n" + USAGE);
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("bulletins-spark dedup");
    if (master != null) {
      builder.master(master);
      if (master.startsWith("local")) {
        builder.config("spark.ui.enabled", "false");
      }
    } else if (System.getProperty("spark.master") == null) {
      err.println("bulletins-spark: give --master (such as local[2]) or run under spark-submit");
      return 2;
    }
    // Kryo for the shuffles, unless the user (spark-submit --conf) chose otherwise.
    SparkDedup.SPARK_SETTINGS.forEach(
        (key, value) -> {
          if (System.getProperty(key) == null) {
            builder.config(key, value);
          }
        });
    SparkSession spark = builder.getOrCreate();
    try {
      if (!spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
        // The default (200) suits big clusters; a few per core suits the shuffles of one run.
        spark
            .conf()
            .set("spark.sql.shuffle.partitions", 2L * spark.sparkContext().defaultParallelism());
      }
      BulletinDatasets.Parsed parsed = BulletinDatasets.read(spark, paths);
      parsed.items().cache();
      for (Row d : parsed.diagnostics().collectAsList()) {
        err.println(printable(diagnostic(d)));
      }
      SparkDedupResult result = SparkDedup.run(parsed.items());
      if (result.cappedBlockCount() > 0) {
        err.println(
            "bulletins-spark: "
                + result.cappedBlockCount()
                + " blocks over their cap gave no candidate pairs (as in bulletins dedup)");
      }
      Writer out = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
      DedupJson.write(result.collect(), out);
      out.flush();
      return 0;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("bulletins-spark: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("bulletins-spark: cannot write the output (" + e.getMessage() + ")");
      return 1;
    } finally {
      spark.stop();
    }
  }

  /**
   * A diagnostic row as the command prints it: {@code PATH:LINE:COLUMN: severity: code: message}.
   */
  private static String diagnostic(Row d) {
    return d.getString(3)
        + ":"
        + d.getInt(4)
        + ":"
        + d.getInt(5)
        + ": "
        + org.bulletins.model.Severity.valueOf(d.getString(0)).label()
        + ": "
        + org.bulletins.model.DiagnosticCode.valueOf(d.getString(1))
        + ": "
        + d.getString(2);
  }

  /** Control characters escaped, so that a line of input cannot drive the terminal. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7F) {
        out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
