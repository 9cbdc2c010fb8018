package org.bulletins.parser.internal;

/**
 * One classified input line.
 *
 * @param number the 1-based line number
 * @param column the 1-based column of its first visible char
 * @param text the normalised text, empty for a blank line
 * @param kind what the line is
 * @param date the date it states (for {@link LineKind#DATE}, {@link LineKind#DATE_TITLE} and {@link
 *     LineKind#DATELINE}, and for a stamp's {@link LineKind#LABEL}: {@link #asStamp}), else null
 * @param title the text after the date, for {@link LineKind#DATE_TITLE}, else null
 * @param label true if the line is also kept as a label (a date field such as {@code Fecha: ...};
 *     for a date-opened title, what stands before the title: {@link #asLabelBeforeTitle})
 * @param weak true for a label known only by its shape (a list of names, a line repeated on the
 *     page): right after a date line it is still the title; for {@link LineKind#DATE_TITLE}, a
 *     title the page repeats beside other dates, which may be a section's name over the real title
 * @param header the year (and month) the line states alone, as a listing heads a year's or a
 *     month's items ({@code 2024}, {@code March 2024}), else null: see {@link SectionHeaders}
 */
public record Line(
    int number,
    int column,
    String text,
    LineKind kind,
    DateLine date,
    String title,
    boolean label,
    boolean weak,
    SectionHeaders.Header header) {

  /** A line that states no section header. */
  Line(
      int number,
      int column,
      String text,
      LineKind kind,
      DateLine date,
      String title,
      boolean label,
      boolean weak) {
    this(number, column, text, kind, date, title, label, weak, null);
  }

  /** True for a line that is not blank and not only a label. */
  boolean isContent() {
    return kind != LineKind.BLANK && kind != LineKind.LABEL;
  }

  /** This line read as plain text. */
  Line asText() {
    return new Line(number, column, text, LineKind.TEXT, null, null, false, false);
  }

  /**
   * What a date-opened title's line says before its title, as a label: its date and place without
   * the separator ({@code GENEVA, 1 December 2017} of {@code GENEVA, 1 December 2017: Ministers
   * agree}); this line as a label when its title is not found in it.
   */
  Line asLabelBeforeTitle() {
    int at = title == null ? -1 : text.lastIndexOf(title);
    int end = at;
    while (end > 0 && " :|–—-".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    String before = end > 0 ? text.substring(0, end) : text;
    return new Line(number, column, before, LineKind.LABEL, null, null, false, false);
  }

  /**
   * This date line as a stamp: a label that keeps its date, which dates the item it belongs to if
   * the item has none ({@link StampLine}).
   */
  Line asStamp() {
    return new Line(number, column, text, LineKind.LABEL, date, null, false, false);
  }

  /** This line as a label, with its number, column and text: a line that only frames an item. */
  Line asLabel() {
    return new Line(number, column, text, LineKind.LABEL, null, null, false, false);
  }
}
