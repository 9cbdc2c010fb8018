package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.terms.TermExtractor;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/**
 * The terms found without contexts, for blocking keys, are the terms found with them; an item
 * signed without its terms gets the very signature and keys it gets with them.
 */
class DistinctTermsTest {

  private static List<NewsItem> items() {
    List<NewsItem> items = new ArrayList<>(SeedItems.items());
    // An expansion written before and after its acronym, names that repeat, a Title Case title.
    items.add(
        Items.item(
            "2021-05-03",
            "Migration Institute And Red Cross Sign An Agreement",
            "The Guatemalan Migration Institute (IGM) met the Honduran Red Cross (HRC) in Tegucigalpa.",
            "Guatemalan Migration Institute staff and the HRC trained 1,250 officials; Tegucigalpa"
                + " hosted the second round, and the IGM thanked Honduras."));
    // The bare acronym before its expansion: the acronym's longer text, written later, is kept.
    items.add(
        Items.item(
            "2021-05-04",
            "IGM and IOM open a border office",
            "The IGM said on Monday that the Guatemalan Migration Institute (IGM) and the IOM opened"
                + " an office at the border with Mexico."));
    items.add(
        Items.item(
            "2021-05-03",
            "SIN TERMINOS EN MAYUSCULAS",
            "todo en minusculas, sin nombres ni cifras."));
    return items;
  }

  @Test
  void distinctTermsAreTheExtractedTerms() {
    TermExtractor extractor = TermExtractor.create();
    for (NewsItem item : items()) {
      assertThat(extractor.distinctTerms(item))
          .as(item.title())
          .isEqualTo(extractor.extract(item).terms());
    }
  }

  @Test
  void signingWithoutTermsGivesTheSameSignatureAndKeys() {
    ItemSigner signer = new ItemSigner(DedupOptions.defaults());
    int withTerms = 0;
    for (NewsItem item : items()) {
      ItemSigner.CompactSigned with = signer.signCompact(item);
      ItemSigner.CompactSigned without = signer.signCompactWithoutTerms(item);
      assertThat(values(without.signature())).as(item.title()).isEqualTo(values(with.signature()));
      assertThat(without.keys()).as(item.title()).containsExactly(with.keys());
      assertThat(without.termHashes()).isEqualTo(with.termHashes());
      assertThat(without.terms()).isNull();
      withTerms += with.termHashes() > 0 ? 1 : 0;
    }
    assertThat(withTerms).isGreaterThan(40); // the keys compared include term hashes
  }

  /** A signature's values, comparable with {@code equals} (its arrays as text). */
  private static List<Object> values(ItemSignature s) {
    return List.of(
        s.contentKey(),
        s.epochDay(),
        s.textHash(),
        Arrays.toString(s.titleWords()),
        Arrays.toString(s.bodyShingles()),
        Arrays.toString(s.contentWords()),
        s.bodyWordCount(),
        s.teaser(),
        s.allCapsTitle(),
        s.affixedTitle());
  }
}
