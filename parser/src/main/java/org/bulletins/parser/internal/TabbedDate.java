package org.bulletins.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a date in one cell of a line of two tab-separated cells, as a listing copied from a table
 * gives it: {@code 05/03/2024<TAB>City approves the budget}, or the title first and the date after
 * it. The other cell is the title. Normalising turns tabs into spaces, so this reads the line as it
 * came.
 */
final class TabbedDate {

  private TabbedDate() {}

  /**
   * Looks for a date cell beside a title cell.
   *
   * @param raw the line as decoded, before normalising
   * @param dates the date recogniser
   * @return the date and the title (normalised), or empty
   */
  static Optional<DateInLine.Found> find(String raw, DateLineParser dates) {
    if (raw.indexOf('\t') < 0) {
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
    Optional<DateLine> date = dates.parse(detect);
    return date.isPresent() ? date : DecoratedDate.parse(detect, dates);
  }

  /** The non-blank cells between runs of tabs. */
  private static List<String> cells(String raw) {
    List<String> cells = new ArrayList<>(2);
    for (String cell : raw.split("\t", -1)) {
      if (!cell.isBlank()) {
        cells.add(cell);
      }
    }
    return cells;
  }
}
