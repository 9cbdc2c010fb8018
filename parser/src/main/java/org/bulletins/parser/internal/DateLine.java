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
   * A problem found in a date line.
   *
   * @param error true for an error, false for a warning
   * @param code the diagnostic code
   * @param message the message
   */
  public record Problem(boolean error, DiagnosticCode code, String message) {}
}
