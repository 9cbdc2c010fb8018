package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bulletins.dedup.Items;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/**
 * A batch's terms: found on first use and the same on every later use, offered ones taken as given,
 * and an item that shares an earlier one's text given that item's terms.
 */
class LazyTermsTest {

  private static final List<NewsItem> ITEMS = Items.TERM_ITEMS;

  @Test
  void termsAreFoundOnFirstUseAndUnpackedAfter() {
    Pipeline.LazyTerms terms = new Pipeline.LazyTerms(ITEMS);
    for (int round = 0; round < 2; round++) { // the first finds them, the second unpacks them
      for (int i = 0; i < ITEMS.size(); i++) {
        assertThat(terms.get(i)).isEqualTo(Pipeline.terms(ITEMS.get(i)));
      }
    }
  }

  @Test
  void aSharingItemGetsTheEarlierItemsTerms() {
    // Items that share have the same text in the engine; different texts here show which is read.
    Pipeline.LazyTerms before = new Pipeline.LazyTerms(ITEMS);
    before.share(2, 0);
    assertThat(before.get(2)).isEqualTo(Pipeline.terms(ITEMS.get(0)));
    assertThat(before.get(0)).isEqualTo(Pipeline.terms(ITEMS.get(0)));

    Pipeline.LazyTerms after = new Pipeline.LazyTerms(ITEMS);
    after.share(2, 0);
    assertThat(after.get(0)).isEqualTo(Pipeline.terms(ITEMS.get(0)));
    assertThat(after.get(2)).isEqualTo(Pipeline.terms(ITEMS.get(0)));
    assertThat(after.get(1)).isEqualTo(Pipeline.terms(ITEMS.get(1)));
  }

  @Test
  void offeredTermsAreTakenAsGiven() {
    Pipeline.LazyTerms terms = new Pipeline.LazyTerms(ITEMS);
    terms.offer(0, Pipeline.terms(ITEMS.get(1)));
    assertThat(terms.get(0)).isEqualTo(Pipeline.terms(ITEMS.get(1)));
  }
}
