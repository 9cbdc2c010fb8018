package org.bulletins.spark;

import org.apache.spark.sql.SparkSession;

/** A small local session for one test class: two cores, few shuffle partitions, no UI. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession start() {
    SparkSession.Builder builder = SparkSession.builder();
    // The settings SparkDedup recommends (Kryo), so that the tests cover them.
    SparkDedup.SPARK_SETTINGS.forEach(builder::config);
    return builder
        .master("local[2]")
        .appName("bulletins-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }
}
