package org.bulletins.dedup.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.crosslang.CrossLanguage;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.TermExtractor;
import org.bulletins.dedup.internal.terms.TermsCodec;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;

/**
 * The stages of one engine, built once from its options: {@link ItemSigner} (signature and keys),
 * {@link org.bulletins.dedup.internal.sketch.CandidatePairs} (blocks and pairs), {@link
 * PairVerifier}, {@link StoryClusterer} and {@link StoryMerger}. Batch deduplication, the
 * incremental index and a distributed engine all run these same stages. Immutable and thread-safe.
 */
public final class Pipeline {

  private final DedupOptions options;
  private final ItemSigner signer;
  private final PairVerifier verifier;
  private final StoryClusterer clusterer;
  private final StoryMerger merger;
  private final CrossLanguage crossLanguage;

  /**
   * The stages of some options.
   *
   * @param options the options
   */
  public Pipeline(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.signer = new ItemSigner(options);
    this.verifier = new PairVerifier(options);
    this.clusterer = new StoryClusterer(options);
    this.merger = new StoryMerger(options);
    this.crossLanguage = new CrossLanguage(options);
  }

  /**
   * The cross-language rule (candidates and verdict for items in two languages).
   *
   * @return the rule
   */
  public CrossLanguage crossLanguage() {
    return crossLanguage;
  }

  /**
   * The options.
   *
   * @return the options
   */
  public DedupOptions options() {
    return options;
  }

  /**
   * Stage 1.
   *
   * @return the signer
   */
  public ItemSigner signer() {
    return signer;
  }

  /**
   * Stage 3.
   *
   * @return the verifier
   */
  public PairVerifier verifier() {
    return verifier;
  }

  /**
   * Stage 4.
   *
   * @return the clusterer
   */
  public StoryClusterer clusterer() {
    return clusterer;
  }

  /**
   * Stage 5.
   *
   * @return the merger
   */
  public StoryMerger merger() {
    return merger;
  }

  /**
   * The distinctive terms of an item.
   *
   * @param item an item
   * @return its terms
   */
  public static DistinctiveTerms terms(NewsItem item) {
    return TermExtractor.create().extract(item);
  }

  /**
   * Verifies any two items, as the engine would if they were candidates.
   *
   * @param a one item
   * @param b another
   * @return the evidence
   */
  public MatchEvidence explain(NewsItem a, NewsItem b) {
    ItemSignature sa = signer.sign(a).signature();
    ItemSignature sb = signer.sign(b).signature();
    MatchEvidence base = verifier.verify(sa, terms(a), sb, terms(b));
    return crossLanguage.enabled()
        ? crossLanguage.decide(base, a, CrossLanguage.facts(a), b, CrossLanguage.facts(b))
        : base;
  }

  /**
   * Terms of the items of one batch for verification, clustering and merging, each item's found on
   * first use and kept packed ({@link TermsCodec}, a sixth of the records' memory), unpacked on
   * each later use. An item that repeats an earlier one's text may share its packed string.
   * Thread-safe once the shares are made.
   *
   * <p>Found on first use rather than kept from signing: the batch signs with the distinct terms
   * alone (their hashes are blocking keys), and the later stages ask for the terms of the items in
   * candidate pairs only, a quarter of a million generated items; packing every item's took about
   * 0.49 GB of heap and two seconds of CPU there. Packed rather than held by soft references: a
   * million items' terms as records fill a 4 GiB heap, and soft references kept the collector busy
   * clearing and the engine computing them again.
   */
  public static final class LazyTerms {
    private final List<NewsItem> items;
    private final AtomicReferenceArray<String> packed;
    private final int[] sameAsPlusOne; // the earlier item with the same text, plus one; 0: none

    /**
     * Terms of a list of items, none computed yet.
     *
     * @param items the items
     */
    public LazyTerms(List<NewsItem> items) {
      this.items = items;
      this.packed = new AtomicReferenceArray<>(items.size());
      this.sameAsPlusOne = new int[items.size()];
    }

    /**
     * Offers an item's terms, found already, so that they are not computed again: for a caller of
     * {@code BatchDedup.runSigned} that has them. Offered for an item that shares another's, they
     * are not read ({@link #get} reads the other's).
     *
     * @param index the item's index
     * @param terms its terms
     */
    public void offer(int index, DistinctiveTerms terms) {
      packed.set(index, TermsCodec.encode(terms));
    }

    /**
     * Gives an item the terms of an earlier one with the same title and paragraphs (one packed
     * string for both, computed when either is first asked for). Called before any {@link #get}, by
     * a thread that a later {@link #get} happens after (such as the signing loop's).
     *
     * @param index the item's index
     * @param same the other item's index, lower, itself sharing no other item's terms
     */
    public void share(int index, int same) {
      sameAsPlusOne[index] = same + 1;
    }

    /**
     * The terms of one item.
     *
     * @param index its index
     * @return its terms
     */
    public DistinctiveTerms get(int index) {
      int source = sameAsPlusOne[index] == 0 ? index : sameAsPlusOne[index] - 1;
      String p = packed.get(source);
      if (p == null) {
        // Two threads may compute the same item's terms at once: the same value either way.
        DistinctiveTerms t = terms(items.get(source));
        packed.set(source, TermsCodec.encode(t));
        return t;
      }
      return TermsCodec.decode(p);
    }
  }
}
