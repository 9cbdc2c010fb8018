package org.bulletins.parser.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.DiagnosticCode;

/**
 * A recognised date line: its date (absent when impossible) and any problems to report.
 *
 * @param date the date, or empty when the line names no real day
 * @param problems what to report at the line, in order
 */
public record DateLine(Optional<LocalDate> date, List<Problem> problems) {

  /** Copies the problems. */
  public DateLine {
    problems = List.copyOf(problems);
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
