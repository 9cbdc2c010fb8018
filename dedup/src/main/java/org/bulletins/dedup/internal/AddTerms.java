package org.bulletins.dedup.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.TermsCodec;
import org.bulletins.model.NewsItem;

/**
 * The terms of the items one add to an {@link IncrementalIndex} verifies, each computed once. The
 * first few thousand are kept as objects, the rest packed ({@link TermsCodec}, as the batch
 * engine's {@link Pipeline.LazyTerms} keeps them): a store rebuilt in one add verifies nearly every
 * item, and a million term objects (kilobytes each) did not fit in a heap several times the batch
 * engine's. Safe on several threads at once, as long as the items are not changed meanwhile.
 */
final class AddTerms {

  /** How many items' terms are kept as objects: a file's add rarely needs more. */
  private static final int OBJECTS = 1 << 14;

  private final List<NewsItem> items;
  private final int maxObjects;
  private final ConcurrentHashMap<Integer, Object> kept = new ConcurrentHashMap<>();
  private final AtomicInteger objects = new AtomicInteger();

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
    this.items = items;
    this.maxObjects = maxObjects;
  }

  /**
   * The terms of one item.
   *
   * @param index its index in the items
   * @return its terms
   */
  DistinctiveTerms get(int index) {
    Object known = kept.get(index);
    if (known instanceof DistinctiveTerms terms) {
      return terms;
    }
    if (known != null) {
      return TermsCodec.decode((String) known);
    }
    DistinctiveTerms terms = Pipeline.terms(items.get(index));
    kept.putIfAbsent(
        index, objects.incrementAndGet() <= maxObjects ? terms : TermsCodec.encode(terms));
    return terms;
  }
}
