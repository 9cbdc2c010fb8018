package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.TermExtractor;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/**
 * The term extractor that reads words as offsets finds exactly what the one that made a {@code
 * String} per word found ({@link LegacyTermExtractor}): the same terms, occurrences (with their
 * contexts) and expansions, on every item of the evaluation set and the seeds, their perturbed
 * copies, and on each item's text run through the perturbations again (typography, case).
 */
class TermExtractorEquivalenceTest {

  @Test
  void sameTermsAsTheStringPerWordExtractorOnEvaluationSetAndSeeds() throws IOException {
    List<NewsItem> items = EvaluationTest.evaluationAndSeedItemsPerturbed();
    assertThat(items).hasSizeGreaterThan(500);
    TermExtractor extractor = TermExtractor.create();
    int terms = 0;
    for (NewsItem item : items) {
      DistinctiveTerms expected = LegacyTermExtractor.extract(item);
      DistinctiveTerms actual = extractor.extract(item);
      assertThat(actual).as(item.title()).isEqualTo(expected);
      assertThat(extractor.extract(item.body()))
          .isEqualTo(LegacyTermExtractor.extract(item.body()));
      terms += expected.terms().size();
    }
    assertThat(terms).as("the items have terms to compare").isGreaterThan(items.size() * 3);
  }

  @Test
  void sameTermsOnHostileText() {
    List<String> texts =
        List.of(
            "",
            "İstanbul AND THE İNSTITUTE (İOM) of Türkiye; MÉXICO and Perú's Ministry",
            "The Costa Rican Red Cross (CRC) met the Costa Rica team. Costa Rican.",
            "II. The second part, XIV and XL; I went. 1,2,3,4,5 and 26th of 3.5 and 1,,2",
            "ΣΊΣΥΦΟΣ Σ word ΟΔΟΣ. Ωmega's Office of the U.N. (UN) and U.S. & Co.",
            "Dajabo\u0301n \u2019s O\u2019Neill \u00ADhy\u200Bphen\u2061ated Word\uFE0F Text",
            "THE WHOLE TEXT IN CAPITALS WITH IOM AND 2021",
            "United States of America and the United Kingdom; the Dominican Republic's plan");
    TermExtractor extractor = TermExtractor.create();
    for (String text : texts) {
      assertThat(extractor.extract(text)).as(text).isEqualTo(LegacyTermExtractor.extract(text));
    }
  }
}
