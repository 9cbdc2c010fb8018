package org.bulletins.dedup.internal.crosslang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinePlacesTest {

  @ParameterizedTest
  @CsvSource({
    "Geneva, Ginebra",
    "Geneva, Genève",
    "New York, Nueva York",
    "Cairo, Le Caire",
    "El Cairo, Cairo",
    "Brasília, Brasilia",
    "Vienna, Vienne",
    "Beijing, Pekín",
    "Warsaw, Varsovie",
    "The Hague, La Haya",
    "Mexico City, Ciudad de México",
    "Khartoum, Jartum",
    "Istanbul, Estambul",
    "Kherson, Jersón",
    "Djibouti, Yibuti",
    "Kharkiv, Járkov",
    "Yerevan, Ereván",
  })
  void exonymsMayBeOnePlace(String a, String b) {
    assertThat(DatelinePlaces.mayBeSame(a, b)).isTrue();
    assertThat(DatelinePlaces.mayBeSame(b, a)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "Tegucigalpa, San Pedro Sula",
    "Boa Vista, Manaos",
    "Geneva, Juba",
    "Nairobi, Dakar",
  })
  void placesThatSurelyDifferAreNotOne(String a, String b) {
    assertThat(DatelinePlaces.mayBeSame(a, b)).isFalse();
    assertThat(DatelinePlaces.mayBeSame(b, a)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"Update, Actualización", "Breaking, Mise à jour"})
  void aLeadWordIsNoPlace(String a, String b) {
    assertThat(DatelinePlaces.isNoPlace(a)).isTrue();
    assertThat(DatelinePlaces.isNoPlace(b)).isTrue();
    assertThat(DatelinePlaces.isNoPlace("Geneva")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "Tegucigalpa, San Pedro Sula, false",
    "Geneva, Ginebra, true",
    "Update, Actualización, true"
  })
  void theVerifierLinksTranslationsOnlyUnderDatelinesThatMayAgree(
      String placeA, String placeB, boolean linked) {
    ItemFacts en = withDateline(TranslationVerifierTest.EN, Language.EN, placeA);
    ItemFacts es = withDateline(TranslationVerifierTest.ES, Language.ES, placeB);
    assertThat(
            TranslationVerifierTest.VERIFIER.verify(
                TranslationVerifierTest.MAY_27, en, TranslationVerifierTest.MAY_27, es))
        .as("%s / %s", placeA, placeB)
        .matches(e -> e.isPresent() == linked);
  }

  private static ItemFacts withDateline(ItemFacts facts, Language language, String place) {
    return new ItemFacts(
        language,
        facts.countries(),
        facts.organizations(),
        facts.numbers(),
        facts.eventDates(),
        Optional.of(place));
  }
}
