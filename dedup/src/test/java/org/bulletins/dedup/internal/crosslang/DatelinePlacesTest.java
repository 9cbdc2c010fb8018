package org.bulletins.dedup.internal.crosslang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinePlacesTest {

  /** Exonyms may be one place; places that surely differ are not; either way round. */
  @ParameterizedTest
  @CsvSource({
    "Geneva, Ginebra, true",
    "Geneva, Genève, true",
    "New York, Nueva York, true",
    "Cairo, Le Caire, true",
    "El Cairo, Cairo, true",
    "Brasília, Brasilia, true",
    "Vienna, Vienne, true",
    "Beijing, Pekín, true",
    "Warsaw, Varsovie, true",
    "The Hague, La Haya, true",
    "Mexico City, Ciudad de México, true",
    "Khartoum, Jartum, true",
    "Istanbul, Estambul, true",
    "Kherson, Jersón, true",
    "Djibouti, Yibuti, true",
    "Kharkiv, Járkov, true",
    "Yerevan, Ereván, true",
    "Tegucigalpa, San Pedro Sula, false",
    "Boa Vista, Manaos, false",
    "Geneva, Juba, false",
    "Nairobi, Dakar, false",
  })
  void exonymsMayBeOnePlaceAndOtherPlacesAreNot(String a, String b, boolean same) {
    assertThat(DatelinePlaces.mayBeSame(a, b)).isEqualTo(same);
    assertThat(DatelinePlaces.mayBeSame(b, a)).isEqualTo(same);
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
