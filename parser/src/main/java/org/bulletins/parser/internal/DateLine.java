package org.bulletins.parser.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.DiagnosticCode;

/**
 * A recognised date line: its date (absent when impossible) and any problems to report.
 *
 * @param date the date, or empty when the line names no real day
 * @param problems what to report at the line, in order
 * @param yearless the month and day of a date written without its year ({@code 3 May}), which a
 *     section header of the page may complete ({@link SectionHeaders}); else empty
 */
public record DateLine(
    Optional<LocalDate> date, List<Problem> problems, Optional<MonthDay> yearless) {

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
    this(date, problems, Optional.empty());
  }

  /**
   * This yearless date in a year a section header stated: a date line without the {@code
   * date.no-year} warning.
   *
   * @param year the header's year
   * @return the dated line, or empty if this is no yearless date or the day is not in that year (29
   *     February)
   */
  Optional<DateLine> inYear(int year) {
    if (yearless.isEmpty()) {
      return Optional.empty();
    }
    try {
      LocalDate day = yearless.get().atYear(year);
      return day.getDayOfMonth() == yearless.get().getDayOfMonth()
          ? Optional.of(new DateLine(Optional.of(day), List.of()))
          : Optional.empty(); // atYear moves 29 February to the 28th in a common year
    } catch (DateTimeException e) {
      return Optional.empty();
    }
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
