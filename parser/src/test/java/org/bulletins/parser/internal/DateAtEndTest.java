package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Titles with their date after them, and lines that only end with a number or a year. */
class DateAtEndTest {

  private final DateLineParser dates =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.DAY_FIRST);

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "City approves the budget | 5 March 2024; City approves the budget; 2024-03-05",
        "City approves the budget — March 5, 2024; City approves the budget; 2024-03-05",
        "City approves the budget - 2024-03-05; City approves the budget; 2024-03-05",
        "City approves the budget (5 March 2024); City approves the budget; 2024-03-05",
        "Abre el mercado [08/02/2024]; Abre el mercado; 2024-02-08",
        "Horario ampliado | 1 de febrero de 2024 - 12:30; Horario ampliado; 2024-02-01",
        "Plan 2024-2030 adopté | Publié le 12 mars 2024 à 10h30; Plan 2024-2030 adopté; 2024-03-12",
        "Works (phase two) begin – 5 March 2024; Works (phase two) begin; 2024-03-05",
      })
  void readsTheTitleAndItsClosingDate(String line, String title, LocalDate date) {
    DateInLine.Found found = DateAtEnd.find(line, dates).orElseThrow();
    assertThat(found.rest()).isEqualTo(title);
    assertThat(found.date().date()).contains(date);
    assertThat(line.charAt(DateAtEnd.separator(line, dates))).isIn('|', '—', '-', '–', '(', '[');
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Report on the 2024 - 2025 budget",
        "Annual meeting (2024)",
        "Ministers meet - 5 March",
        "(5 March 2024)",
        "| 5 March 2024",
        "Results of the 2023-2024 season",
        "Prices rose 12.5% (from 1,2024 units)",
        "Budget | 5 March 2024 | Ministers agree",
        "Talks (5 March 2024) end in agreement",
        "",
      })
  void leavesOtherLinesAlone(String line) {
    assertThat(DateAtEnd.find(line, dates)).isEmpty();
    assertThat(DateAtEnd.separator(line, dates)).isEqualTo(-1);
  }
}
