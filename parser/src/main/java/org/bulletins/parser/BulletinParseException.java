package org.bulletins.parser;

import java.util.List;
import java.util.Objects;
import org.bulletins.model.Diagnostic;

/**
 * Thrown in {@link Strictness#STRICT strict} mode at the first error diagnostic. It carries that
 * error and every diagnostic recorded before it.
 *
 * <pre>{@code
 * try {
 *   BulletinParser.builder().strictness(Strictness.STRICT).build().parse(text, "page.txt");
 * } catch (BulletinParseException e) {
 *   System.err.println(e.error()); // page.txt:12:1: error: date.impossible: ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BulletinParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Diagnostics are not serializable; a deserialized exception keeps only its message. */
  private final transient Diagnostic error;

  private final transient List<Diagnostic> diagnostics;

  /**
   * Creates the exception.
   *
   * @param error the error that stopped the parse
   * @param diagnostics the diagnostics recorded so far, including {@code error} if it was kept
   */
  public BulletinParseException(Diagnostic error, List<Diagnostic> diagnostics) {
    super(Objects.requireNonNull(error, "error").toString());
    this.error = error;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The error that stopped the parse.
   *
   * @return the first error diagnostic
   */
  public Diagnostic error() {
    return error;
  }

  /**
   * The diagnostics recorded up to and including the error.
   *
   * @return an immutable list, in the order found
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics == null ? List.of() : diagnostics;
  }
}
