package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Countries#atLowerCase}: the longest form from a word, down to a one-word form. */
class CountriesTest {

  @Test
  void theLongestFormWins() {
    List<String> words = List.of("in", "the", "united", "states", "of", "america", "today");
    assertThat(Countries.atLowerCase(words, 2)).contains(new Countries.Match("united states", 4));
    assertThat(Countries.atLowerCase(words.subList(0, 5), 2))
        .contains(new Countries.Match("united states", 2));
  }

  @Test
  void twoWordFormsAndOneWordForms() {
    assertThat(Countries.atLowerCase(List.of("costa", "rica"), 0))
        .contains(new Countries.Match("costa rica", 2));
    assertThat(Countries.atLowerCase(List.of("costa", "rican", "staff"), 0))
        .contains(new Countries.Match("costa rica", 2));
    assertThat(Countries.atLowerCase(List.of("dominican", "staff"), 0))
        .contains(new Countries.Match("dominican republic", 1));
    assertThat(Countries.atLowerCase(List.of("staff", "in", "guatemala"), 2))
        .contains(new Countries.Match("guatemala", 1));
  }

  @Test
  void abbreviationsOfTheUnitedStates() {
    // EE.UU. and EUA read as a country: a headline naming EE.UU. no longer stands against a text
    // that writes Estados Unidos.
    for (String text : List.of("Deportados desde EE.UU. llegan", "Brasil e EUA assinam acordo")) {
      assertThat(TermExtractor.create().extract(text).ofKind(Term.Kind.COUNTRY))
          .extracting(Term::key)
          .contains("united states");
    }
  }

  @Test
  void noFormNoMatch() {
    assertThat(Countries.atLowerCase(List.of("costa", "brava"), 0)).isEqualTo(Optional.empty());
    assertThat(Countries.atLowerCase(List.of("united"), 0)).isEqualTo(Optional.empty());
    assertThat(Countries.atLowerCase(List.of("staff"), 0)).isEqualTo(Optional.empty());
    assertThat(Countries.atLowerCase(List.of("guatemala"), 1)).isEqualTo(Optional.empty());
  }
}
