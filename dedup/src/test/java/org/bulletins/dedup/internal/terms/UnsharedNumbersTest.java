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
            EXTRACTOR.extract("The county received 412 requests and 1,032 returns in 2024."),
            EXTRACTOR.extract("Over 400 requests and 1032 returns, 15 more than the year before."));
    assertThat(unshared).containsExactly(List.of(), List.of("15"));
  }

  @Test
  void aRoundedFigureRoundsOnlyOnTheSideItsWordGives() {
    // "Over 400" is not 390, "nearly 1,000" is not 1,020.
    assertThat(
            UnsharedNumbers.of(
                EXTRACTOR.extract("Crews evacuated 390 homes."),
                EXTRACTOR.extract("Crews evacuated over 400 homes.")))
        .containsExactly(List.of("390"), List.of("400"));
    assertThat(
            UnsharedNumbers.of(
                EXTRACTOR.extract("The fund helped 1,020 families."),
                EXTRACTOR.extract("The fund helped nearly 1,000 families.")))
        .containsExactly(List.of("1,020"), List.of("1,000"));
  }

  @Test
  void twoWordsSayARoundedFigure() {
    assertThat(
            UnsharedNumbers.of(
                EXTRACTOR.extract("Foram registados 371 pedidos de apoio."),
                EXTRACTOR.extract("Mais de 370 pedidos de apoio, e 15 regressos.")))
        .containsExactly(List.of(), List.of("15"));
    assertThat(
            UnsharedNumbers.of(
                EXTRACTOR.extract("Crews evacuated 390 homes."),
                EXTRACTOR.extract("Crews evacuated more than 400 homes.")))
        .containsExactly(List.of("390"), List.of("400"));
    assertThat(EXTRACTOR.extract("Más de 370 pedidos.").occurrences().get(0).before())
        .isEqualTo("más de");
  }

  @Test
  void oneWordOfTwoSaysNothing() {
    // "de" stands before most Romance numbers: "un saldo de 20" rounds nothing.
    assertThat(
            UnsharedNumbers.of(
                EXTRACTOR.extract("El choque dejó un saldo de 20 heridos."),
                EXTRACTOR.extract("El choque dejó 22 pasajeros heridos.")))
        .containsExactly(List.of("20"), List.of("22"));
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

  @Test
  void aTimeOnTheHourRoundsOneWithinAQuarterOfAnHour() {
    assertThat(UnsharedNumbers.rounds(number("17:00"), number("17:15"))).isTrue();
    assertThat(UnsharedNumbers.rounds(number("3:00"), number("2:50"))).isTrue();
    assertThat(UnsharedNumbers.rounds(number("23:00"), number("22:35"))).isFalse();
    assertThat(UnsharedNumbers.rounds(number("17:00"), number("17:45"))).isFalse();
    assertThat(UnsharedNumbers.rounds(number("17:10"), number("17:15"))).isFalse();
    assertThat(UnsharedNumbers.rounds(number("17:00"), number("17"))).isFalse();
  }

  @Test
  void aTimeOnTheHourRoundsOneOnTheSideItsWordGives() {
    assertThat(
            UnsharedNumbers.of(
                EXTRACTOR.extract("Crews were called at 5:15 p.m. to Route 9."),
                EXTRACTOR.extract("Crews were called shortly after 5 p.m. to Route 9, 4 of them.")))
        .containsExactly(List.of(), List.of("4"));
    assertThat(
            UnsharedNumbers.of(
                EXTRACTOR.extract("Crews were called at 10:35 p.m. to Route 9."),
                EXTRACTOR.extract("Crews were called just before 11 p.m. to Route 9.")))
        .containsExactly(List.of("10:35 p.m"), List.of("11 p.m"));
  }

  @Test
  void wordsThatAreNoMonthBesideANumber() {
    assertThat(
            UnsharedNumbers.of(
                EXTRACTOR.extract("The survey found that 3 out of 10 residents walk."),
                EXTRACTOR.extract(
                    "The survey found that 4 out of 10 residents walk, and 12 may lose.")))
        .containsExactly(List.of("3"), List.of("4", "12"));
  }

  private static Term number(String key) {
    return new Term(Term.Kind.NUMBER, key, key);
  }
}
