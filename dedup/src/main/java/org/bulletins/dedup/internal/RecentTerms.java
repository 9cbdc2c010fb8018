package org.bulletins.dedup.internal;

import org.bulletins.dedup.internal.terms.DistinctiveTerms;

/**
 * The batch's terms with, per thread, the last item's unpacked terms kept: candidate pairs come
 * sorted by their left item, and a thread verifies a run of them in order, so one left item is
 * verified against several right items in a row, and unpacking its terms ({@link
 * Pipeline.LazyTerms#get}) for each pair was a quarter of verifying. Finding an item's terms and
 * unpacking them give equal terms, which are never changed, so the verdicts are the same.
 */
final class RecentTerms {

  private final Pipeline.LazyTerms terms;
  private final ThreadLocal<Slot> last = ThreadLocal.withInitial(Slot::new);

  /** One thread's last item and its terms. */
  private static final class Slot {
    int item = -1;
    DistinctiveTerms terms;
  }

  /**
   * The terms of a batch.
   *
   * @param terms the batch's terms
   */
  RecentTerms(Pipeline.LazyTerms terms) {
    this.terms = terms;
  }

  /**
   * The terms of one item, unpacked again only if this thread last asked for another item.
   *
   * @param item the item's index
   * @return its terms
   */
  DistinctiveTerms get(int item) {
    Slot slot = last.get();
    if (slot.item != item) {
      slot.terms = terms.get(item);
      slot.item = item;
    }
    return slot.terms;
  }
}
