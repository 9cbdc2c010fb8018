package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines that state a span of days, dated by the first day, and lines that only look like them. */
class DateRangeTest {

  private final DateLineParser dates =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.DAY_FIRST);

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "5–7 March 2024; 2024-03-05",
        "5 - 7 March 2024; 2024-03-05",
        "5-7 de marzo de 2024; 2024-03-05",
        "March 5-7, 2024; 2024-03-05",
        "From 5 to 7 March 2024; 2024-03-05",
        "Du 5 au 7 mars 2024; 2024-03-05",
        "Du 1er au 3 mars 2024; 2024-03-01",
        "De 5 a 7 de março de 2024; 2024-03-05",
        "Del 5 al 7 de marzo de 2024; 2024-03-05",
        "Del Viernes, 16 de Enero de 2026 al Domingo, 18 de Enero de 2026; 2026-01-16",
        "De 28 de dezembro a 3 de janeiro de 2025; 2024-12-28",
        "5 March 2024 – 7 March 2024; 2024-03-05",
        "30 March - 2 April 2024; 2024-03-30",
        "28 February – 3 March 2024; 2024-02-28",
        "30-2 April 2024; 2024-03-30",
      })
  void readsTheFirstDay(String line, LocalDate expected) {
    assertThat(DateRange.parse(line, dates).flatMap(DateLine::date)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5 March 2024",
        "Ministers meet from 5 to 7 March 2024 in Lisbon to agree the budget",
        "Council votes 5-2 on the 2024 budget",
        "Between 2020 and 2024",
        "7 March 2024 – 5 March 2024",
        "31-2 March 2024",
        "From 2019 to 2024, arrivals doubled",
        ", to 7 March 2024",
        ",, - 7 March 2024",
      })
  void leavesOtherLinesAlone(String line) {
    assertThat(DateRange.parse(line, dates)).isEmpty();
  }
}
