package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A date and a calendar badge's echo of it on one line, and lines of numbers that are not that. */
class EchoedDateTest {

  private final DateLineParser dates =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.DAY_FIRST);

  private Optional<LocalDate> date(String line) {
    return EchoedDate.parse(line, dates).flatMap(DateLine::date);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "19 octobre 2007 5 19 /10 /octobre /2007 17:57; 2007-10-19",
        "7 octobre 2007 7 07 /10 /octobre /2007 15:21; 2007-10-07",
        "lundi 3 mars 2014 1 03 /03 /mars /2014 09:10; 2014-03-03",
        "March 4, 2024 4 Mar 2024; 2024-03-04",
        "12 de mayo de 2021 12 /05 /2021; 2021-05-12",
      })
  void readsTheFirstDate(String line, LocalDate expected) {
    assertThat(date(line)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "19 octobre 2007", // no echo: a plain date line, not this reader's
        "19 octobre 2007 17:57", // a time alone is no echo
        "19 octobre 2007 5 20 /10 /octobre /2008 17:57", // another day and year
        "19 octobre 2007 5 19 /10 /octobre 17:57", // no year again
        "19 octobre 2007 : 2007 élèves le 19",
        "2007 2008 2009 2010",
        "Budget 2008 12 millions 2007",
      })
  void isNoEchoedDate(String line) {
    assertThat(date(line)).isEmpty();
  }
}
