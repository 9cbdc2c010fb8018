package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/** The shared stated dates are the dates asked for, whatever the slots' earlier days. */
class StatedDaysProperties {

  @Property(tries = 2000)
  void theDateAskedForEvenAfterAnotherDayTookItsSlot(
      @ForAll @IntRange(min = 1, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day,
      @ForAll @IntRange(min = 0, max = 2) int yearsLater) {
    // 4096 slots: days whose (year * 12 + month) * 31 + day differ by a multiple of 4096 collide.
    Optional<LocalDate> first = StatedDays.of(year, month, day);
    Optional<LocalDate> other = StatedDays.of(year + yearsLater * 4096, month, day);
    assertThat(first).contains(LocalDate.of(year, month, day));
    assertThat(other).contains(LocalDate.of(year + yearsLater * 4096, month, day));
    assertThat(StatedDays.of(year, month, day)).contains(LocalDate.of(year, month, day));
  }

  @Example
  void oneDayIsOneInstanceAndAnImpossibleDayThrows() {
    assertThat(StatedDays.of(2026, 12, 2)).isSameAs(StatedDays.of(2026, 12, 2));
    assertThat(StatedDays.of(2026, 12, 3)).isNotSameAs(StatedDays.of(2026, 12, 2));
    assertThatThrownBy(() -> StatedDays.of(2026, 2, 30)).isInstanceOf(DateTimeException.class);
    assertThat(StatedDays.of(2024, 2, 29)).contains(LocalDate.of(2024, 2, 29));
  }

  @Example
  void theItemsOfOneDayShareTheirDate() {
    String page =
        "2 December 2026\nA first title\n\nIts paragraph.\n\n"
            + "2 December 2026\nA second title\n\nAnother paragraph.\n\n"
            + "2026-12-01\nA third title\n\nA third paragraph.\n";
    List<NewsItem> items = BulletinParser.create().parse(page, "page.txt").items();
    assertThat(items).hasSize(3);
    assertThat(items.get(0).date()).contains(LocalDate.of(2026, 12, 2));
    assertThat(items.get(1).date()).isSameAs(items.get(0).date());
    assertThat(items.get(2).date()).contains(LocalDate.of(2026, 12, 1));
  }
}
