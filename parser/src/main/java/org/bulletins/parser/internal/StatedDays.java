package org.bulletins.parser.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The stated date of an item, shared by the items of one day: a page's items carry a few hundred
 * distinct days at most, and each item held its own {@code Optional} and {@code LocalDate} (40
 * bytes an item, 40 MB at a million items, all of it kept as long as the items are). A small table
 * keeps the last date made for each slot; both classes are immutable, with final fields, so a date
 * read from a slot another thread wrote is whole.
 */
final class StatedDays {

  private static final int SLOTS = 1 << 12; // about eleven years of consecutive days, no collision

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of one generic type
  private static final Optional<LocalDate>[] RECENT = new Optional[SLOTS];

  private StatedDays() {}

  /**
   * {@code Optional.of(LocalDate.of(year, month, day))}, the same instance for the same day while
   * no other day takes its slot.
   *
   * @throws DateTimeException for a day that does not exist, as {@link LocalDate#of(int, int, int)}
   */
  static Optional<LocalDate> of(int year, int month, int day) {
    int slot = ((year * 12 + month) * 31 + day) & (SLOTS - 1);
    Optional<LocalDate> recent = RECENT[slot];
    if (recent != null) {
      LocalDate date = recent.get();
      if (date.getDayOfMonth() == day && date.getMonthValue() == month && date.getYear() == year) {
        return recent;
      }
    }
    Optional<LocalDate> made = Optional.of(LocalDate.of(year, month, day));
    RECENT[slot] = made;
    return made;
  }
}
