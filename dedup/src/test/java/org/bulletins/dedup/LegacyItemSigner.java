package org.bulletins.dedup;

import java.time.LocalDate;
import java.util.Arrays;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.sketch.OnePermutationMinHash;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.Term;
import org.bulletins.dedup.internal.terms.TermExtractor;
import org.bulletins.dedup.internal.text.FoldedItem;
import org.bulletins.dedup.internal.text.TextShape;
import org.bulletins.dedup.internal.text.TokenHashes;
import org.bulletins.model.NewsItem;

/**
 * {@code ItemSigner.sign} as it was before session 11 (main 6194641): new arrays per item, the term
 * ids made as strings, sorted and hashed. The reference {@code SignerEquivalenceTest} holds the
 * signer to, value for value. It folds and extracts terms with today's {@code FoldedItem} and
 * {@code TermExtractor} (their equivalence to main's is tested on their own).
 */
final class LegacyItemSigner {

  /** What the old signer computed for an item: the signature's fields and the keys. */
  record Signed(
      long contentKey,
      long epochDay,
      long textHash,
      int[] titleWords,
      int[] bodyShingles,
      int[] contentWords,
      int bodyWordCount,
      boolean teaser,
      boolean allCapsTitle,
      boolean affixedTitle,
      long[] keys) {}

  private final DedupOptions options;
  private final OnePermutationMinHash textMinHash;
  private final OnePermutationMinHash titleMinHash;

  LegacyItemSigner(DedupOptions options) {
    this.options = options;
    this.textMinHash =
        new OnePermutationMinHash(options.bands() * options.rows(), options.hashSeed());
    this.titleMinHash =
        new OnePermutationMinHash(
            options.titleBands() * options.titleRows(), options.hashSeed() + 1);
  }

  Signed sign(NewsItem item) {
    String strippedTitle = TextShape.stripSiteAffixes(item.title());
    FoldedItem folded = FoldedItem.of(item, strippedTitle);
    String foldedTitle = folded.title();
    String foldedBody = folded.body();
    TokenHashes all = new TokenHashes().append(foldedTitle);
    int titleCount = all.count();
    all.append(foldedBody);
    int bodyCount = all.count() - titleCount;
    int size = options.shingleSize();
    long[] titleWords = all.contentHashes(0, titleCount, true);
    long[] allShingles = all.shingleHashes(size);
    long[] bodyShingles =
        bodyCount >= size
            ? Arrays.copyOfRange(allShingles, titleCount, allShingles.length)
            : all.shingleHashes(titleCount, all.count(), size);
    long[] text = textMinHash.signature(allShingles, allShingles.length);
    long[] titleSignature = titleMinHash.signature(titleWords, titleWords.length);
    DistinctiveTerms found = TermExtractor.create().extract(item);
    long[] terms = blockingTermHashes(found);
    long[] keys =
        new long[options.bands() + options.titleBands() + terms.length * (terms.length - 1) / 2];
    int n = ItemSigner.bandKeys(text, options.bands(), options.rows(), 1, keys, 0);
    n = ItemSigner.bandKeys(titleSignature, options.titleBands(), options.titleRows(), 2, keys, n);
    for (int i = 0; i < terms.length; i++) {
      long first = Hash64.combine(3, terms[i]);
      for (int j = i + 1; j < terms.length; j++) {
        keys[n++] = Hash64.combine(first, terms[j]) | Long.MIN_VALUE;
      }
    }
    return new Signed(
        folded.contentKey(),
        item.date().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
        Hash64.combine(Hash64.of(foldedTitle), Hash64.of(foldedBody)),
        sortedSet(titleWords),
        sortedSet(bodyShingles),
        sortedSet(all.contentHashes(false)),
        bodyCount,
        TextShape.isTeaser(item.paragraphs()),
        TextShape.isAllCaps(item.title()),
        !strippedTitle.equals(item.title().strip()),
        n == keys.length ? keys : Arrays.copyOf(keys, n));
  }

  private long[] blockingTermHashes(DistinctiveTerms found) {
    String[] ids = new String[Math.min(found.terms().size(), options.maxTermsPerItem())];
    int taken = 0;
    for (Term term : found.terms()) {
      if (taken >= ids.length) {
        break;
      }
      boolean blocking =
          switch (term.kind()) {
            case ACRONYM, NAME, COUNTRY -> true;
            case NUMBER -> term.key().length() >= 2;
            case ORDINAL -> false;
          };
      if (blocking) {
        ids[taken++] = term.id();
      }
    }
    Arrays.sort(ids, 0, taken);
    long[] out = new long[taken];
    int n = 0;
    for (int i = 0; i < taken; i++) {
      if (i == 0 || !ids[i].equals(ids[i - 1])) {
        out[n++] = Hash64.of(ids[i]);
      }
    }
    return n == taken ? out : Arrays.copyOf(out, n);
  }

  private static int[] sortedSet(long[] hashes) {
    int[] out = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      out[i] = (int) (hashes[i] >>> 32);
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (n == 0 || out[n - 1] != out[i]) {
        out[n++] = out[i];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
