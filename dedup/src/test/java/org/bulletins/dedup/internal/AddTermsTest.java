package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** An add's terms: the same terms whether kept as objects or packed, however often asked for. */
class AddTermsTest {

  private static final List<NewsItem> ITEMS =
      List.of(
          item(
              "IOM trains 260 border officials in Guatemala",
              "The Guatemalan Migration Institute (IGM) and the IOM trained 260 officials on 3 May."),
          item(
              "Floods in Bahia: 12,000 people displaced",
              "Heavy rain since Monday displaced 12,000 people in Salvador, the civil defence said."),
          item(
              "Un título sin cuerpo", "Las Naciones Unidas (ONU) celebran el acuerdo de Ginebra."));

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

  private static NewsItem item(String title, String paragraph) {
    return new NewsItem(
        Optional.of(LocalDate.of(2021, 5, 3)),
        title,
        List.of(paragraph),
        new SourceSpan("test", 1, 1, 3));
  }
}
