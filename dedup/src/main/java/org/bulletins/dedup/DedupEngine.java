package org.bulletins.dedup;

import java.util.List;
import java.util.Objects;
import org.bulletins.dedup.internal.BatchDedup;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;

/**
 * Finds copies and rewrites of the same story among news items and merges each group into one
 * {@link org.bulletins.model.MergedStory}. Immutable and thread-safe; build it once and share it.
 *
 * <p>One hashed pipeline serves batches ({@link #deduplicate}) and the incremental {@link
 * DedupIndex}: each item is signed once (one pass over its folded text gives word hashes, shingle
 * hashes and one one-permutation MinHash signature, cut into LSH band keys; title and
 * distinctive-term keys are added); items that share a key within the block caps become candidate
 * pairs, made in bounded chunks; each pair is verified on the items' hashed word and shingle sets
 * and their distinctive terms, with a rule that says why ({@link org.bulletins.model.MatchRule});
 * verified pairs are grouped complete-link, so that A~B and B~C never put A with C unless A~C; each
 * group is merged by the {@link MergePolicy}. Items with the same content id always end in one
 * story. A batch signs each text once: an item that repeats an earlier one verbatim (the same date,
 * title and paragraphs, as on overlapping pages) takes what signing found for it.
 *
 * <pre>{@code
 * DedupEngine engine = DedupEngine.of(DedupOptions.builder().dateWindowDays(2).build());
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

  private final DedupOptions options;
  private final Pipeline pipeline;

  private DedupEngine(DedupOptions options) {
    this.options = options;
    this.pipeline = new Pipeline(options);
  }

  /**
   * An engine with the default options.
   *
   * <pre>{@code
   * DedupResult result = DedupEngine.create().deduplicate(items);
   * }</pre>
   *
   * @return a new engine
   */
  public static DedupEngine create() {
    return new DedupEngine(DedupOptions.defaults());
  }

  /**
   * An engine with the given options.
   *
   * <pre>{@code
   * DedupEngine engine = DedupEngine.of(DedupOptions.builder().hashSeed(42).build());
   * }</pre>
   *
   * @param options validated options, from {@link DedupOptions#builder()} or a loaded index
   * @return a new engine
   */
  public static DedupEngine of(DedupOptions options) {
    return new DedupEngine(Objects.requireNonNull(options, "options"));
  }

  /**
   * The engine's options.
   *
   * @return the options
   */
  public DedupOptions options() {
    return options;
  }

  /** The stages, for the index of this package. */
  Pipeline pipeline() {
    return pipeline;
  }

  /**
   * Deduplicates items: every item ends in exactly one story.
   *
   * <pre>{@code
   * DedupResult result = engine.deduplicate(items);
   * result.duplicateCount(); // items folded into another
   * }</pre>
   *
   * @param items the items, in any order; equal items may repeat
   * @return the stories, sorted by their first member's source and line, with their members'
   *     content ids
   */
  public DedupResult deduplicate(List<NewsItem> items) {
    List<NewsItem> input = List.copyOf(Objects.requireNonNull(items, "items"));
    BatchDedup.Outcome outcome =
        new BatchDedup(pipeline, CandidatePairs.DEFAULT_CHUNK_PAIRS).runWithIds(input);
    return new DedupResult(outcome.stories(), input.size(), outcome.memberIds());
  }

  /**
   * Explains the verdict on any two items: the scores, the shared and conflicting terms and the
   * rule that decided, as the engine would decide if they were candidates.
   *
   * <pre>{@code
   * MatchEvidence e = engine.explain(a, b);
   * e.rule();      // MatchRule.TEASER_CONTAINED
   * e.sameStory(); // true
   * e.strength();  // 0.74
   * }</pre>
   *
   * @param a one item
   * @param b another item
   * @return the evidence
   */
  public MatchEvidence explain(NewsItem a, NewsItem b) {
    return pipeline.explain(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
  }

  /**
   * A new, empty incremental index that uses this engine.
   *
   * <pre>{@code
   * DedupIndex index = engine.newIndex().addAll(monday);
   * }</pre>
   *
   * @return an empty index
   */
  public DedupIndex newIndex() {
    return new DedupIndex(this);
  }
}
