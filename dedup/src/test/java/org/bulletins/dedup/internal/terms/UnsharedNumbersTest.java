package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which numbers one item alone states count against the other. */
class UnsharedNumbersTest {

  private static final TermExtractor EXTRACTOR = TermExtractor.create();

  @ParameterizedTest
  @CsvSource({
    "370, 371, true",
    "38, 37.6, true",
    "1000, 962, true",
    "300, 312, true",
    "1500, 1512, true",
    "371, 370, false", // the exact figure does not round the round one
    "41.8, 41.4, false", // as precise as each other: two readings
    "10, 8, false", // a fifth apart
    "1000, 1500, false",
    "370, 380, false",
  })
  void aRoundedFigureIsTheExactOneWithFewerDigits(String rounded, String exact, boolean rounds) {
    assertThat(UnsharedNumbers.rounds(number(rounded), number(exact))).isEqualTo(rounds);
  }

  @Test
  void aRoundedHeadlineFigureIsNoOtherNumber() {
    List<List<String>> unshared =
        UnsharedNumbers.of(
            EXTRACTOR.extract("Foram registados 371 pedidos e 1.032 regressos em 2024."),
            EXTRACTOR.extract("Mais de 370 pedidos de apoio e 1032 regressos, mais 15 que antes."));
    // 370 rounds 371; 15 alone is no conflict, as the release has no count left of its own.
    assertThat(unshared).containsExactly(List.of(), List.of());
  }

  @Test
  void aRoundFigureWithoutAWordThatSaysSoIsAnotherNumber() {
    List<List<String>> unshared =
        UnsharedNumbers.of(
            EXTRACTOR.extract("The crews saved 371 homes."),
            EXTRACTOR.extract("The crews saved 370 homes."));
    assertThat(unshared).containsExactly(List.of("371"), List.of("370"));
  }

  @Test
  void aDayBesideItsMonthOrWeekdayIsADate() {
    List<List<String>> unshared =
        UnsharedNumbers.of(
            EXTRACTOR.extract("Lisboa, 20 fev 2025 (Lusa) - Foram 42 pedidos."),
            EXTRACTOR.extract("Na sexta-feira (8) foram 42 pedidos, contra 30 em 2023."));
    // Read as counts, 20 and 8 would stand against 30.
    assertThat(unshared).containsExactly(List.of(), List.of());
  }

  @Test
  void aDayThatAlsoCountsSomethingIsANumber() {
    List<List<String>> unshared =
        UnsharedNumbers.of(
            EXTRACTOR.extract("On 20 March the crews came, and 20 of them stayed."),
            EXTRACTOR.extract("Crews came: 25 of them."));
    assertThat(unshared).containsExactly(List.of("20"), List.of("25"));
  }

  @Test
  void aTimeOnTheHourRoundsOneWithinHalfAnHour() {
    assertThat(UnsharedNumbers.rounds(number("17:00"), number("17:15"))).isTrue();
    assertThat(UnsharedNumbers.rounds(number("3:00"), number("2:50"))).isTrue();
    assertThat(UnsharedNumbers.rounds(number("17:00"), number("17:45"))).isFalse();
    assertThat(UnsharedNumbers.rounds(number("17:10"), number("17:15"))).isFalse();
    assertThat(UnsharedNumbers.rounds(number("17:00"), number("17"))).isFalse();
  }

  @Test
  void clockTimesAreComparedWithClockTimesAndCountsWithCounts() {
    // The rewrite adds when the ramp reopened; the release alone counts the cars.
    List<List<String>> unshared =
        UnsharedNumbers.of(
            EXTRACTOR.extract("Four cars collided at about 5:15 p.m. on Route 9."),
            EXTRACTOR.extract(
                "The crash on Route 9 happened shortly after 5 p.m.; the ramp reopened at 9 p.m."));
    assertThat(unshared).containsExactly(List.of(), List.of());
    // Two marches that leave at other times are two marches.
    unshared =
        UnsharedNumbers.of(
            EXTRACTOR.extract("The march leaves the plaza at 8:00 on Saturday."),
            EXTRACTOR.extract("The march leaves the plaza at 10:00 on Saturday."));
    assertThat(unshared).containsExactly(List.of("8:00"), List.of("10:00"));
  }

  private static Term number(String key) {
    return new Term(Term.Kind.NUMBER, key, key);
  }
}
