package org.bulletins.parser.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bulletins.model.DiagnosticCode;

/**
 * A recognised date line: its date (absent when impossible) and any problems to report.
 *
 * @param date the date, or empty when the line names no real day
 * @param problems what to report at the line, in order
 * @param yearless the month and day of a date written without its year ({@code 3 May}), which a
 *     section header of the page may complete ({@link SectionHeaders}); else empty
 * @param weekday the weekday a yearless date states ({@code Tuesday 5 March}), which the year that
 *     completes it must agree with; else empty
 */
public record DateLine(
    Optional<LocalDate> date,
    List<Problem> problems,
    Optional<MonthDay> yearless,
    Optional<DayOfWeek> weekday) {

  /** Copies the problems. */
  public DateLine {
    problems = List.copyOf(problems);
  }

  /**
   * A date line with no yearless date.
   *
   * @param date the date, or empty when the line names no real day
   * @param problems what to report at the line, in order
   */
  public DateLine(Optional<LocalDate> date, List<Problem> problems) {
    this(date, problems, Optional.empty(), Optional.empty());
  }

  /**
   * This yearless date in a year a section header stated: a date line without the {@code
   * date.no-year} warning, or, when the year makes the day another weekday than the one written
   * ({@code Tuesday 5 March} under {@code 2023}), a date line with no date and a warning that says
   * so: the header is then no evidence of the item's year.
   *
   * @param year the header's year
   * @return the dated line; a line with no date and a warning when the year contradicts the written
   *     weekday; or empty if this is no yearless date or the day is not in that year (29 February)
   */
  Optional<DateLine> inYear(int year) {
    if (yearless.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day;
    try {
      day = yearless.get().atYear(year);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    if (day.getDayOfMonth() != yearless.get().getDayOfMonth()) {
      return Optional.empty(); // atYear moves 29 February to the 28th in a common year
    }
    if (weekday.isPresent() && weekday.get() != day.getDayOfWeek()) {
      return Optional.of(
          undated(
              DiagnosticCode.DATE_NO_YEAR,
              "the section header's year "
                  + year
                  + " makes "
                  + day
                  + " a "
                  + name(day.getDayOfWeek())
                  + ", not a "
                  + name(weekday.get())
                  + "; the item has no date (a year is never guessed)"));
    }
    return Optional.of(new DateLine(Optional.of(day), List.of()));
  }

  /** A weekday's English name, as the diagnostics write it. */
  static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /**
   * A date line that states no day the parser can name ({@code 3 May}, {@code 2 days ago}): its
   * item has no date, and one warning says why.
   *
   * @param code the warning's code
   * @param message the warning
   * @return the date line
   */
  static DateLine undated(DiagnosticCode code, String message) {
    return new DateLine(Optional.empty(), List.of(new Problem(false, code, message)));
  }

  /**
   * A problem found in a date line.
   *
   * @param error true for an error, false for a warning
   * @param code the diagnostic code
   * @param message the message
   */
  public record Problem(boolean error, DiagnosticCode code, String message) {}
}
