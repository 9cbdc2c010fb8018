package org.bulletins.parser.internal;

import java.util.ArrayList;
import java.util.List;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.DiagnosticCounts;
import org.bulletins.model.Severity;
import org.bulletins.parser.BulletinParseException;
import org.bulletins.parser.Strictness;

/**
 * Collects the diagnostics of one parse: keeps the first {@code max}, counts the rest, and in
 * {@link Strictness#STRICT strict} mode throws at the first error.
 */
public final class DiagnosticSink {

  private final String source;
  private final Strictness strictness;
  private final int max;
  private final List<Diagnostic> kept = new ArrayList<>();
  private int dropped;
  private DiagnosticCounts counts = DiagnosticCounts.NONE;
  private DiagnosticCounts keptCounts = DiagnosticCounts.NONE;
  private int firstDroppedLine;
  private boolean finished;

  /**
   * Creates a sink.
   *
   * @param source the source name written into each diagnostic
   * @param strictness whether errors throw
   * @param max how many diagnostics to keep
   */
  public DiagnosticSink(String source, Strictness strictness, int max) {
    this.source = source;
    this.strictness = strictness;
    this.max = max;
  }

  /**
   * Reports a diagnostic.
   *
   * @param severity how serious
   * @param code the stable code
   * @param line the 1-based line
   * @param column the 1-based column
   * @param message the message for people
   * @throws BulletinParseException in strict mode, for an error
   */
  public void report(Severity severity, DiagnosticCode code, int line, int column, String message) {
    Diagnostic diagnostic = new Diagnostic(severity, code, message, source, line, column);
    counts = counts.plus(severity); // every one is counted, kept or not
    if (kept.size() < max) {
      kept.add(diagnostic);
      keptCounts = keptCounts.plus(severity);
    } else {
      if (dropped == 0) {
        firstDroppedLine = line;
      }
      dropped++;
    }
    if (severity == Severity.ERROR && strictness == Strictness.STRICT) {
      throw new BulletinParseException(diagnostic, snapshot());
    }
  }

  /** Appends the final {@code diagnostics.truncated} diagnostic if any were dropped; idempotent. */
  public void finish() {
    if (!finished && dropped > 0) {
      kept.add(
          new Diagnostic(
              Severity.WARNING,
              DiagnosticCode.DIAGNOSTICS_TRUNCATED,
              dropped
                  + " more diagnostic"
                  + (dropped == 1 ? " was" : "s were")
                  + " not recorded ("
                  + notKept()
                  + "; maxDiagnostics is "
                  + max
                  + ")",
              source,
              firstDroppedLine,
              1));
    }
    finished = true;
  }

  /** The severities of the dropped diagnostics, such as {@code 1 error, 150 warnings, 0 info}. */
  private String notKept() {
    return new DiagnosticCounts(
            counts.errors() - keptCounts.errors(),
            counts.warnings() - keptCounts.warnings(),
            counts.infos() - keptCounts.infos())
        .toString();
  }

  /**
   * Takes out the diagnostics kept so far: for a sink that records what a source read on another
   * thread reports, to be reported again in stream order ({@link ReadAheadLineSource}).
   *
   * @return the diagnostics, in the order reported; the sink keeps none of them
   */
  public List<Diagnostic> drain() {
    if (kept.isEmpty()) {
      return List.of();
    }
    List<Diagnostic> out = List.copyOf(kept);
    kept.clear();
    return out;
  }

  /**
   * The counts of every diagnostic reported so far, kept or not, without the final {@code
   * diagnostics.truncated} one.
   *
   * @return the counts
   */
  public DiagnosticCounts counts() {
    return counts;
  }

  /**
   * The diagnostics kept so far.
   *
   * @return an immutable copy
   */
  public List<Diagnostic> snapshot() {
    return List.copyOf(kept);
  }
}
