package org.bulletins.parser.internal;

/**
 * One decoded input line, before normalisation.
 *
 * @param number the 1-based line number
 * @param text the decoded text, without its line terminator
 * @param plain true if the source saw that the text is plain: no {@code &}, no {@code \}, no
 *     control, whitespace or invisible char but single spaces between other chars (printable ASCII,
 *     or valid UTF-8 whose other chars are letters, marks, punctuation...), so that normalising it
 *     changes nothing and its first column is 1. False says nothing: the line may still be plain.
 */
public record RawLine(int number, String text, boolean plain) {

  /**
   * A line not known to be plain.
   *
   * @param number the 1-based line number
   * @param text the decoded text
   */
  public RawLine(int number, String text) {
    this(number, text, false);
  }
}
