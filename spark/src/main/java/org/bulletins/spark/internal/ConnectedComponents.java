package org.bulletins.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph given as edges, computed on the cluster with the
 * alternating large-star and small-star operations of Kiveris et al., "Connected Components in
 * MapReduce and Beyond" (SoCC 2014): each round rewires every vertex towards the smallest vertex it
 * can see, and the graph converges to one star per component, centred on the component's smallest
 * vertex, in O(log² n) rounds (a few in practice). Nothing is collected to the driver but counts.
 */
public final class ConnectedComponents {

  private ConnectedComponents() {}

  /** The result: each vertex's component label, and the rounds it took. */
  public record Labels(Dataset<Row> labels, int rounds) {}

  /**
   * The components of a graph.
   *
   * @param edges edges in two long columns {@code src} and {@code dst}; self loops and repeats are
   *     fine
   * @return one row per vertex of an edge: {@code vertex} and {@code component}, the smallest
   *     vertex of its component
   */
  public static Labels of(Dataset<Row> edges) {
    // Oriented edges (u, v) with u > v: v is a candidate parent of u.
    Dataset<Row> e =
        checkpoint(
            edges
                .select(
                    greatest(col("src"), col("dst")).as("u"), least(col("src"), col("dst")).as("v"))
                .where(col("u").notEqual(col("v")))
                .distinct());
    long count = e.count();
    int rounds = 0;
    while (true) {
      rounds++;
      Dataset<Row> next = checkpoint(smallStar(largeStar(e)));
      long nextCount = next.count();
      boolean same = nextCount == count && next.exceptAll(e).isEmpty();
      e.unpersist();
      e = next;
      count = nextCount;
      if (same) {
        break;
      }
    }
    Dataset<Row> labels =
        e.select(col("u").as("vertex"), col("v").as("component"))
            .union(e.select(col("v").as("vertex"), col("v").as("component")))
            .distinct();
    return new Labels(labels, rounds);
  }

  /**
   * Large star: every vertex hands its larger neighbours to its smallest neighbour (or itself).
   * Edges come and go oriented (larger, smaller).
   */
  private static Dataset<Row> largeStar(Dataset<Row> e) {
    Dataset<Row> both =
        e.select(col("u"), col("v")).union(e.select(col("v").as("u"), col("u").as("v")));
    Dataset<Row> smallest = both.groupBy("u").agg(min("v").as("m"));
    return both.join(smallest, "u")
        .where(col("v").gt(col("u")))
        .select(col("v").as("u"), least(col("m"), col("u")).as("v"))
        .distinct();
  }

  /**
   * Small star: every vertex and its smaller neighbours are attached to the smallest of them. Edges
   * come and go oriented (larger, smaller).
   */
  private static Dataset<Row> smallStar(Dataset<Row> e) {
    Dataset<Row> smallest = e.groupBy("u").agg(min("v").as("m"));
    Dataset<Row> neighbours =
        e.join(smallest, "u")
            .select(
                when(col("v").equalTo(col("m")), col("u")).otherwise(col("v")).as("u"),
                col("m").as("v"));
    return neighbours.distinct();
  }

  /** Cuts the lineage of an iteration: to the checkpoint folder if one is set, else locally. */
  private static Dataset<Row> checkpoint(Dataset<Row> d) {
    return d.sparkSession().sparkContext().getCheckpointDir().isDefined()
        ? d.checkpoint()
        : d.localCheckpoint();
  }
}
