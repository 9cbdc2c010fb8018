package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Optional;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Weekdays shortened as French, Spanish and Portuguese listings shorten them ({@code mar. 12 mars
 * 2024}, {@code sáb., 13 de jan. de 2024}), {@code mar} that is also March's short name, and a
 * connector before a numeric date ({@code Le 20/06/2025}).
 */
class ShortWeekdayTest {

  private final DateLineParser dates =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.DAY_FIRST);

  private Optional<DateLine> parse(String line) {
    return dates.parse(TextNormalizer.forDateDetection(line));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "mar. 12 mars 2024; 2024-03-12",
        "sam. 13 janv. 2024; 2024-01-13",
        "lun., 15 ene. 2024; 2024-01-15",
        "mié. 17 de enero de 2024; 2024-01-17",
        "sáb., 13 de jan. de 2024; 2024-01-13",
        "Sáb, 13 ene 2024; 2024-01-13",
        "qua., 13 de mar. de 2024; 2024-03-13",
        "Dom 17.03.2024; 2024-03-17",
        "Le 20/06/2025; 2025-06-20",
        "le 12/10/2025; 2025-10-12",
        // "mar" as March where no weekday reading fits
        "Mar 12, 2024; 2024-03-12",
        "Mar. 12, 2024; 2024-03-12",
        "mar 12 2024; 2024-03-12",
        "mar, 12 mar 2024; 2024-03-12",
      })
  void readsTheDate(String line, LocalDate expected) {
    assertThat(parse(line).flatMap(DateLine::date)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sam 2024", "Dom Pedro 2024", "Sex Pistols 1977", "Le Mans 2024"})
  void aShortNameBeforeOtherWordsIsNoDate(String line) {
    assertThat(parse(line)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"Mar 12; --03-12", "mar. 12 mars; --03-12"})
  void aYearlessDateWithMarReadsItsMonth(String line, MonthDay expected) {
    assertThat(dates.parseYearless(line).flatMap(DateLine::yearless)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sam. 14 janv. 2024", "ven. 13 janv. 2024"})
  void aShortWeekdayIsCheckedAgainstTheDate(String line) {
    assertThat(parse(line).orElseThrow().problems()).isNotEmpty();
  }
}
