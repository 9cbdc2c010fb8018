package org.bulletins.parser.internal;

import com.google.common.base.Splitter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stamp: a line of an item's fields parted by dashes or bars, one of them its date, as
 * aggregators set it under a teaser ({@code - PUB DATE: 8/9/2023 12:00:00 AM - SOURCE: Valley
 * Record}, {@code Fecha: 12/03/2024 | Fuente: Agencia Sur}). Read as a label that dates the item it
 * belongs to when the item has no date of its own, so that a page dated only by its stamps is not
 * read as a page of date lines under the items' text.
 */
final class StampLine {

  /** The longest stamp, in chars. */
  static final int MAX_LENGTH = 200;

  /** The separators of a stamp's fields, set off by spaces. */
  private static final Pattern SEPARATOR = Pattern.compile(" [-–|•·] ");

  private static final Splitter FIELDS = Splitter.on(SEPARATOR).trimResults();

  private StampLine() {}

  /**
   * Reads a stamp: after a list's mark if any, parts parted by {@code - }, {@code | }, {@code • }
   * or {@code · }, the first a field ({@code Source: ...}) or a date with its lead-in ({@link
   * DecoratedDate}), each later one a field, a date or the rest of the value before it (a name with
   * a dash in it); exactly one date, and one field at least.
   *
   * @param text the line as the classifier detects dates in it (normalised)
   * @param dates the page's date recogniser
   * @return the stamp's date, or empty if the line is no stamp
   */
  static Optional<DateLine> parse(String text, DateLineParser dates) {
    if (text.length() > MAX_LENGTH || text.indexOf(':') < 0 || !hasDigit(text)) {
      return Optional.empty(); // a date has digits ("Undated - Category:" is no stamp)
    }
    if (!hasSeparator(text)) {
      return Optional.empty(); // most lines with a colon and a digit: one scan, no split
    }
    int mark = ListMarker.markEnd(text);
    String fields = mark > 0 ? text.substring(mark) : text;
    List<String> parts = FIELDS.splitToList(fields);
    if (parts.size() < 2) {
      return Optional.empty();
    }
    Optional<DateLine> date = Optional.empty();
    int named = 0;
    boolean afterField = false;
    for (String part : parts) {
      if (part.isEmpty()) {
        return Optional.empty();
      }
      // the date under its lead-in ("PUB DATE: ..."): a bare date beside a field is a list's
      // entry ("- Contact: Jane Doe - 4/30/2024")
      Optional<DateLine> dated =
          part.indexOf(':') > 0 ? DecoratedDate.parseAny(part, dates) : Optional.empty();
      if (dated.isPresent()) {
        if (date.isPresent()) {
          return Optional.empty(); // two dates: a range or a list, no stamp
        }
        date = dated;
        afterField = false;
      } else if (Labels.fieldValue(part) != null) {
        named++;
        afterField = true;
      } else if (!afterField) {
        return Optional.empty(); // text that no field holds: a sentence, not a stamp
      }
    }
    return named > 0 ? date : Optional.empty();
  }

  /** Whether the text holds one of the separators of {@link #SEPARATOR}, spaces around it. */
  private static boolean hasSeparator(String text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      if (SEPARATOR_CHARS.indexOf(text.charAt(i)) >= 0
          && text.charAt(i - 1) == ' '
          && text.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static final String SEPARATOR_CHARS = "-–|•·";

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') { // as RawLine's DIGIT mark has it
        return true;
      }
    }
    return false;
  }
}
