package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * A file's items are signed as the signer signs them alone, keys and all, but without their terms:
 * the index finds those for the items it verifies, and terms kept on every signature were a file's
 * largest short-lived objects.
 */
class SigningTest {

  @Test
  void signsEveryItemInOrderWithItsKeysAndWithoutItsTerms() {
    ItemSigner signer = new ItemSigner(DedupOptions.defaults());
    List<NewsItem> items = new ArrayList<>();
    for (int i = 0; i < 700; i++) { // three chunks, the last one short
      items.add(
          new NewsItem(
              Optional.of(LocalDate.of(2026, 11, 1 + i % 28)),
              "Council of Tarvin approves budget number " + i,
              List.of(
                  "The NATO summit in Lisbon met " + i + " delegates from Portugal and Spain.",
                  "Mayor Ana Ribeiro said the plan costs " + (1000 + i) + " euros."),
              new SourceSpan("a.txt", 1 + 4 * i, 2 + 4 * i, 3 + 4 * i),
              List.of()));
    }
    Signing signing = new Signing(items, signer);
    ItemSigner.Signed[] signed = signing.finish();

    assertThat(signed).hasSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      ItemSigner.Signed alone = signer.sign(items.get(i));
      assertThat(alone.terms()).isNotNull(); // the signer alone keeps them
      assertThat(signed[i].terms()).as("item %d", i).isNull();
      assertThat(signed[i].keys()).isEqualTo(alone.keys());
      assertThat(signed[i].signature().contentId()).isEqualTo(alone.signature().contentId());
      assertThat(signing.contentIds()[i]).isEqualTo(alone.signature().contentId().value());
    }
  }
}
