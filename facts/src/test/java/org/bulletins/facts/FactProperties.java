package org.bulletins.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the facts of any text: valid codes, no duplicates, dates near the item's. */
class FactProperties {

  private static final FactExtractor FACTS = FactExtractor.create();
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Provide
  Arbitrary<String> newsLikeText() {
    Arbitrary<String> words =
        Arbitraries.of(
            "IOM",
            "OIM",
            "Honduras",
            "hondureños",
            "(",
            ")",
            "International",
            "Organization",
            "for",
            "Migration",
            "de",
            "May",
            "mayo",
            "27",
            "1.202",
            "1,500",
            "more",
            "than",
            "260",
            "officials",
            "crianças",
            "le",
            "mai",
            ",",
            ".",
            "-",
            "–",
            "and",
            "y",
            "2021",
            "Costa",
            "Rica",
            "CONAKRY",
            "Guatemala",
            "City",
            "million",
            "\u00A0",
            "’s",
            "COVID-19",
            "%");
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(40);
    return Arbitraries.oneOf(words, words, words, any)
        .list()
        .ofMaxSize(60)
        .map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void factsAreWellFormed(@ForAll("newsLikeText") String text, @ForAll boolean dated) {
    LocalDate date = LocalDate.of(2021, 5, 28);
    String title = text.isBlank() ? "t" : text;
    ItemFacts facts =
        FACTS.extract(FactExtractorTest.item(dated ? date : null, title, "x " + text));
    assertThat(COUNTRIES).containsAll(facts.countries());
    assertThat(new HashSet<>(facts.countries())).hasSameSizeAs(facts.countries());
    assertThat(new HashSet<>(facts.organizations())).hasSameSizeAs(facts.organizations());
    assertThat(new HashSet<>(facts.numbers())).hasSameSizeAs(facts.numbers());
    assertThat(facts.organizations())
        .allMatch(o -> !o.isBlank() && o.equals(o.toUpperCase(Locale.ROOT)));
    assertThat(facts.numbers()).allMatch(n -> n.value() >= 0 && !n.counts().isBlank());
    for (LocalDate event : facts.eventDates()) {
      // Only dates with a written year may fall outside the year either side of the item's date.
      if (!text.contains(String.valueOf(event.getYear()))) {
        assertThat(dated).isTrue();
        assertThat(Math.abs(event.toEpochDay() - date.toEpochDay())).isLessThanOrEqualTo(366);
      }
    }
    assertThat(FACTS.extract(FactExtractorTest.item(dated ? date : null, title, "x " + text)))
        .isEqualTo(facts);
    assertThat(List.of(Language.values())).contains(facts.language());
  }
}
