package org.bulletins.spark.internal;

/** How many partitions the stages keyed by item position use. */
final class Partitions {

  /**
   * Items per partition at most. A partition's values are held in one map while its pairs are
   * judged ({@link PairJudging}); few partitions also mean few copies of each item's signature.
   */
  static final long ITEMS_PER_PARTITION = 50_000;

  private Partitions() {}

  /**
   * The partitions for some items: two per core (so a slow task does not leave a core idle), at
   * least the input's, and more when a partition would exceed {@link #ITEMS_PER_PARTITION}.
   *
   * @param items the number of items
   * @param inputPartitions the input's partitions
   * @param parallelism the cluster's default parallelism (its cores)
   * @return the number of partitions
   */
  static int of(long items, int inputPartitions, int parallelism) {
    long bySize = (items + ITEMS_PER_PARTITION - 1) / ITEMS_PER_PARTITION;
    return (int) Math.max(Math.max(bySize, 2L * parallelism), Math.max(1, inputPartitions));
  }

  /**
   * Items per partition at most when the candidate pairs are judged on signatures alone. A left
   * item's signature travels once per partition holding some of its right items, nearly once per
   * partition at 1M items (about a hundred candidates each); signatures are smaller than items, so
   * their partitions can be larger, and fewer partitions mean fewer copies.
   */
  static final long SIGNATURES_PER_PARTITION = 200_000;

  /**
   * The partitions for judging pairs on signatures: two per core, and more when a partition would
   * exceed {@link #SIGNATURES_PER_PARTITION}.
   *
   * @param items the number of items
   * @param parallelism the cluster's default parallelism (its cores)
   * @return the number of partitions
   */
  static int forSignatures(long items, int parallelism) {
    long bySize = (items + SIGNATURES_PER_PARTITION - 1) / SIGNATURES_PER_PARTITION;
    return (int) Math.max(bySize, 2L * parallelism);
  }
}
