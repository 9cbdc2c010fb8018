package org.bulletins.dedup.internal;

import org.bulletins.dedup.internal.terms.PackedTerms;

/**
 * The batch's terms as verification reads them: in place from their packed forms ({@link
 * PackedTerms}), into two readers per thread, with the last left item's kept. Candidate pairs come
 * sorted by their left item, and a thread verifies a run of them in order, so one left item is
 * verified against several right items in a row, and reading its terms for each pair was a quarter
 * of verifying (when they were unpacked into objects). Reading is a pure function of the packed
 * terms, and the terms are never changed, so the verdicts are the same.
 */
final class RecentTerms {

  private final Pipeline.LazyTerms terms;
  private final ThreadLocal<Slot> last = ThreadLocal.withInitial(Slot::new);

  /** One thread's readers and the left item its left reader holds. */
  private static final class Slot {
    int left = -1;
    final PackedTerms leftTerms = new PackedTerms();
    final PackedTerms rightTerms = new PackedTerms();
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
   * The terms of a pair's left item, read again only if this thread last asked for another.
   *
   * @param item the item's index
   * @return its terms, valid until this thread asks for another left item
   */
  PackedTerms left(int item) {
    Slot slot = last.get();
    if (slot.left != item) {
      slot.leftTerms.read(terms.packed(item));
      slot.left = item;
    }
    return slot.leftTerms;
  }

  /**
   * The terms of a pair's right item.
   *
   * @param item the item's index
   * @return its terms, valid until this thread asks for another right item
   */
  PackedTerms right(int item) {
    return last.get().rightTerms.read(terms.packed(item));
  }
}
