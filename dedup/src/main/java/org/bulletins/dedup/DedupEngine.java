package org.bulletins.dedup;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.bulletins.dedup.internal.ItemFeatures;
import org.bulletins.dedup.internal.ItemSketch;
import org.bulletins.dedup.internal.MemberOrder;
import org.bulletins.model.ContentId;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * Finds copies and rewrites of the same story among news items and merges each group into one
 * {@link MergedStory}. Immutable and thread-safe; build it once and share it.
 *
 * <p>The pipeline has six stages, each callable on its own so that a distributed engine can run
 * them apart: {@linkplain MinHashSigner signatures} and {@linkplain LshBanding band keys} (both
 * inside {@link #candidates()}, which adds title and term-pair blocking), {@linkplain
 * CandidateGenerator candidate pairs}, {@linkplain PairVerifier verification}, {@linkplain
 * StoryClusterer clustering} and {@linkplain StoryMerger merging}. No stage compares all pairs
 * except inside a block, and blocks are bounded by {@code maxBlockSize}.
 *
 * <pre>{@code
 * DedupEngine engine = DedupEngine.builder().dateWindowDays(2).build();
 * DedupResult result = engine.deduplicate(items);
 * for (MergedStory story : result.stories()) {
 *   System.out.println(story.kind() + " " + story.merged().title() + " x" + story.members().size());
 * }
 * MatchEvidence why = engine.explain(items.get(0), items.get(1));
 * DedupIndex index = engine.newIndex();   // incremental, can be saved
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DedupEngine {

  /**
   * Stands for the evidence of a pair that the sketches showed apart: the clusterer reads only its
   * verdict, and the merger verifies the pair if it ever shows it in a link.
   */
  private static final MatchEvidence APART_BY_SKETCH =
      new MatchEvidence(0, 0, 0, Optional.empty(), List.of(), List.of(), false, "dissimilar", Map.of());

  private final DedupOptions options;
  private final CandidateGenerator candidates;
  private final PairVerifier verifier;
  private final StoryClusterer clusterer;
  private final StoryMerger merger;

  private DedupEngine(DedupOptions options) {
    this.options = options;
    this.candidates = new CandidateGenerator(options);
    this.verifier = new PairVerifier(options);
    this.clusterer = new StoryClusterer(options, verifier);
    this.merger = new StoryMerger(options, verifier);
  }

  /**
   * An engine with the default options.
   *
   * @return a new engine
   */
  public static DedupEngine create() {
    return new DedupEngine(DedupOptions.defaults());
  }

  /**
   * An engine with the given options.
   *
   * @param options validated options, as a loaded index stores them
   * @return a new engine
   */
  public static DedupEngine of(DedupOptions options) {
    return new DedupEngine(Objects.requireNonNull(options, "options"));
  }

  /**
   * A builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The engine's options.
   *
   * @return the options
   */
  public DedupOptions options() {
    return options;
  }

  /**
   * Stages 1 to 3: signatures, band keys, blocking keys and candidate pairs.
   *
   * @return the candidate generator
   */
  public CandidateGenerator candidates() {
    return candidates;
  }

  /**
   * Stage 4: pair verification.
   *
   * @return the verifier
   */
  public PairVerifier verifier() {
    return verifier;
  }

  /**
   * Stage 5: clustering.
   *
   * @return the clusterer
   */
  public StoryClusterer clusterer() {
    return clusterer;
  }

  /**
   * Stage 6: merging.
   *
   * @return the merger
   */
  public StoryMerger merger() {
    return merger;
  }

  /**
   * Deduplicates items: every item ends in exactly one story.
   *
   * @param items the items, in any order; equal items may repeat
   * @return the stories, sorted by their first member's source and line
   */
  public DedupResult deduplicate(List<NewsItem> items) {
    Objects.requireNonNull(items, "items");
    List<NewsItem> input = List.copyOf(items);
    int n = input.size();
    // Stages 1 to 3 are per item and independent: run them on all cores. Every result lands at its
    // item's index, so the outcome does not depend on the threads. Only a compact sketch and the
    // hashed keys are kept; the full features (ten times the memory) are computed again for the
    // few items that reach exact verification or a story with others.
    ItemSketch[] sketches = new ItemSketch[n];
    long[][] keys = new long[n][];
    ContentId[] ids = new ContentId[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              ItemFeatures f = ItemFeatures.of(input.get(i), options.shingleSize());
              sketches[i] = ItemSketch.of(f);
              keys[i] = candidates.blockingKeyHashes(f);
              ids[i] = f.item().computeId();
            });
    long[] pairs = candidates.packedPairs(keys);
    // Stage 4 on all cores. A pair that the sketches show cannot be one story is not verified; the
    // others are, and only positive evidence is kept (memory follows the matches, not the
    // candidates); the clusterer verifies a pair again if it needs a verdict it lacks. Pairs with
    // an item that has a typographic copy (another item of its content id) are the exception:
    // the clusterer judges such a unit by its representative, and learns from any pair of members
    // that two units are candidates, so every such pair is kept, one the sketches showed apart as
    // a placeholder (its verdict is right; the merger verifies it if it is ever shown).
    Map<ContentId, Integer> copies = new HashMap<>();
    for (ContentId id : ids) {
      copies.merge(id, 1, Integer::sum);
    }
    boolean[] sharesUnit = new boolean[n];
    for (int i = 0; i < n; i++) {
      sharesUnit[i] = copies.get(ids[i]) > 1;
    }
    copies = null;
    LazyFeatures features = new LazyFeatures(input, options.shingleSize());
    Map<CandidatePair, MatchEvidence> evidence = new ConcurrentHashMap<>();
    IntStream.range(0, pairs.length)
        .parallel()
        .forEach(
            p -> {
              int left = (int) (pairs[p] >>> 32);
              int right = (int) pairs[p];
              boolean keepAny = sharesUnit[left] || sharesUnit[right];
              if (verifier.mayBeSame(sketches[left], sketches[right])) {
                MatchEvidence e = verifier.verify(features.get(left), features.get(right));
                if (e.sameStory() || keepAny) {
                  evidence.put(new CandidatePair(left, right), e);
                }
              } else if (keepAny) {
                evidence.put(new CandidatePair(left, right), APART_BY_SKETCH);
              }
            });
    return new DedupResult(mergeAll(input, Arrays.asList(ids), features, new HashMap<>(evidence)), n);
  }

  private List<MergedStory> mergeAll(
      List<NewsItem> items,
      List<ContentId> ids,
      List<ItemFeatures> features,
      Map<CandidatePair, MatchEvidence> evidence) {
    List<List<Integer>> groups = clusterer.clusterFeatures(ids, items, features, evidence);
    List<MergedStory> stories = new ArrayList<>(groups.size());
    for (List<Integer> group : groups) {
      if (group.size() == 1) {
        // What the merger makes of one member, without computing its features.
        stories.add(MergedStory.singleton(items.get(group.get(0))));
        continue;
      }
      List<ItemFeatures> members = group.stream().map(features::get).toList();
      // Reuse the evidence of pairs verified already. Evidence names shared terms as its first
      // item writes them, so it is reused only when it was computed in the merger's order.
      Map<ItemFeatures, Integer> index = new IdentityHashMap<>();
      for (int i : group) {
        index.put(features.get(i), i);
      }
      StoryMerger.EvidenceSource known =
          (a, b) -> {
            int left = index.get(a);
            int right = index.get(b);
            MatchEvidence e = left < right ? evidence.get(new CandidatePair(left, right)) : null;
            return e != null && e != APART_BY_SKETCH ? e : verifier.verify(a, b);
          };
      stories.add(merger.mergeFeatures(members, known));
    }
    stories.sort(
        java.util.Comparator.comparing((MergedStory s) -> s.members().get(0), MemberOrder.ITEMS));
    return stories;
  }

  /**
   * Features computed on first use and kept: each {@code get(i)} of one index returns the same
   * object, which the merger's identity map relies on. Thread-safe.
   */
  private static final class LazyFeatures extends AbstractList<ItemFeatures> {
    private final List<NewsItem> items;
    private final int shingleSize;
    private final AtomicReferenceArray<ItemFeatures> computed;

    LazyFeatures(List<NewsItem> items, int shingleSize) {
      this.items = items;
      this.shingleSize = shingleSize;
      this.computed = new AtomicReferenceArray<>(items.size());
    }

    @Override
    public ItemFeatures get(int index) {
      ItemFeatures f = computed.get(index);
      if (f == null) {
        computed.compareAndSet(index, null, ItemFeatures.of(items.get(index), shingleSize));
        f = computed.get(index);
      }
      return f;
    }

    @Override
    public int size() {
      return items.size();
    }
  }

  /**
   * Explains the verdict on any two items: the scores, the shared and conflicting terms and the
   * rule that decided, as the engine would decide if they were candidates.
   *
   * @param a one item
   * @param b another item
   * @return the evidence
   */
  public MatchEvidence explain(NewsItem a, NewsItem b) {
    return verifier.verify(a, b);
  }

  /**
   * A new, empty incremental index that uses this engine.
   *
   * @return an empty index
   */
  public DedupIndex newIndex() {
    return new DedupIndex(this);
  }

  /**
   * Builds a {@link DedupEngine}. Every setter checks its value at once and names the option in
   * its message; {@link #build()} cannot fail.
   *
   * <p><b>Options and defaults.</b>
   *
   * <ul>
   *   <li>{@code dateWindowDays} (3): two dated items further apart are never one story.
   *   <li>{@code shingleSize} (3): words per shingle for MinHash and containment.
   *   <li>{@code bands} × {@code rows} (20 × 5): text LSH; candidate probability {@code 1 - (1 -
   *       s^5)^20} for Jaccard {@code s}, threshold near 0.55 (see {@link LshBanding}).
   *   <li>{@code titleBands} × {@code titleRows} (8 × 2): title LSH, threshold near 0.35.
   *   <li>{@code maxTermsPerItem} (16): terms per item used for term-pair blocking, at most 120
   *       keys per item.
   *   <li>{@code maxBlockSize} (200): blocks with more items give no pairs.
   *   <li>{@code maxTermBlockSize} ({@value DedupOptions#DEFAULT_MAX_TERM_BLOCK_SIZE}): term-pair
   *       blocks with more items (or more than {@code maxBlockSize}) give no pairs. A term pair that
   *       many items share (two acronyms or countries of one region) would otherwise make hundreds
   *       of candidates per item; rewrites sharing rarer terms still meet in a smaller block.
   *   <li>{@code maxClusterSize} (32): most distinct texts in one story.
   *   <li>{@code nearDuplicateContainment} (0.8), {@code rewriteWordContainment} (0.6), {@code
   *       minSharedTerms} (2): verification thresholds, see {@link PairVerifier}.
   *   <li>{@code hashSeed} ({@link DedupOptions#DEFAULT_HASH_SEED}): seed of all hashing.
   *   <li>{@code mergePolicy} ({@link MergePolicy#defaults()}): survivorship rules.
   * </ul>
   *
   * <pre>{@code
   * DedupEngine engine = DedupEngine.builder()
   *     .dateWindowDays(2)
   *     .lsh(25, 4)
   *     .mergePolicy(MergePolicy.defaults().withDate(MergePolicy.DateRule.EARLIEST))
   *     .build();
   * }</pre>
   *
   * @since 0.1.0
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
    private long hashSeed;
    private MergePolicy mergePolicy;

    private Builder() {
      DedupOptions d = DedupOptions.defaults();
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
      hashSeed = d.hashSeed();
      mergePolicy = d.mergePolicy();
    }

    /**
     * Sets the largest date distance within one story.
     *
     * @param days at least 0
     * @return this builder
     */
    public Builder dateWindowDays(int days) {
      dateWindowDays = DedupOptions.atLeast("dateWindowDays", days, 0);
      return this;
    }

    /**
     * Sets the words per shingle.
     *
     * @param words 1 to 8
     * @return this builder
     */
    public Builder shingleSize(int words) {
      shingleSize = DedupOptions.between("shingleSize", words, 1, 8);
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
      this.bands = DedupOptions.between("bands", bands, 1, 256);
      this.rows = DedupOptions.between("rows", rows, 1, 32);
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
      titleBands = DedupOptions.between("titleBands", bands, 1, 256);
      titleRows = DedupOptions.between("titleRows", rows, 1, 32);
      return this;
    }

    /**
     * Sets how many terms per item feed term-pair blocking.
     *
     * @param terms 2 to 64
     * @return this builder
     */
    public Builder maxTermsPerItem(int terms) {
      maxTermsPerItem = DedupOptions.between("maxTermsPerItem", terms, 2, 64);
      return this;
    }

    /**
     * Sets the largest block that yields candidate pairs.
     *
     * @param items at least 2
     * @return this builder
     */
    public Builder maxBlockSize(int items) {
      maxBlockSize = DedupOptions.atLeast("maxBlockSize", items, 2);
      return this;
    }

    /**
     * Sets the largest term-pair block ({@code terms:} key) that yields candidate pairs; the
     * effective cap is the smaller of this and {@code maxBlockSize}.
     *
     * @param items at least 2
     * @return this builder
     */
    public Builder maxTermBlockSize(int items) {
      maxTermBlockSize = DedupOptions.atLeast("maxTermBlockSize", items, 2);
      return this;
    }

    /**
     * Sets the most distinct texts in one story.
     *
     * @param texts at least 2
     * @return this builder
     */
    public Builder maxClusterSize(int texts) {
      maxClusterSize = DedupOptions.atLeast("maxClusterSize", texts, 2);
      return this;
    }

    /**
     * Sets the least shingle containment of a near duplicate or teaser.
     *
     * @param containment in (0, 1]
     * @return this builder
     */
    public Builder nearDuplicateContainment(double containment) {
      nearDuplicateContainment = DedupOptions.unit("nearDuplicateContainment", containment);
      return this;
    }

    /**
     * Sets the least content-word containment of a rewrite.
     *
     * @param containment in (0, 1]
     * @return this builder
     */
    public Builder rewriteWordContainment(double containment) {
      rewriteWordContainment = DedupOptions.unit("rewriteWordContainment", containment);
      return this;
    }

    /**
     * Sets the least number of shared distinctive terms of a rewrite.
     *
     * @param terms at least 1
     * @return this builder
     */
    public Builder minSharedTerms(int terms) {
      minSharedTerms = DedupOptions.atLeast("minSharedTerms", terms, 1);
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
     * Builds the engine.
     *
     * @return an immutable engine
     */
    public DedupEngine build() {
      return new DedupEngine(
          new DedupOptions(
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
              mergePolicy));
    }
  }
}
