package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.List;
import org.bulletins.dedup.Items;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/**
 * A batch's terms: found on first use, once per item, and the same on every later use; offered ones
 * taken as given; an item that shares an earlier one's text given that item's terms, found once for
 * both.
 */
class LazyTermsTest {

  private static final List<NewsItem> ITEMS = Items.TERM_ITEMS;

  /** The items, counting how often each is read: {@code LazyTerms} reads an item to find terms. */
  private static final class CountingItems extends AbstractList<NewsItem> {
    final int[] reads = new int[ITEMS.size()];

    @Override
    public NewsItem get(int index) {
      reads[index]++;
      return ITEMS.get(index);
    }

    @Override
    public int size() {
      return ITEMS.size();
    }
  }

  @Test
  void termsAreFoundOnFirstUseOnceAndUnpackedAfter() {
    CountingItems items = new CountingItems();
    Pipeline.LazyTerms terms = new Pipeline.LazyTerms(items);
    assertThat(items.reads).containsOnly(0); // nothing found up front
    for (int round = 0; round < 2; round++) { // the first finds them, the second unpacks them
      for (int i = 0; i < ITEMS.size(); i++) {
        assertThat(terms.get(i)).isEqualTo(Pipeline.terms(ITEMS.get(i)));
      }
    }
    assertThat(items.reads).containsOnly(1);
  }

  @Test
  void aSharingItemGetsTheEarlierItemsTermsFoundOnce() {
    // Items that share have the same text in the engine; different texts here show which is read.
    CountingItems items = new CountingItems();
    Pipeline.LazyTerms before = new Pipeline.LazyTerms(items);
    before.share(2, 0);
    assertThat(before.get(2)).isEqualTo(Pipeline.terms(ITEMS.get(0)));
    assertThat(before.get(0)).isEqualTo(Pipeline.terms(ITEMS.get(0)));
    assertThat(items.reads).containsExactly(1, 0, 0);

    Pipeline.LazyTerms after = new Pipeline.LazyTerms(ITEMS);
    after.share(2, 0);
    assertThat(after.get(0)).isEqualTo(Pipeline.terms(ITEMS.get(0)));
    assertThat(after.get(2)).isEqualTo(Pipeline.terms(ITEMS.get(0)));
    assertThat(after.get(1)).isEqualTo(Pipeline.terms(ITEMS.get(1)));
  }

  @Test
  void offeredTermsAreTakenAsGivenAlsoBySharingItems() {
    CountingItems items = new CountingItems();
    Pipeline.LazyTerms terms = new Pipeline.LazyTerms(items);
    terms.offer(0, Pipeline.terms(ITEMS.get(1)));
    terms.share(2, 0);
    assertThat(terms.get(0)).isEqualTo(Pipeline.terms(ITEMS.get(1)));
    assertThat(terms.get(2)).isEqualTo(Pipeline.terms(ITEMS.get(1)));
    assertThat(items.reads).containsOnly(0);
  }
}
