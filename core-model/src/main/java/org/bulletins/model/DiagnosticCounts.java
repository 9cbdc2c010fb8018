package org.bulletins.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * How many diagnostics of each severity a parse reported, kept or not. A parser keeps only the
 * first diagnostics of a source (its {@code maxDiagnostics}) but counts all of them, so that a
 * summary and an exit status never miss an error that came after the cap. The final {@code
 * diagnostics.truncated} diagnostic, which only reports the cap, is not counted.
 *
 * <pre>{@code
 * ParsedDocument doc = parser.parse(path);
 * DiagnosticCounts counts = doc.counts();
 * counts.errors();    // every error, also those beyond the cap
 * counts.total() - doc.diagnostics().size(); // roughly how many were not kept
 * }</pre>
 *
 * @param errors the number of diagnostics of severity {@link Severity#ERROR}
 * @param warnings the number of severity {@link Severity#WARNING}
 * @param infos the number of severity {@link Severity#INFO}
 * @since 0.1.0
 */
public record DiagnosticCounts(long errors, long warnings, long infos) {

  /** No diagnostics at all. */
  public static final DiagnosticCounts NONE = new DiagnosticCounts(0, 0, 0);

  /**
   * Validates the counts.
   *
   * @param errors the number of errors, at least 0
   * @param warnings the number of warnings, at least 0
   * @param infos the number of infos, at least 0
   */
  public DiagnosticCounts {
    checkArgument(
        errors >= 0 && warnings >= 0 && infos >= 0,
        "counts must be >= 0: %s, %s, %s",
        errors,
        warnings,
        infos);
  }

  /**
   * Counts the diagnostics of a list, leaving out a {@code diagnostics.truncated} one.
   *
   * @param diagnostics the diagnostics
   * @return their counts by severity
   */
  public static DiagnosticCounts of(Iterable<Diagnostic> diagnostics) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    DiagnosticCounts counts = NONE;
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.code() != DiagnosticCode.DIAGNOSTICS_TRUNCATED) {
        counts = counts.plus(diagnostic.severity());
      }
    }
    return counts;
  }

  /**
   * These counts with one more diagnostic of a severity.
   *
   * @param severity the severity
   * @return the new counts
   */
  public DiagnosticCounts plus(Severity severity) {
    return switch (Objects.requireNonNull(severity, "severity")) {
      case ERROR -> new DiagnosticCounts(errors + 1, warnings, infos);
      case WARNING -> new DiagnosticCounts(errors, warnings + 1, infos);
      case INFO -> new DiagnosticCounts(errors, warnings, infos + 1);
    };
  }

  /**
   * The sum of two counts, such as those of two files.
   *
   * @param other the other counts
   * @return the sums per severity
   */
  public DiagnosticCounts plus(DiagnosticCounts other) {
    return new DiagnosticCounts(
        errors + other.errors, warnings + other.warnings, infos + other.infos);
  }

  /**
   * The count of one severity.
   *
   * @param severity the severity
   * @return how many diagnostics have it
   */
  public long of(Severity severity) {
    return switch (Objects.requireNonNull(severity, "severity")) {
      case ERROR -> errors;
      case WARNING -> warnings;
      case INFO -> infos;
    };
  }

  /**
   * All diagnostics.
   *
   * @return errors, warnings and infos together
   */
  public long total() {
    return errors + warnings + infos;
  }

  /**
   * Describes the counts, such as {@code 1 error, 150 warnings, 0 info}.
   *
   * @return the counts in words
   */
  @Override
  public String toString() {
    return errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning, " : " warnings, ")
        + infos
        + " info";
  }
}
