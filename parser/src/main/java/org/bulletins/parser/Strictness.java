package org.bulletins.parser;

/**
 * What the parser does with an error diagnostic.
 *
 * <pre>{@code
 * BulletinParser strict = BulletinParser.builder().strictness(Strictness.STRICT).build();
 * try {
 *   strict.parse(text, "page.txt");
 * } catch (BulletinParseException e) {
 *   e.diagnostics().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Strictness {
  /** Record every diagnostic and go on (the default): the parser never throws on input. */
  LENIENT,
  /**
   * Throw a {@link BulletinParseException} at the first {@linkplain
   * org.bulletins.model.Severity#ERROR error}; warnings are recorded as in lenient mode.
   */
  STRICT
}
