package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

class TermExtractorTest {

  final TermExtractor extractor = TermExtractor.create();

  @Test
  void acronymsWithTheirExpansions() {
    DistinctiveTerms terms =
        extractor.extract(
            "The Guatemalan Migration Institute (IGM) works with IOM. Later the Guatemalan Migration Institute said more.");
    assertThat(terms.expansions()).containsEntry("IGM", "Guatemalan Migration Institute");
    assertThat(terms.ids()).contains("acronym:IGM", "acronym:IOM", "country:guatemala");
    assertThat(terms.ofKind(Term.Kind.NAME)).isEmpty(); // the expansion counts as the acronym
    assertThat(terms.ofKind(Term.Kind.ACRONYM).get(0).text())
        .isEqualTo("Guatemalan Migration Institute (IGM)");
  }

  @Test
  void numbersInEveryShape() {
    DistinctiveTerms terms =
        extractor.extract(
            "More than 1,000 people, 260 officials and two webinars on the 26th of May.");
    assertThat(terms.ofKind(Term.Kind.NUMBER))
        .extracting(Term::key)
        .containsExactly("1000", "260", "2", "26");
  }

  @Test
  void ordinalsAndRomanNumeralsAgree() {
    assertThat(extractor.extract("The V exchange").ids()).contains("ordinal:5");
    assertThat(extractor.extract("The fifth exchange").ids()).contains("ordinal:5");
    assertThat(extractor.extract("The III Binational Meeting").ids()).contains("ordinal:3");
  }

  @Test
  void countriesByNameAndDemonym() {
    DistinctiveTerms terms =
        extractor.extract("Salvadoran workers crossed into Costa Rica and the Dominican Republic.");
    assertThat(terms.ofKind(Term.Kind.COUNTRY))
        .extracting(Term::key)
        .containsExactly("el salvador", "costa rica", "dominican republic");
  }

  @Test
  void capitalisedNamesButNotSentenceStartsOrMonths() {
    DistinctiveTerms terms =
        extractor.extract(
            "Representatives met in Puerto Cortés on Monday. In May the Municipality of San José signed.");
    assertThat(terms.ofKind(Term.Kind.NAME))
        .extracting(Term::text)
        .containsExactly("Puerto Cortés", "Municipality of San José");
  }

  @Test
  void titleCaseTitlesYieldNoNamesAndCapitalsNoAcronyms() {
    var titleCase =
        extractor.extract(
            item("Migration Officers Strengthen Their Capabilities In Belize", "Body text."));
    assertThat(titleCase.ofKind(Term.Kind.NAME)).isEmpty();
    assertThat(titleCase.ids()).contains("country:belize");
    var capitals = extractor.extract(item("IOM TRAINS 25 VOLUNTEERS IN HONDURAS", "Body text."));
    assertThat(capitals.ofKind(Term.Kind.ACRONYM)).isEmpty();
    assertThat(capitals.ids()).contains("number:25", "country:honduras");
  }

  @Test
  void occurrencesCarryTheirContext() {
    DistinctiveTerms terms = extractor.extract("It trained more than 260 officials.");
    assertThat(terms.occurrences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.before()).isEqualTo("more than"); // a number's qualifier, whole
              assertThat(o.after()).isEqualTo("officials");
              assertThat(o.contextKey()).isEqualTo("body:more than _ officials");
            });
  }

  @Test
  void entitiesAreDecoded() {
    assertThat(extractor.extract("Morgan &amp; Morgan and Costa Rica&rsquo;s IOM").ids())
        .contains("country:costa rica", "acronym:IOM");
  }

  @Test
  void emptyTextHasNoTerms() {
    assertThat(extractor.extract("").terms()).isEmpty();
    assertThat(DistinctiveTerms.EMPTY.ids()).isEmpty();
  }

  private static NewsItem item(String title, String body) {
    return new NewsItem(Optional.empty(), title, List.of(body), new SourceSpan("test", 1, 1, 3));
  }

  @Test
  void aLongRunOfNumbersIsOneNumberWithoutARecursiveRegex() {
    StringBuilder run = new StringBuilder("1");
    for (int i = 2; i <= 5000; i++) {
      run.append(',').append(i);
    }
    assertThat(extractor.extract("Counted " + run + " people.").ofKind(Term.Kind.NUMBER))
        .hasSize(1);
    assertThat(Numerals.numberEnd("1,000")).isEqualTo(5);
    assertThat(Numerals.numberEnd("26th")).isEqualTo(2);
    assertThat(Numerals.numberEnd("3.5")).isEqualTo(3);
    assertThat(Numerals.numberEnd("1,,2")).isZero();
    assertThat(Numerals.numberEnd("1,")).isZero();
    assertThat(Numerals.numberEnd("12")).isEqualTo(2);
  }

  @Test
  void invisibleCharactersDoNotCutATerm() {
    assertThat(
            extractor
                .extract("The Guatemalan Migration Insti\u2063tute (I\uFE0FGM) trained staff.")
                .ids())
        .isEqualTo(
            extractor.extract("The Guatemalan Migration Institute (IGM) trained staff.").ids());
  }

  @Test
  void aNameWrittenWithPartOfAnothersWordsIsNoConflict() {
    Term full =
        new Term(
            Term.Kind.NAME,
            "general directorate of san miguel",
            "General Directorate of San Miguel");
    Term part = new Term(Term.Kind.NAME, "directorate san", "Directorate San");
    Term other = new Term(Term.Kind.NAME, "migration institute", "Migration Institute");
    Term morgan = new Term(Term.Kind.NAME, "morgan & morgan", "Morgan & Morgan");
    assertThat(TermComparison.sameNamePartly(full, part)).isTrue();
    assertThat(TermComparison.sameNamePartly(part, full)).isTrue();
    assertThat(TermComparison.sameNamePartly(full, other)).isFalse();
    assertThat(TermComparison.sameNamePartly(morgan, new Term(Term.Kind.NAME, "morgan", "Morgan")))
        .isTrue();
    assertThat(
            TermComparison.sameNamePartly(
                new Term(Term.Kind.COUNTRY, "honduras", "Honduras"), part))
        .isFalse();
    // In one context, "Border Management" and "Border" no longer contradict each other.
    DistinctiveTerms a =
        extractor.extract("Officials of Border Management trained 40 guards in Belize.");
    DistinctiveTerms b = extractor.extract("Officials of Border trained 40 guards in Belize.");
    assertThat(TermComparison.of(a, b).conflicts()).isEmpty();
    DistinctiveTerms c =
        extractor.extract("Officials of Customs Office trained 40 guards in Belize.");
    assertThat(TermComparison.of(a, c).conflicts()).isNotEmpty();
  }
}
