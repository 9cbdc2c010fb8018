package org.bulletins.parser.internal;

/**
 * Tells where a run of lines with no blank line between them holds more than one paragraph. A page
 * scraped from HTML writes each paragraph on a line of its own, often with no blank line between,
 * while a text wrapped at a fixed width breaks its paragraphs' sentences across lines of about the
 * same length. So a line that ends a sentence closes its paragraph when it or the line after it is
 * longer than any wrapped line is ({@value #MAX_WRAPPED_LINE} chars): such a line was not wrapped.
 */
final class ParagraphBreak {

  /** The longest line of a text wrapped at a fixed width, in chars (e-mail wraps at 72 to 80). */
  static final int MAX_WRAPPED_LINE = 120;

  private ParagraphBreak() {}

  /**
   * Whether a new paragraph starts between two lines with no blank line between.
   *
   * @param above the line above, normalised, not empty
   * @param below the line below, normalised
   * @return true if the line above closes its paragraph
   */
  static boolean between(String above, String below) {
    return (above.length() > MAX_WRAPPED_LINE || below.length() > MAX_WRAPPED_LINE)
        && TitleRule.endsSentence(above);
  }
}
