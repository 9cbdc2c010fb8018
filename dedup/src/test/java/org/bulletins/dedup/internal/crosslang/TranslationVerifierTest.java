package org.bulletins.dedup.internal.crosslang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.facts.CountedNumber;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchRule;
import org.junit.jupiter.api.Test;

class TranslationVerifierTest {

  static final Optional<LocalDate> MAY_27 = Optional.of(LocalDate.of(2021, 5, 27));
  static final TranslationVerifier VERIFIER = new TranslationVerifier(3);

  static ItemFacts facts(Language language, List<String> orgs, CountedNumber... numbers) {
    return new ItemFacts(
        language, List.of("CR"), orgs, List.of(numbers), List.of(), Optional.empty());
  }

  static final ItemFacts EN =
      facts(
          Language.EN,
          List.of("IOM"),
          new CountedNumber(260, "officials"),
          new CountedNumber(12, "workshops"));
  static final ItemFacts ES =
      facts(
          Language.ES,
          List.of("IOM"),
          new CountedNumber(260, "funcionarios"),
          new CountedNumber(12, "talleres"));

  @Test
  void agreeingFactsInTwoLanguagesAreATranslationNamingTheFacts() {
    MatchEvidence e = VERIFIER.verify(MAY_27, EN, MAY_27.map(d -> d.plusDays(1)), ES).orElseThrow();
    assertThat(e.rule()).isEqualTo(MatchRule.TRANSLATION);
    assertThat(e.sameStory()).isTrue();
    assertThat(e.dateDistanceDays()).contains(1);
    assertThat(e.sharedTerms())
        .containsExactly("country:CR", "number:12", "number:260", "organization:IOM");
    assertThat(e.strength()).isEqualTo(1.0);
  }

  @Test
  void oneLanguageTwoDaysApartUnknownLanguageOrUndatedIsNoTranslation() {
    assertThat(VERIFIER.verify(MAY_27, EN, MAY_27, EN)).isEmpty();
    assertThat(VERIFIER.verify(MAY_27, EN, MAY_27.map(d -> d.plusDays(2)), ES)).isEmpty();
    assertThat(VERIFIER.verify(Optional.empty(), EN, MAY_27, ES)).isEmpty();
    ItemFacts unknown =
        new ItemFacts(
            Language.UNKNOWN,
            ES.countries(),
            ES.organizations(),
            ES.numbers(),
            List.of(),
            Optional.empty());
    assertThat(VERIFIER.verify(MAY_27, EN, MAY_27, unknown)).isEmpty();
    assertThat(new TranslationVerifier(0).verify(MAY_27, EN, MAY_27.map(d -> d.plusDays(1)), ES))
        .isEmpty();
  }

  @Test
  void otherFiguresOrOtherOrganisationsKeepLookAlikesApart() {
    ItemFacts otherFigures =
        facts(
            Language.ES,
            List.of("IOM"),
            new CountedNumber(180, "funcionarios"),
            new CountedNumber(9, "talleres"));
    assertThat(VERIFIER.verify(MAY_27, EN, MAY_27, otherFigures)).isEmpty();
    ItemFacts oneFigureOfThree =
        facts(
            Language.ES,
            List.of("IOM"),
            new CountedNumber(260, "funcionarios"),
            new CountedNumber(9, "talleres"),
            new CountedNumber(40, "horas"));
    assertThat(VERIFIER.verify(MAY_27, EN, MAY_27, oneFigureOfThree)).isEmpty();
    ItemFacts otherOrganisations =
        facts(
            Language.ES,
            List.of("UNICEF", "WHO"),
            new CountedNumber(260, "funcionarios"),
            new CountedNumber(12, "talleres"));
    assertThat(VERIFIER.verify(MAY_27, EN, MAY_27, otherOrganisations)).isEmpty();
  }

  @Test
  void aSmallNumberAloneTiesNothing() {
    ItemFacts en = facts(Language.EN, List.of("IOM"), new CountedNumber(3, "days"));
    ItemFacts fr = facts(Language.FR, List.of("IOM"), new CountedNumber(3, "jours"));
    assertThat(VERIFIER.verify(MAY_27, en, MAY_27, fr)).isEmpty();
  }
}
