package org.bulletins.testing;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/**
 * Assertions on a list of {@link Diagnostic}s. {@link #hasCode} narrows the list to that code, so
 * that {@link #atLine} and {@link #withSeverity} then speak of those diagnostics only.
 */
public final class DiagnosticsAssert
    extends AbstractObjectAssert<DiagnosticsAssert, List<Diagnostic>> {

  DiagnosticsAssert(List<Diagnostic> actual) {
    super(actual, DiagnosticsAssert.class);
  }

  /** There is no diagnostic at all. */
  public DiagnosticsAssert isEmpty() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected no diagnostics but found:%n%s", listing(actual));
    }
    return this;
  }

  /** No diagnostic is an error. */
  public DiagnosticsAssert hasNoErrors() {
    isNotNull();
    List<Diagnostic> errors = actual.stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      failWithMessage("Expected no errors but found:%n%s", listing(errors));
    }
    return this;
  }

  /** Some diagnostic has {@code code}; the returned assertion covers only those diagnostics. */
  public DiagnosticsAssert hasCode(DiagnosticCode code) {
    isNotNull();
    List<Diagnostic> withCode = actual.stream().filter(d -> d.code() == code).toList();
    if (withCode.isEmpty()) {
      failWithMessage("Expected a diagnostic %s among:%n%s", code, listing(actual));
    }
    return new DiagnosticsAssert(withCode);
  }

  /** No diagnostic has {@code code}. */
  public DiagnosticsAssert doesNotHaveCode(DiagnosticCode code) {
    isNotNull();
    List<Diagnostic> withCode = actual.stream().filter(d -> d.code() == code).toList();
    if (!withCode.isEmpty()) {
      failWithMessage("Expected no diagnostic %s but found:%n%s", code, listing(withCode));
    }
    return this;
  }

  /** Some diagnostic points at {@code line}. */
  public DiagnosticsAssert atLine(int line) {
    isNotNull();
    if (actual.stream().noneMatch(d -> d.line() == line)) {
      failWithMessage("Expected a diagnostic at line %d among:%n%s", line, listing(actual));
    }
    return this;
  }

  /** Every diagnostic has {@code severity}. */
  public DiagnosticsAssert withSeverity(Severity severity) {
    isNotNull();
    List<Diagnostic> other = actual.stream().filter(d -> d.severity() != severity).toList();
    if (!other.isEmpty()) {
      failWithMessage("Expected only %s diagnostics but found:%n%s", severity, listing(other));
    }
    return this;
  }

  private static String listing(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
  }
}
