package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bulletins.dedup.Items;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/** An add's terms: the same terms whether kept as objects or packed, however often asked for. */
class AddTermsTest {

  private static final List<NewsItem> ITEMS = Items.TERM_ITEMS;

  @Test
  void packedTermsAreTheItemsTerms() {
    AddTerms packed = new AddTerms(ITEMS, 0);
    for (int round = 0; round < 2; round++) { // the first computes, the second decodes
      for (int i = 0; i < ITEMS.size(); i++) {
        assertThat(packed.get(i)).isEqualTo(Pipeline.terms(ITEMS.get(i)));
      }
    }
  }

  @Test
  void objectsUpToTheLimitThenPacked() {
    AddTerms mixed = new AddTerms(ITEMS, 1);
    assertThat(mixed.get(0)).isSameAs(mixed.get(0)); // kept as the object
    mixed.get(1);
    assertThat(mixed.get(1)).isNotSameAs(mixed.get(1)).isEqualTo(Pipeline.terms(ITEMS.get(1)));
  }
}
