package org.bulletins.dedup.internal.sketch;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.Term;
import org.bulletins.dedup.internal.terms.TermExtractor;
import org.bulletins.dedup.internal.text.FoldedItem;
import org.bulletins.dedup.internal.text.PerThread;
import org.bulletins.dedup.internal.text.TextShape;
import org.bulletins.dedup.internal.text.TokenHashes;
import org.bulletins.model.NewsItem;

/**
 * Stage 1, per item and independent of every other item: the {@link ItemSignature} and the blocking
 * keys, from one pass over the folded title and body. Immutable and thread-safe.
 *
 * <p>The title (site affixes removed) and the body (teaser ending removed) are decoded, folded and
 * cut into {@linkplain TokenHashes token hashes}; shingle hashes are combined from those. The
 * title-and-body shingles give one {@linkplain OnePermutationMinHash one-permutation signature},
 * cut into the text band keys; the title's content words give the (small) title signature and its
 * bands; the distinctive terms give term-pair keys. The content id is computed once here.
 *
 * <p>Keys are 64-bit hashes: the top bit is set for a term-pair key (whose blocks have the smaller
 * cap), the other 63 bits hash what the key names (kind, band and values, or two terms).
 */
public final class ItemSigner {

  private static final long TEXT_KIND = 1;
  private static final long TITLE_KIND = 2;
  static final long TERMS_KIND = 3; // the term-pair keys' kind (SignedCodec.pairKeys)

  /**
   * A token list and arrays per thread, cleared for each item: their buffers grow once, not per
   * item (at a million items, the per-item arrays were a sixth of what signing allocated). Kept
   * across runs ({@link PerThread}: the common pool erases its workers' thread locals).
   */
  private static final PerThread<Scratch> SCRATCH = PerThread.withInitial(Scratch::new);

  // Tokens of the largest item whose arrays a thread keeps for the next (about 2 MB of them).
  private static final int KEPT_TOKENS = 1 << 16;

  private final DedupOptions options;
  private final OnePermutationMinHash textMinHash;
  private final OnePermutationMinHash titleMinHash;

  /**
   * A signer for an engine's options.
   *
   * @param options the options (shingle size, bandings, terms per item, hash seed)
   */
  public ItemSigner(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.textMinHash =
        new OnePermutationMinHash(options.bands() * options.rows(), options.hashSeed());
    this.titleMinHash =
        new OnePermutationMinHash(
            options.titleBands() * options.titleRows(), options.hashSeed() + 1);
  }

  /**
   * An item's signature and blocking keys, and the distinctive terms found on the way (which
   * verification needs again).
   *
   * @param signature the signature
   * @param keys the blocking keys
   * @param terms the distinctive terms of title and body; null when signed without them ({@link
   *     #signCompactWithoutTerms}) or read back from a stored blob
   */
  public record Signed(ItemSignature signature, long[] keys, DistinctiveTerms terms) {}

  /**
   * An item's signature and blocking keys with its term-pair keys left unmade: the keys end with
   * the blocking term hashes the pairs come from (about 10 hashes for about 46 pair keys), which
   * {@link SignedCodec#pairKeys} turns into the pair keys {@link Signed} holds.
   *
   * @param signature the signature
   * @param keys the band keys, then the term hashes in the signer's order
   * @param termHashes how many of the keys are term hashes
   * @param terms the distinctive terms of title and body; null when signed without them ({@link
   *     #signCompactWithoutTerms})
   */
  public record CompactSigned(
      ItemSignature signature, long[] keys, int termHashes, DistinctiveTerms terms) {

    /**
     * The same item with its pair keys made.
     *
     * @return the signature, every key, the terms (null if this has none)
     */
    public Signed expanded() {
      return new Signed(signature, SignedCodec.withPairKeys(keys, termHashes), terms);
    }
  }

  /**
   * Signs an item.
   *
   * @param item an item
   * @return its signature and keys
   */
  public Signed sign(NewsItem item) {
    return signCompact(item).expanded();
  }

  /**
   * Signs an item, its term-pair keys left for the reader to make (about 10 term hashes instead of
   * about 46 pair keys), with its terms: {@link #sign} expands it.
   *
   * @param item an item
   * @return its signature, keys and term hashes
   */
  public CompactSigned signCompact(NewsItem item) {
    return signCompact(item, true);
  }

  /**
   * Signs an item as {@link #signCompact(NewsItem)} does, but keeps no terms ({@link
   * CompactSigned#terms()} is null): for a batch that finds the terms again for the items it
   * verifies, a quarter of a large input, and would otherwise hold every item's.
   *
   * @param item an item
   * @return its signature, keys and term hashes, without terms
   */
  public CompactSigned signCompactWithoutTerms(NewsItem item) {
    return signCompact(item, false);
  }

  private CompactSigned signCompact(NewsItem item, boolean keepTerms) {
    String strippedTitle = TextShape.stripSiteAffixes(item.title());
    FoldedItem folded = FoldedItem.of(item, strippedTitle); // each paragraph folded once
    // One token list, the title's tokens then the body's, and the arrays read from it: this
    // thread's, reused from item to item (only the signature's sets are new per item).
    Scratch scratch = SCRATCH.get();
    TokenHashes all = scratch.tokens.clear();
    long titleHash = folded.appendTitleTokens(all);
    int titleCount = all.count();
    long bodyHash = folded.appendBodyTokens(all); // the body's parts, never joined
    int count = all.count();
    int bodyCount = count - titleCount;
    int size = options.shingleSize();
    scratch.ensure(count);
    long[] titleWords = scratch.titleWords;
    int titleWordCount = all.contentHashes(0, titleCount, true, titleWords);
    long[] allShingles = scratch.shingles;
    int shingleCount = all.shingleHashes(0, count, size, allShingles);
    // A body of a whole shingle or more: its shingles are the last ones of title and body's.
    long[] bodyShingles = allShingles;
    int bodyFrom = titleCount;
    int bodyTo = shingleCount;
    if (bodyCount < size) {
      bodyShingles = scratch.bodyShingles;
      bodyFrom = 0;
      bodyTo = all.shingleHashes(titleCount, count, size, bodyShingles);
    }
    long[] contentWords = scratch.contentWords;
    int contentCount = all.contentHashes(0, count, false, contentWords);
    ItemSignature signature =
        new ItemSignature(
            folded.contentKey(),
            item.date().map(LocalDate::toEpochDay).orElse(ItemSignature.UNDATED),
            Hash64.combine(titleHash, bodyHash),
            ItemSignature.sortedSet(titleWords, 0, titleWordCount),
            ItemSignature.sortedSet(bodyShingles, bodyFrom, bodyTo),
            ItemSignature.sortedSet(contentWords, 0, contentCount),
            bodyCount,
            TextShape.isTeaser(item.paragraphs()),
            TextShape.isAllCaps(item.title()),
            !strippedTitle.equals(item.title().strip()));
    long[] text = textMinHash.signature(allShingles, shingleCount, scratch.text(textMinHash));
    long[] titleSignature =
        titleMinHash.signature(titleWords, titleWordCount, scratch.title(titleMinHash));
    DistinctiveTerms found = keepTerms ? TermExtractor.create().extract(item) : null;
    long[] terms =
        blockingTermHashes(
            found != null ? found.terms() : TermExtractor.create().distinctTerms(item));
    long[] keys = new long[options.bands() + options.titleBands() + terms.length];
    int n = bandKeys(text, options.bands(), options.rows(), TEXT_KIND, keys, 0);
    n = bandKeys(titleSignature, options.titleBands(), options.titleRows(), TITLE_KIND, keys, n);
    System.arraycopy(terms, 0, keys, n, terms.length);
    n += terms.length;
    if (count > KEPT_TOKENS) {
      SCRATCH.remove(); // a huge item's arrays are not kept for the thread's life
    }
    return new CompactSigned(
        signature, n == keys.length ? keys : Arrays.copyOf(keys, n), terms.length, found);
  }

  /**
   * One key per band: a hash of the kind, the band and its values; none for an empty set.
   *
   * @param signature a signature of {@code bands * rows} values
   * @param bands the bands
   * @param rows the rows per band
   * @param kind a number that keeps these keys apart from other bandings' keys
   * @param out where the keys go
   * @param n the number of keys in {@code out} already
   * @return the new number of keys in {@code out}
   */
  public static int bandKeys(long[] signature, int bands, int rows, long kind, long[] out, int n) {
    if (signature[0] == OnePermutationMinHash.EMPTY) {
      return n; // only the empty set's signature holds EMPTY (real values have the top bit clear)
    }
    for (int band = 0; band < bands; band++) {
      long h = Hash64.combine(kind, band);
      for (int row = 0; row < rows; row++) {
        h = Hash64.combine(h, signature[band * rows + row]);
      }
      out[n++] = h & Long.MAX_VALUE;
    }
    return n;
  }

  /**
   * The hashes of the term ids that feed term-pair blocking, in sorted id order: the first {@code
   * maxTermsPerItem} acronyms, names, countries and numbers of two digits or more. The ids are
   * neither made nor compared as strings: they are ordered by kind prefix, then key (as the ids
   * {@code kind:key} order, since no prefix starts another) and hashed as prefix then key.
   */
  long[] blockingTermHashes(List<Term> found) {
    Term[] chosen = new Term[Math.min(found.size(), options.maxTermsPerItem())];
    int taken = 0;
    for (Term term : found) {
      if (taken >= chosen.length) {
        break;
      }
      boolean blocking =
          switch (term.kind()) {
            case ACRONYM, NAME, COUNTRY -> true;
            case NUMBER -> term.key().length() >= 2;
            case ORDINAL -> false;
          };
      if (blocking) {
        chosen[taken++] = term;
      }
    }
    // Sorted and distinct, as a TreeSet of the ids gave them. At most maxTermsPerItem (16 by
    // default) terms: an insertion sort, where Arrays.sort's set-up was most of the method's cost.
    // Terms that compare equal have the same kind and key, so their order changes no hash.
    // (`j > 0` on the slot before, not `j >= 0`: C2 (JDK 17) deoptimizes the compiled caller,
    // once, when a `>=` bound allows a single pass.)
    for (int i = 1; i < taken; i++) {
      Term term = chosen[i];
      int j = i;
      while (j > 0 && compareIds(chosen[j - 1], term) > 0) {
        chosen[j] = chosen[j - 1];
        j--;
      }
      chosen[j] = term;
    }
    long[] out = new long[taken];
    int n = 0;
    for (int i = 0; i < taken; i++) {
      if (i == 0 || compareIds(chosen[i], chosen[i - 1]) != 0) {
        out[n++] = termHash(chosen[i]);
      }
    }
    return n == taken ? out : Arrays.copyOf(out, n);
  }

  /** {@code a.id().compareTo(b.id())} in sign, without making the ids. */
  static int compareIds(Term a, Term b) {
    if (a.kind() != b.kind()) {
      return a.kind().idPrefix().compareTo(b.kind().idPrefix());
    }
    return a.key().compareTo(b.key());
  }

  /**
   * {@code Hash64.of(term.id())}, gone on from the FNV state after its kind's prefix (kept), not
   * from the prefix's chars.
   */
  static long termHash(Term term) {
    long prefix =
        switch (term.kind()) {
          case ACRONYM -> ACRONYM_STATE;
          case NUMBER -> NUMBER_STATE;
          case NAME -> NAME_STATE;
          case COUNTRY -> COUNTRY_STATE;
          case ORDINAL -> ORDINAL_STATE;
        };
    return Hash64.mix(Hash64.add(prefix, term.key()));
  }

  // The FNV-1a states after each kind's id prefix.
  private static final long ACRONYM_STATE = prefixState(Term.Kind.ACRONYM);
  private static final long NUMBER_STATE = prefixState(Term.Kind.NUMBER);
  private static final long NAME_STATE = prefixState(Term.Kind.NAME);
  private static final long COUNTRY_STATE = prefixState(Term.Kind.COUNTRY);
  private static final long ORDINAL_STATE = prefixState(Term.Kind.ORDINAL);

  private static long prefixState(Term.Kind kind) {
    return Hash64.add(Hash64.start(), kind.idPrefix());
  }

  /**
   * One thread's buffers for {@link #sign}: the tokens, the hashes read from them (each array at
   * least as long as the item has tokens, which bounds every count written into it) and the two
   * MinHash signatures, which only feed the band keys.
   */
  private static final class Scratch {
    final TokenHashes tokens = new TokenHashes();
    long[] titleWords = new long[0];
    long[] shingles = new long[0];
    long[] bodyShingles = new long[0];
    long[] contentWords = new long[0];
    private long[] text = new long[0];
    private long[] title = new long[0];

    void ensure(int tokenCount) {
      if (shingles.length < tokenCount) {
        int capacity = Math.max(tokenCount, 2 * shingles.length);
        titleWords = new long[capacity];
        shingles = new long[capacity];
        bodyShingles = new long[capacity];
        contentWords = new long[capacity];
      }
    }

    long[] text(OnePermutationMinHash minHash) {
      if (text.length != minHash.size()) {
        text = new long[minHash.size()];
      }
      return text;
    }

    long[] title(OnePermutationMinHash minHash) {
      if (title.length != minHash.size()) {
        title = new long[minHash.size()];
      }
      return title;
    }
  }
}
