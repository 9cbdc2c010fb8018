package org.bulletins.spark.internal;

import java.io.Serializable;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.MergePolicy;

/**
 * {@link DedupOptions} in a form that Spark can ship to executors (the options record is not
 * serializable): every component, the merge policy by rule names.
 */
public final class OptionsSpec implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int dateWindowDays;
  private final int shingleSize;
  private final int bands;
  private final int rows;
  private final int titleBands;
  private final int titleRows;
  private final int maxTermsPerItem;
  private final int maxBlockSize;
  private final int maxTermBlockSize;
  private final int maxClusterSize;
  private final double nearDuplicateContainment;
  private final double rewriteWordContainment;
  private final int minSharedTerms;
  private final long hashSeed;
  private final String titleRule;
  private final String bodyRule;
  private final String dateRule;
  private final boolean crossLanguage;

  private OptionsSpec(DedupOptions o) {
    this.dateWindowDays = o.dateWindowDays();
    this.shingleSize = o.shingleSize();
    this.bands = o.bands();
    this.rows = o.rows();
    this.titleBands = o.titleBands();
    this.titleRows = o.titleRows();
    this.maxTermsPerItem = o.maxTermsPerItem();
    this.maxBlockSize = o.maxBlockSize();
    this.maxTermBlockSize = o.maxTermBlockSize();
    this.maxClusterSize = o.maxClusterSize();
    this.nearDuplicateContainment = o.nearDuplicateContainment();
    this.rewriteWordContainment = o.rewriteWordContainment();
    this.minSharedTerms = o.minSharedTerms();
    this.hashSeed = o.hashSeed();
    this.titleRule = o.mergePolicy().title().name();
    this.bodyRule = o.mergePolicy().body().name();
    this.dateRule = o.mergePolicy().date().name();
    this.crossLanguage = o.crossLanguage();
  }

  /**
   * The spec of some options.
   *
   * @param options the options
   * @return their spec
   */
  public static OptionsSpec of(DedupOptions options) {
    return new OptionsSpec(options);
  }

  /**
   * The options again, equal to those given.
   *
   * @return the options
   */
  public DedupOptions options() {
    return new DedupOptions(
        dateWindowDays,
        shingleSize,
        bands,
        rows,
        titleBands,
        titleRows,
        maxTermsPerItem,
        maxBlockSize,
        maxTermBlockSize,
        maxClusterSize,
        nearDuplicateContainment,
        rewriteWordContainment,
        minSharedTerms,
        hashSeed,
        new MergePolicy(
            MergePolicy.TitleRule.valueOf(titleRule),
            MergePolicy.BodyRule.valueOf(bodyRule),
            MergePolicy.DateRule.valueOf(dateRule)),
        crossLanguage);
  }
}
