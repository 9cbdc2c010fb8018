package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Term rules in Spanish, French and Portuguese text (issue 17). */
class RomanceTermsTest {

  final TermExtractor extractor = TermExtractor.create();

  @Test
  void countriesByTheirSpanishFrenchAndPortugueseNames() {
    assertThat(extractor.extract("Migrantes de Haití llegaron a Brasil y a México.").ids())
        .contains("country:haiti", "country:brazil", "country:mexico");
    assertThat(extractor.extract("Des familles du Pérou et du Brésil sont arrivées.").ids())
        .contains("country:peru", "country:brazil");
  }

  @Test
  void leadingFunctionWordsAndMonthsAreNotNames() {
    DistinctiveTerms es =
        extractor.extract(
            "Según la Cancillería, en Mayo se reunieron delegados. Después la Cancillería firmó.");
    assertThat(es.ofKind(Term.Kind.NAME)).extracting(Term::text).containsExactly("Cancillería");
    DistinctiveTerms fr =
        extractor.extract(
            "Après la réunion, Janvier a vu la Mairie de Dakar signer. La Mairie de Dakar a payé.");
    assertThat(fr.ofKind(Term.Kind.NAME)).extracting(Term::text).doesNotContain("Après", "Janvier");
  }

  @Test
  void connectorsJoinPortugueseAndFrenchNames() {
    assertThat(
            extractor
                .extract("O apoio veio do Ministério da Saúde. O Ministério da Saúde pagou.")
                .ofKind(Term.Kind.NAME))
        .extracting(Term::text)
        .contains("Ministério da Saúde");
  }

  @Test
  void englishNamesThatLookRomanceStayNames() {
    assertThat(
            extractor.extract("Flights from Sao Paulo landed. Sao Paulo airport said more.").ids())
        .anyMatch(id -> id.contains("sao paulo"));
    assertThat(extractor.extract("The chili harvest in Chile").ids())
        .containsOnlyOnce("country:chile");
  }
}
