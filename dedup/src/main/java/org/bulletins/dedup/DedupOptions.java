package org.bulletins.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The settings of a {@link DedupEngine}, validated, with {@linkplain #builder() one builder}. A
 * saved {@link DedupIndex} stores them, hash seed included, so that a loaded index signs new items
 * the same way; loading validates them as the constructor does, bounds included.
 *
 * <p>Every message of a rejected value names the option, as in {@code "bands must be in [1, 256],
 * was 0"}. Every option has an upper bound, so that no setting (nor an edited index file) can make
 * the engine's work or memory explode.
 *
 * <p><b>Options and defaults.</b>
 *
 * <ul>
 *   <li>{@code dateWindowDays} (3, at most {@value #MAX_DATE_WINDOW_DAYS}): two dated items further
 *       apart are never one story.
 *   <li>{@code shingleSize} (3, 1 to 8): words per shingle for MinHash and containment.
 *   <li>{@code bands} × {@code rows} (20 × 5): text LSH over one one-permutation MinHash signature
 *       of {@code bands * rows} values; candidate probability {@code 1 - (1 - s^rows)^bands} for
 *       Jaccard {@code s}, threshold near {@code (1/bands)^(1/rows)} = 0.55: {@code P(0.3) ≈ 0.05},
 *       {@code P(0.5) ≈ 0.47}, {@code P(0.7) ≈ 0.975}, {@code P(0.8) ≈ 0.9996}.
 *   <li>{@code titleBands} × {@code titleRows} (8 × 2): title LSH over the title's content words,
 *       threshold near 0.35, which finds teasers and re-dated copies under one title.
 *   <li>{@code maxTermsPerItem} (16, 2 to 64): distinctive terms per item used for term-pair
 *       blocking (one key per pair of them), which finds rewrites.
 *   <li>{@code maxBlockSize} (200, 2 to {@value #MAX_BLOCK_SIZE}): blocks with more items give no
 *       pairs. Copies of one content id are joined whatever the blocks.
 *   <li>{@code maxTermBlockSize} ({@value #DEFAULT_MAX_TERM_BLOCK_SIZE}, 2 to {@value
 *       #MAX_BLOCK_SIZE}): term-pair blocks with more items (or more than {@code maxBlockSize})
 *       give no pairs: a term pair that many items share (two acronyms or countries of one region)
 *       would make hundreds of candidates per item.
 *   <li>{@code maxClusterSize} (32, 2 to {@value #MAX_CLUSTER_SIZE}): most distinct texts in one
 *       story.
 *   <li>{@code nearDuplicateContainment} (0.8), {@code rewriteWordContainment} (0.6), {@code
 *       minSharedTerms} (2, at most 64): verification thresholds.
 *   <li>{@code hashSeed} ({@link #DEFAULT_HASH_SEED}): seed of all hashing.
 *   <li>{@code mergePolicy} ({@link MergePolicy#defaults()}): survivorship rules.
 *   <li>{@code crossLanguage} (on): the cross-language rule, which links items in two languages
 *       (English, Spanish, French, Portuguese) dated at most a day apart when their numbers,
 *       organisations, countries and named days agree (rule {@code translation}).
 * </ul>
 *
 * <pre>{@code
 * DedupOptions options = DedupOptions.builder()
 *     .dateWindowDays(2)
 *     .lsh(25, 4)
 *     .mergePolicy(MergePolicy.defaults().withDate(MergePolicy.DateRule.EARLIEST))
 *     .build();
 * DedupEngine engine = DedupEngine.of(options);
 * }</pre>
 *
 * @param dateWindowDays largest date distance, in days, between two items of one story
 * @param shingleSize words per shingle
 * @param bands LSH bands of the text signature
 * @param rows rows (MinHash values) per band of the text signature
 * @param titleBands LSH bands of the title signature
 * @param titleRows rows per band of the title signature
 * @param maxTermsPerItem most distinctive terms per item used for term-pair blocking
 * @param maxBlockSize largest block (items sharing one key) that yields candidate pairs
 * @param maxTermBlockSize largest term-pair block ({@code terms:} key) that yields candidate pairs;
 *     the effective cap of such blocks is the smaller of this and {@code maxBlockSize}
 * @param maxClusterSize largest number of distinct texts in one story
 * @param nearDuplicateContainment least shingle containment for a near duplicate or teaser
 * @param rewriteWordContainment least content-word containment for a rewrite
 * @param minSharedTerms least shared distinctive terms for a rewrite
 * @param hashSeed the seed of every hash function
 * @param mergePolicy the survivorship rules
 * @param crossLanguage whether the cross-language rule links translations
 * @since 0.1.0
 */
public record DedupOptions(
    int dateWindowDays,
    int shingleSize,
    int bands,
    int rows,
    int titleBands,
    int titleRows,
    int maxTermsPerItem,
    int maxBlockSize,
    int maxTermBlockSize,
    int maxClusterSize,
    double nearDuplicateContainment,
    double rewriteWordContainment,
    int minSharedTerms,
    long hashSeed,
    MergePolicy mergePolicy,
    boolean crossLanguage) {

  /** The default hash seed, fixed so that runs and machines agree. */
  public static final long DEFAULT_HASH_SEED = 0x5EED_B011_E715L;

  /**
   * The default {@code maxTermBlockSize}: term-pair blocks of more items give no pairs. Much
   * smaller than {@code maxBlockSize} because a term pair that many items share (two acronyms or
   * countries of one region) says little about a rewrite, and a block of {@code n} items costs
   * {@code n(n-1)/2} verifications.
   */
  public static final int DEFAULT_MAX_TERM_BLOCK_SIZE = 24;

  /** The largest {@code maxBlockSize} and {@code maxTermBlockSize}. */
  public static final int MAX_BLOCK_SIZE = 5_000;

  /** The largest {@code maxClusterSize}. */
  public static final int MAX_CLUSTER_SIZE = 4_096;

  /** The largest {@code dateWindowDays}: a century. */
  public static final int MAX_DATE_WINDOW_DAYS = 36_525;

  /**
   * Validates every option.
   *
   * @param dateWindowDays largest date distance, in days, between two items of one story
   * @param shingleSize words per shingle
   * @param bands LSH bands of the text signature
   * @param rows rows (MinHash values) per band of the text signature
   * @param titleBands LSH bands of the title signature
   * @param titleRows rows per band of the title signature
   * @param maxTermsPerItem most distinctive terms per item used for term-pair blocking
   * @param maxBlockSize largest block (items sharing one key) that yields candidate pairs
   * @param maxTermBlockSize largest term-pair block ({@code terms:} key) that yields candidate
   *     pairs; the effective cap of such blocks is the smaller of this and {@code maxBlockSize}
   * @param maxClusterSize largest number of distinct texts in one story
   * @param nearDuplicateContainment least shingle containment for a near duplicate or teaser
   * @param rewriteWordContainment least content-word containment for a rewrite
   * @param minSharedTerms least shared distinctive terms for a rewrite
   * @param hashSeed the seed of every hash function
   * @param mergePolicy the survivorship rules
   * @param crossLanguage whether the cross-language rule links translations
   */
  public DedupOptions {
    between("dateWindowDays", dateWindowDays, 0, MAX_DATE_WINDOW_DAYS);
    between("shingleSize", shingleSize, 1, 8);
    between("bands", bands, 1, 256);
    between("rows", rows, 1, 32);
    between("titleBands", titleBands, 1, 256);
    between("titleRows", titleRows, 1, 32);
    between("maxTermsPerItem", maxTermsPerItem, 2, 64);
    between("maxBlockSize", maxBlockSize, 2, MAX_BLOCK_SIZE);
    between("maxTermBlockSize", maxTermBlockSize, 2, MAX_BLOCK_SIZE);
    between("maxClusterSize", maxClusterSize, 2, MAX_CLUSTER_SIZE);
    unit("nearDuplicateContainment", nearDuplicateContainment);
    unit("rewriteWordContainment", rewriteWordContainment);
    between("minSharedTerms", minSharedTerms, 1, 64);
    Objects.requireNonNull(mergePolicy, "mergePolicy");
  }

  /**
   * Options as before the cross-language rule, which is on.
   *
   * @param dateWindowDays largest date distance, in days, between two items of one story
   * @param shingleSize words per shingle
   * @param bands LSH bands of the text signature
   * @param rows rows (MinHash values) per band of the text signature
   * @param titleBands LSH bands of the title signature
   * @param titleRows rows per band of the title signature
   * @param maxTermsPerItem most distinctive terms per item used for term-pair blocking
   * @param maxBlockSize largest block (items sharing one key) that yields candidate pairs
   * @param maxTermBlockSize largest term-pair block that yields candidate pairs
   * @param maxClusterSize largest number of distinct texts in one story
   * @param nearDuplicateContainment least shingle containment for a near duplicate or teaser
   * @param rewriteWordContainment least content-word containment for a rewrite
   * @param minSharedTerms least shared distinctive terms for a rewrite
   * @param hashSeed the seed of every hash function
   * @param mergePolicy the survivorship rules
   */
  public DedupOptions(
      int dateWindowDays,
      int shingleSize,
      int bands,
      int rows,
      int titleBands,
      int titleRows,
      int maxTermsPerItem,
      int maxBlockSize,
      int maxTermBlockSize,
      int maxClusterSize,
      double nearDuplicateContainment,
      double rewriteWordContainment,
      int minSharedTerms,
      long hashSeed,
      MergePolicy mergePolicy) {
    this(
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
        mergePolicy,
        true);
  }

  /**
   * The defaults documented in the class comment.
   *
   * @return the default options
   */
  public static DedupOptions defaults() {
    return new DedupOptions(
        3,
        3,
        20,
        5,
        8,
        2,
        16,
        200,
        DEFAULT_MAX_TERM_BLOCK_SIZE,
        32,
        0.8,
        0.6,
        2,
        DEFAULT_HASH_SEED,
        MergePolicy.defaults(),
        true);
  }

  /**
   * A builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(defaults());
  }

  /**
   * A builder that starts from these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds {@link DedupOptions}. Every setter checks its value at once and names the option in its
   * message; {@link #build()} cannot fail. See the class comment for each option.
   *
   * <pre>{@code
   * DedupEngine engine = DedupEngine.of(DedupOptions.builder().dateWindowDays(2).build());
   * }</pre>
   */
  public static final class Builder {
    private int dateWindowDays;
    private int shingleSize;
    private int bands;
    private int rows;
    private int titleBands;
    private int titleRows;
    private int maxTermsPerItem;
    private int maxBlockSize;
    private int maxTermBlockSize;
    private int maxClusterSize;
    private double nearDuplicateContainment;
    private double rewriteWordContainment;
    private int minSharedTerms;
    private boolean crossLanguage;
    private long hashSeed;
    private MergePolicy mergePolicy;

    private Builder(DedupOptions d) {
      dateWindowDays = d.dateWindowDays();
      shingleSize = d.shingleSize();
      bands = d.bands();
      rows = d.rows();
      titleBands = d.titleBands();
      titleRows = d.titleRows();
      maxTermsPerItem = d.maxTermsPerItem();
      maxBlockSize = d.maxBlockSize();
      maxTermBlockSize = d.maxTermBlockSize();
      maxClusterSize = d.maxClusterSize();
      nearDuplicateContainment = d.nearDuplicateContainment();
      rewriteWordContainment = d.rewriteWordContainment();
      minSharedTerms = d.minSharedTerms();
      crossLanguage = d.crossLanguage();
      hashSeed = d.hashSeed();
      mergePolicy = d.mergePolicy();
    }

    /**
     * Sets the largest date distance within one story.
     *
     * @param days 0 to {@value DedupOptions#MAX_DATE_WINDOW_DAYS}
     * @return this builder
     */
    public Builder dateWindowDays(int days) {
      dateWindowDays = between("dateWindowDays", days, 0, MAX_DATE_WINDOW_DAYS);
      return this;
    }

    /**
     * Sets the words per shingle.
     *
     * @param words 1 to 8
     * @return this builder
     */
    public Builder shingleSize(int words) {
      shingleSize = between("shingleSize", words, 1, 8);
      return this;
    }

    /**
     * Sets the text LSH banding.
     *
     * @param bands 1 to 256
     * @param rows 1 to 32
     * @return this builder
     */
    public Builder lsh(int bands, int rows) {
      this.bands = between("bands", bands, 1, 256);
      this.rows = between("rows", rows, 1, 32);
      return this;
    }

    /**
     * Sets the title LSH banding.
     *
     * @param bands 1 to 256
     * @param rows 1 to 32
     * @return this builder
     */
    public Builder titleLsh(int bands, int rows) {
      titleBands = between("titleBands", bands, 1, 256);
      titleRows = between("titleRows", rows, 1, 32);
      return this;
    }

    /**
     * Sets how many terms per item feed term-pair blocking.
     *
     * @param terms 2 to 64
     * @return this builder
     */
    public Builder maxTermsPerItem(int terms) {
      maxTermsPerItem = between("maxTermsPerItem", terms, 2, 64);
      return this;
    }

    /**
     * Sets the largest block that yields candidate pairs.
     *
     * @param items 2 to {@value DedupOptions#MAX_BLOCK_SIZE}
     * @return this builder
     */
    public Builder maxBlockSize(int items) {
      maxBlockSize = between("maxBlockSize", items, 2, MAX_BLOCK_SIZE);
      return this;
    }

    /**
     * Sets the largest term-pair block that yields candidate pairs.
     *
     * @param items 2 to {@value DedupOptions#MAX_BLOCK_SIZE}
     * @return this builder
     */
    public Builder maxTermBlockSize(int items) {
      maxTermBlockSize = between("maxTermBlockSize", items, 2, MAX_BLOCK_SIZE);
      return this;
    }

    /**
     * Sets the most distinct texts in one story.
     *
     * @param texts 2 to {@value DedupOptions#MAX_CLUSTER_SIZE}
     * @return this builder
     */
    public Builder maxClusterSize(int texts) {
      maxClusterSize = between("maxClusterSize", texts, 2, MAX_CLUSTER_SIZE);
      return this;
    }

    /**
     * Sets the least shingle containment of a near duplicate.
     *
     * @param containment in (0, 1]
     * @return this builder
     */
    public Builder nearDuplicateContainment(double containment) {
      nearDuplicateContainment = unit("nearDuplicateContainment", containment);
      return this;
    }

    /**
     * Sets the least content-word containment of a rewrite.
     *
     * @param containment in (0, 1]
     * @return this builder
     */
    public Builder rewriteWordContainment(double containment) {
      rewriteWordContainment = unit("rewriteWordContainment", containment);
      return this;
    }

    /**
     * Sets the least number of shared distinctive terms of a rewrite.
     *
     * @param terms 1 to 64
     * @return this builder
     */
    public Builder minSharedTerms(int terms) {
      minSharedTerms = between("minSharedTerms", terms, 1, 64);
      return this;
    }

    /**
     * Sets the seed of all hashing; keep it fixed to compare runs and indexes.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder hashSeed(long seed) {
      hashSeed = seed;
      return this;
    }

    /**
     * Sets the survivorship rules.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder mergePolicy(MergePolicy policy) {
      mergePolicy = Objects.requireNonNull(policy, "mergePolicy");
      return this;
    }

    /**
     * Turns the cross-language rule on (the default) or off.
     *
     * <pre>{@code
     * DedupEngine sameLanguageOnly = DedupEngine.of(DedupOptions.builder().crossLanguage(false).build());
     * }</pre>
     *
     * @param on whether items in two languages whose facts agree are linked
     * @return this builder
     */
    public Builder crossLanguage(boolean on) {
      crossLanguage = on;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return validated options
     */
    public DedupOptions build() {
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
          mergePolicy,
          crossLanguage);
    }
  }

  private static int between(String option, int value, int min, int max) {
    checkArgument(
        value >= min && value <= max, "%s must be in [%s, %s], was %s", option, min, max, value);
    return value;
  }

  private static double unit(String option, double value) {
    checkArgument(value > 0.0 && value <= 1.0, "%s must be in (0, 1], was %s", option, value);
    return value;
  }
}
