package org.bulletins.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a date in one cell of a line of two cells, as a listing copied from a table gives it: the
 * cells parted by a tab or by a run of three spaces or more ({@code 05/03/2024<TAB>City approves
 * the budget}, or the same with spaces for the tab), or the title first and the date after it. The
 * other cell is the title. Normalising turns the gap into one space, so this reads the line as it
 * came.
 */
final class TabbedDate {

  /** The fewest spaces that part two cells: two often follow a sentence's period. */
  private static final String WIDE_GAP = "   ";

  /** What parts the cells: tabs, or runs of three spaces or more, with any spaces beside them. */
  private static final Pattern CELL_GAP = Pattern.compile(" *\t[ \t]*| {3,}");

  private TabbedDate() {}

  /**
   * Looks for a date cell beside a title cell.
   *
   * @param raw the line as decoded, before normalising
   * @param dates the date recogniser
   * @return the date and the title (normalised), or empty
   */
  static Optional<DateInLine.Found> find(String raw, DateLineParser dates) {
    if (raw.indexOf('\t') < 0 && !raw.contains(WIDE_GAP)) {
      return Optional.empty();
    }
    List<String> cells = cells(raw);
    if (cells.size() != 2) {
      return Optional.empty();
    }
    Optional<DateLine> first = dateOf(cells.get(0), dates);
    if (first.isPresent()) {
      return titled(first.get(), cells.get(1));
    }
    return dateOf(cells.get(1), dates).flatMap(date -> titled(date, cells.get(0)));
  }

  private static Optional<DateInLine.Found> titled(DateLine date, String cell) {
    String title = TextNormalizer.normalize(cell);
    return title.isEmpty()
        ? Optional.empty()
        : Optional.of(new DateInLine.Found(date, title, true));
  }

  private static Optional<DateLine> dateOf(String cell, DateLineParser dates) {
    String detect = TextNormalizer.forDateDetection(cell);
    if (detect.isEmpty()) {
      return Optional.empty();
    }
    return DecoratedDate.parseAny(detect, dates);
  }

  /** The non-blank cells between the gaps. */
  private static List<String> cells(String raw) {
    List<String> cells = new ArrayList<>(2);
    for (String cell : CELL_GAP.split(raw, -1)) {
      if (!cell.isBlank()) {
        cells.add(cell);
      }
    }
    return cells;
  }
}
