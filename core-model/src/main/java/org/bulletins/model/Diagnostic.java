package org.bulletins.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Something the parser found odd, as data: severity, a stable code, a message, and where.
 *
 * <p>The {@link DiagnosticCode code} is stable and machine-readable (in JSON and print, lower-case
 * dot-separated words such as {@code date.impossible}); the message is for people and may change.
 * Line and column are 1-based; the column counts UTF-16 code units of the decoded line.
 *
 * <pre>{@code
 * Diagnostic d = new Diagnostic(Severity.ERROR, DiagnosticCode.DATE_IMPOSSIBLE,
 *     "31 June 2021 is not a date", "page.txt", 12, 1);
 * d.toString(); // "page.txt:12:1: error: date.impossible: 31 June 2021 is not a date"
 * }</pre>
 *
 * @param severity how serious it is
 * @param code what was found, a stable code
 * @param message a sentence a person understands, not blank
 * @param source the source's name, as the caller gave it
 * @param line the 1-based line
 * @param column the 1-based column
 * @since 0.1.0
 */
@JsonPropertyOrder({"severity", "code", "message", "source", "line", "column"})
public record Diagnostic(
    Severity severity, DiagnosticCode code, String message, String source, int line, int column) {

  /**
   * Validates the diagnostic.
   *
   * @param severity how serious it is
   * @param code what was found, a stable code
   * @param message a sentence a person understands, not blank
   * @param source the source's name, as the caller gave it
   * @param line the 1-based line
   * @param column the 1-based column
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    checkArgument(message != null && !message.isBlank(), "message must not be blank");
    Objects.requireNonNull(source, "source");
    checkArgument(line >= 1, "line must be >= 1, was %s", line);
    checkArgument(column >= 1, "column must be >= 1, was %s", column);
  }

  /**
   * Tells whether this diagnostic is an {@link Severity#ERROR error}.
   *
   * @return true for errors
   */
  @JsonIgnore
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns the diagnostic as a compiler prints one: {@code source:line:column: severity: code:
   * message}.
   */
  @Override
  public String toString() {
    return source
        + ":"
        + line
        + ":"
        + column
        + ": "
        + severity.label()
        + ": "
        + code
        + ": "
        + message;
  }
}
