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
    assertThat(unshared.get(0)).isEmpty();
    assertThat(unshared.get(1)).containsExactly("15");
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
    assertThat(unshared).containsExactly(List.of(), List.of("30"));
  }

  @Test
  void aDayThatAlsoCountsSomethingIsANumber() {
    List<List<String>> unshared =
        UnsharedNumbers.of(
            EXTRACTOR.extract("On 20 March the crews came, and 20 of them stayed."),
            EXTRACTOR.extract("Crews came: 25 of them."));
    assertThat(unshared).containsExactly(List.of("20"), List.of("25"));
  }

  private static Term number(String key) {
    return new Term(Term.Kind.NUMBER, key, key);
  }
}
