package org.bulletins.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * How serious a {@link Diagnostic} is.
 *
 * <p>In JSON and in printed diagnostics a severity is written in lower case ({@code error}, {@code
 * warning}, {@code info}).
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The input is wrong in a way that lost information, such as an impossible date. */
  @JsonProperty("error")
  ERROR,
  /**
   * The input is odd and the parser had to guess, such as an ambiguous numeric date or a legacy
   * encoding.
   */
  @JsonProperty("warning")
  WARNING,
  /** Something worth knowing that needed no guess and changed nothing. */
  @JsonProperty("info")
  INFO;

  /**
   * The lower-case name used in JSON and in printed diagnostics.
   *
   * @return {@code "error"}, {@code "warning"} or {@code "info"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
