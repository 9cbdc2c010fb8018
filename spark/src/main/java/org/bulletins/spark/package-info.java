/**
 * Parsing and deduplication of bulletins on Apache Spark, with the same stories as {@link
 * org.bulletins.dedup.DedupEngine} on one machine.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * Dataset<Row> items = BulletinDatasets.parse(spark, List.of("archive/"));
 * SparkDedupResult result = SparkDedup.run(items, DedupOptions.defaults());
 * result.stories().write().json("stories/");
 * }</pre>
 */
package org.bulletins.spark;
