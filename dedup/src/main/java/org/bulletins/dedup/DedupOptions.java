package org.bulletins.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The settings of a {@link DedupEngine}, validated; the builder's options as one value. A saved
 * {@link DedupIndex} stores them, hash seed included, so that a loaded index signs new items the
 * same way.
 *
 * <p>Every message of a rejected value names the option, as in {@code "bands must be >= 1, was
 * 0"}. See {@link DedupEngine.Builder} for what each option does and for the threshold maths.
 *
 * <pre>{@code
 * DedupOptions options = DedupEngine.builder().dateWindowDays(2).build().options();
 * options.bands() * options.rows(); // MinHash functions per signature
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
 * @param maxTermBlockSize largest term-pair block ({@code terms:} key) that yields candidate
 *     pairs; the effective cap of such blocks is the smaller of this and {@code maxBlockSize}
 * @param maxClusterSize largest number of distinct texts in one story
 * @param nearDuplicateContainment least shingle containment for a near duplicate or teaser
 * @param rewriteWordContainment least content-word containment for a rewrite
 * @param minSharedTerms least shared distinctive terms for a rewrite
 * @param hashSeed the seed of every hash function
 * @param mergePolicy the survivorship rules
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
    MergePolicy mergePolicy) {

  /** The default hash seed, fixed so that runs and machines agree. */
  public static final long DEFAULT_HASH_SEED = 0x5EED_B011_E715L;

  /**
   * The default {@code maxTermBlockSize}: term-pair blocks of more items give no pairs. Much
   * smaller than {@code maxBlockSize} because a term pair that many items share (two acronyms or
   * countries of one region) says little about a rewrite, and a block of {@code n} items costs
   * {@code n(n-1)/2} verifications.
   */
  public static final int DEFAULT_MAX_TERM_BLOCK_SIZE = 24;

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
   */
  public DedupOptions {
    atLeast("dateWindowDays", dateWindowDays, 0);
    between("shingleSize", shingleSize, 1, 8);
    between("bands", bands, 1, 256);
    between("rows", rows, 1, 32);
    between("titleBands", titleBands, 1, 256);
    between("titleRows", titleRows, 1, 32);
    between("maxTermsPerItem", maxTermsPerItem, 2, 64);
    atLeast("maxBlockSize", maxBlockSize, 2);
    atLeast("maxTermBlockSize", maxTermBlockSize, 2);
    atLeast("maxClusterSize", maxClusterSize, 2);
    unit("nearDuplicateContainment", nearDuplicateContainment);
    unit("rewriteWordContainment", rewriteWordContainment);
    atLeast("minSharedTerms", minSharedTerms, 1);
    Objects.requireNonNull(mergePolicy, "mergePolicy");
  }

  /**
   * The largest block of a blocking key that yields candidate pairs: {@code
   * min(maxTermBlockSize, maxBlockSize)} for a term-pair key ({@code terms:}), {@code
   * maxBlockSize} for any other.
   *
   * @param key a blocking key, as {@link CandidateGenerator#blockingKeys} gives it
   * @return the cap of its block
   */
  public int maxBlockSize(String key) {
    return key.startsWith(CandidateGenerator.TERMS_PREFIX)
        ? Math.min(maxTermBlockSize, maxBlockSize)
        : maxBlockSize;
  }

  /**
   * The defaults documented on {@link DedupEngine.Builder}.
   *
   * @return the default options
   */
  public static DedupOptions defaults() {
    return new DedupOptions(
        3, 3, 20, 5, 8, 2, 16, 200, DEFAULT_MAX_TERM_BLOCK_SIZE, 32, 0.8, 0.6, 2, DEFAULT_HASH_SEED, MergePolicy.defaults());
  }

  static int atLeast(String option, int value, int min) {
    checkArgument(value >= min, "%s must be >= %s, was %s", option, min, value);
    return value;
  }

  static int between(String option, int value, int min, int max) {
    checkArgument(
        value >= min && value <= max, "%s must be in [%s, %s], was %s", option, min, max, value);
    return value;
  }

  static double unit(String option, double value) {
    checkArgument(value > 0.0 && value <= 1.0, "%s must be in (0, 1], was %s", option, value);
    return value;
  }
}
