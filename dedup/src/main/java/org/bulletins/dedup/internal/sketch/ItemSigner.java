package org.bulletins.dedup.internal.sketch;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.Term;
import org.bulletins.dedup.internal.terms.TermCollector;
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
   * @param terms the distinctive terms of title and body
   */
  public record Signed(ItemSignature signature, long[] keys, DistinctiveTerms terms) {}

  /**
   * An item's signature and blocking keys, with its distinctive terms packed ({@link
   * org.bulletins.dedup.internal.terms.TermsCodec}), as a batch keeps them.
   *
   * @param signature the signature
   * @param keys the blocking keys
   * @param terms the distinctive terms of title and body, packed
   */
  public record Packed(ItemSignature signature, long[] keys, String terms) {}

  /**
   * Signs an item.
   *
   * @param item an item
   * @return its signature and keys
   */
  public Signed sign(NewsItem item) {
    Scratch scratch = SCRATCH.get();
    ItemSignature signature = signature(item, scratch);
    TermCollector found = TermExtractor.create().collect(item);
    return new Signed(signature, keys(scratch, found), found.build());
  }

  /**
   * Signs an item as {@link #sign} does, with its terms packed: the same signature and keys, and
   * the packed form of the same terms, written without the terms' objects.
   *
   * @param item an item
   * @return its signature, keys and packed terms
   */
  public Packed signPacked(NewsItem item) {
    Scratch scratch = SCRATCH.get();
    ItemSignature signature = signature(item, scratch);
    TermCollector found = TermExtractor.create().collect(item);
    return new Packed(signature, keys(scratch, found), found.pack());
  }

  /** The signature, with the text's and title's MinHash signatures left in the scratch. */
  private ItemSignature signature(NewsItem item, Scratch scratch) {
    String strippedTitle = TextShape.stripSiteAffixes(item.title());
    FoldedItem folded = FoldedItem.of(item, strippedTitle); // each paragraph folded once
    // One token list, the title's tokens then the body's, and the arrays read from it: this
    // thread's, reused from item to item (only the signature's sets are new per item).
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
    textMinHash.signature(allShingles, shingleCount, scratch.text(textMinHash));
    titleMinHash.signature(titleWords, titleWordCount, scratch.title(titleMinHash));
    if (count > KEPT_TOKENS) {
      SCRATCH.remove(); // a huge item's arrays are not kept for the thread's life (still read)
    }
    return signature;
  }

  /** The band keys of the MinHash signatures in the scratch, then the term-pair keys. */
  private long[] keys(Scratch scratch, TermCollector found) {
    long[] terms = blockingTermHashes(found);
    long[] keys =
        new long[options.bands() + options.titleBands() + SignedCodec.pairCount(terms.length)];
    int n = bandKeys(scratch.text, options.bands(), options.rows(), TEXT_KIND, keys, 0);
    n = bandKeys(scratch.title, options.titleBands(), options.titleRows(), TITLE_KIND, keys, n);
    n = SignedCodec.pairKeys(terms, 0, terms.length, keys, n);
    return n == keys.length ? keys : Arrays.copyOf(keys, n);
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
  long[] blockingTermHashes(DistinctiveTerms found) {
    List<Term> terms = found.terms();
    int max = Math.min(terms.size(), options.maxTermsPerItem());
    Term.Kind[] kinds = new Term.Kind[max];
    String[] keys = new String[max];
    int taken = 0;
    for (int t = 0; t < terms.size() && taken < max; t++) {
      Term term = terms.get(t);
      if (blocking(term.kind(), term.key())) {
        kinds[taken] = term.kind();
        keys[taken++] = term.key();
      }
    }
    return sortedHashes(kinds, keys, taken);
  }

  /** {@link #blockingTermHashes(DistinctiveTerms)} of the terms in a collector. */
  private long[] blockingTermHashes(TermCollector found) {
    int max = Math.min(found.termCount(), options.maxTermsPerItem());
    Term.Kind[] kinds = new Term.Kind[max];
    String[] keys = new String[max];
    int taken = 0;
    for (int t = 0; t < found.termCount() && taken < max; t++) {
      if (blocking(found.kind(t), found.key(t))) {
        kinds[taken] = found.kind(t);
        keys[taken++] = found.key(t);
      }
    }
    return sortedHashes(kinds, keys, taken);
  }

  /** Whether a term feeds term-pair blocking. */
  private static boolean blocking(Term.Kind kind, String key) {
    return switch (kind) {
      case ACRONYM, NAME, COUNTRY -> true;
      case NUMBER -> key.length() >= 2;
      case ORDINAL -> false;
    };
  }

  /** The hashes of the chosen terms' ids, sorted by id and distinct; the arrays are sorted too. */
  private static long[] sortedHashes(Term.Kind[] chosenKinds, String[] chosenKeys, int taken) {
    // Sorted and distinct, as a TreeSet of the ids gave them. At most maxTermsPerItem (16 by
    // default) terms: an insertion sort, where Arrays.sort's set-up was most of the method's cost.
    // Terms that compare equal have the same kind and key, so their order changes no hash.
    for (int i = 1; i < taken; i++) {
      Term.Kind kind = chosenKinds[i];
      String key = chosenKeys[i];
      int j = i - 1;
      while (j >= 0 && compareIds(chosenKinds[j], chosenKeys[j], kind, key) > 0) {
        chosenKinds[j + 1] = chosenKinds[j];
        chosenKeys[j + 1] = chosenKeys[j];
        j--;
      }
      chosenKinds[j + 1] = kind;
      chosenKeys[j + 1] = key;
    }
    long[] out = new long[taken];
    int n = 0;
    for (int i = 0; i < taken; i++) {
      if (i == 0
          || compareIds(chosenKinds[i], chosenKeys[i], chosenKinds[i - 1], chosenKeys[i - 1])
              != 0) {
        out[n++] = termHash(chosenKinds[i], chosenKeys[i]);
      }
    }
    return n == taken ? out : Arrays.copyOf(out, n);
  }

  /** {@code a.id().compareTo(b.id())} in sign, without making the ids. */
  static int compareIds(Term a, Term b) {
    return compareIds(a.kind(), a.key(), b.kind(), b.key());
  }

  private static int compareIds(Term.Kind kindA, String keyA, Term.Kind kindB, String keyB) {
    if (kindA != kindB) {
      return kindA.idPrefix().compareTo(kindB.idPrefix());
    }
    return keyA.compareTo(keyB);
  }

  /**
   * {@code Hash64.of(term.id())}, gone on from the FNV state after its kind's prefix (kept), not
   * from the prefix's chars.
   */
  static long termHash(Term term) {
    return termHash(term.kind(), term.key());
  }

  private static long termHash(Term.Kind kind, String key) {
    long prefix =
        switch (kind) {
          case ACRONYM -> ACRONYM_STATE;
          case NUMBER -> NUMBER_STATE;
          case NAME -> NAME_STATE;
          case COUNTRY -> COUNTRY_STATE;
          case ORDINAL -> ORDINAL_STATE;
        };
    return Hash64.mix(Hash64.add(prefix, key));
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
