package org.bulletins.dedup.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.TermsCodec;
import org.bulletins.model.NewsItem;

/**
 * The terms of the items one add to an {@link IncrementalIndex} verifies, each computed once. The
 * first few thousand are kept as objects, the rest packed ({@link TermsCodec}, as the batch
 * engine's {@link Pipeline.LazyTerms} keeps them): a store rebuilt in one add verifies nearly every
 * item, and a million term objects (kilobytes each) did not fit in a heap several times the batch
 * engine's. The terms of the add's own items, found while they were signed, are taken from their
 * signatures, not found again (the batch engine signs without terms and finds them on first use
 * instead). Safe on several threads at once, as long as the items are not changed meanwhile.
 */
final class AddTerms {

  /** How many items' terms are kept as objects: a file's add rarely needs more. */
  private static final int OBJECTS = 1 << 14;

  private final List<NewsItem> items;
  private final int maxObjects;
  private final ConcurrentHashMap<Integer, Object> kept = new ConcurrentHashMap<>();
  private final AtomicInteger objects = new AtomicInteger();
  private final AtomicInteger computed = new AtomicInteger();
  private final ItemSigner.Signed[] signed; // the add's items, from index first on
  private final int first;

  /**
   * No terms computed yet.
   *
   * @param items the index's items, by index
   */
  AddTerms(List<NewsItem> items) {
    this(items, OBJECTS);
  }

  /** As {@link #AddTerms(List)}, keeping at most {@code maxObjects} items' terms as objects. */
  AddTerms(List<NewsItem> items, int maxObjects) {
    this(items, new ItemSigner.Signed[0], 0, maxObjects);
  }

  /**
   * As {@link #AddTerms(List)}, with the signatures of the items from {@code first} on: their terms
   * (when the signatures carry them; signatures read back from a store do not) are taken as found.
   */
  AddTerms(List<NewsItem> items, ItemSigner.Signed[] signed, int first) {
    this(items, signed, first, OBJECTS);
  }

  private AddTerms(List<NewsItem> items, ItemSigner.Signed[] signed, int first, int maxObjects) {
    this.items = items;
    this.signed = signed;
    this.first = first;
    this.maxObjects = maxObjects;
  }

  /** How many items' terms were computed here (not taken from a signature or kept). */
  int computed() {
    return computed.get();
  }

  /**
   * The terms of one item.
   *
   * @param index its index in the items
   * @return its terms
   */
  DistinctiveTerms get(int index) {
    int own = index - first;
    if (own >= 0 && own < signed.length && signed[own].terms() != null) {
      return signed[own].terms();
    }
    Object known = kept.get(index);
    if (known instanceof DistinctiveTerms terms) {
      return terms;
    }
    if (known != null) {
      return TermsCodec.decode((String) known);
    }
    DistinctiveTerms terms = Pipeline.terms(items.get(index));
    computed.incrementAndGet();
    kept.putIfAbsent(
        index, objects.incrementAndGet() <= maxObjects ? terms : TermsCodec.encode(terms));
    return terms;
  }
}
