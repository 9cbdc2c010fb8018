package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;
import org.junit.jupiter.api.Test;

/** Table rows: a date cell and a title cell, in either order, and rows that are something else. */
class TabbedDateTest {

  private final DateLineParser dates =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.DAY_FIRST);

  @Test
  void readsADateCellBeforeOrAfterTheTitle() {
    DateInLine.Found before = TabbedDate.find("14/02/2024\t\tMuseum  reopens", dates).orElseThrow();
    assertThat(before.date().date()).contains(LocalDate.of(2024, 2, 14));
    assertThat(before.rest()).isEqualTo("Museum reopens");
    DateInLine.Found after =
        TabbedDate.find("Museum reopens\t5 March 2024 10:30", dates).orElseThrow();
    assertThat(after.date().date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(after.rest()).isEqualTo("Museum reopens");
    DateInLine.Found spaced =
        TabbedDate.find("5 March 2024     Museum reopens", dates).orElseThrow();
    assertThat(spaced.date().date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(spaced.rest()).isEqualTo("Museum reopens");
  }

  @Test
  void leavesOtherRowsAlone() {
    assertThat(TabbedDate.find("14/02/2024 Museum reopens", dates)).isEmpty(); // no gap
    assertThat(TabbedDate.find("It opened in 2024.  Museum reopens", dates)).isEmpty(); // two
    assertThat(TabbedDate.find("14/02/2024\t", dates)).isEmpty(); // one cell
    assertThat(TabbedDate.find("Museum\treopens", dates)).isEmpty(); // no date
    assertThat(TabbedDate.find("14/02/2024\tMuseum\t2024-02-15", dates)).isEmpty(); // three cells
  }
}
