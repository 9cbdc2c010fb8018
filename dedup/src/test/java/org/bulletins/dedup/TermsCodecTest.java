package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.Term;
import org.bulletins.dedup.internal.terms.TermExtractor;
import org.bulletins.dedup.internal.terms.TermOccurrence;
import org.bulletins.dedup.internal.terms.TermsCodec;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;

/**
 * Packed terms come back equal to what was packed: on the terms of every item of the evaluation
 * set, the seeds and their perturbed copies, and on terms made of any text.
 */
class TermsCodecTest {

  @Test
  void roundTripsTheTermsOfEvaluationSetAndSeeds() throws IOException {
    List<NewsItem> items = EvaluationTest.evaluationAndSeedItemsPerturbed();
    int occurrences = 0;
    int expansions = 0;
    for (NewsItem item : items) {
      DistinctiveTerms terms = TermExtractor.create().extract(item);
      String packed = TermsCodec.encode(terms);
      assertThat(TermsCodec.decode(packed)).as(item.title()).isEqualTo(terms);
      occurrences += terms.occurrences().size();
      expansions += terms.expansions().size();
    }
    assertThat(occurrences).as("the items have terms").isGreaterThan(items.size() * 3);
    assertThat(expansions).as("and some acronym expansions").isPositive();
  }

  @Test
  void roundTripsEmptyTermsAndLongStrings() {
    assertThat(TermsCodec.decode(TermsCodec.encode(DistinctiveTerms.EMPTY)))
        .isEqualTo(DistinctiveTerms.EMPTY);
    String longKey = "9".repeat(70_000); // a length of three 7-bit digits
    Term number = new Term(Term.Kind.NUMBER, longKey, longKey);
    DistinctiveTerms terms =
        new DistinctiveTerms(
            List.of(number),
            List.of(new TermOccurrence(number, "^", "$", false)),
            Map.of("IOM", "International Organization"));
    assertThat(TermsCodec.decode(TermsCodec.encode(terms))).isEqualTo(terms);
  }

  @Property(tries = 300)
  void roundTripsTermsOfAnyText(
      @ForAll String key, @ForAll String text, @ForAll String before, @ForAll boolean inTitle) {
    String k = "k" + key; // terms need non-blank keys and texts
    String t = text + "t";
    Term a = new Term(Term.Kind.NAME, k, t);
    Term b = new Term(Term.Kind.ORDINAL, t, k);
    DistinctiveTerms terms =
        new DistinctiveTerms(
            List.of(a, b),
            List.of(
                new TermOccurrence(a, before, t, inTitle),
                new TermOccurrence(b, k, before, !inTitle),
                new TermOccurrence(a, before, before, inTitle)),
            Map.of(k, before, "x" + t, t));
    assertThat(TermsCodec.decode(TermsCodec.encode(terms))).isEqualTo(terms);
  }

  /** Each thread reuses its table and builders: what an item packed before leaves nothing. */
  @Test
  void packsTheSameWhateverWasPackedBefore() throws IOException {
    List<NewsItem> items = EvaluationTest.evaluationAndSeedItemsPerturbed();
    DistinctiveTerms small = TermExtractor.create().extract(items.get(0));
    String first = TermsCodec.encode(small);
    String longKey = "7".repeat(100_000); // beyond what a thread keeps
    Term number = new Term(Term.Kind.NUMBER, longKey, longKey);
    TermsCodec.encode(
        new DistinctiveTerms(
            List.of(number), List.of(new TermOccurrence(number, "^", "$", false)), Map.of()));
    for (NewsItem item : items) { // larger and smaller tables, in turn
      TermsCodec.encode(TermExtractor.create().extract(item));
    }
    assertThat(TermsCodec.encode(small)).isEqualTo(first);
    assertThat(TermsCodec.decode(first)).isEqualTo(small);
  }
}
