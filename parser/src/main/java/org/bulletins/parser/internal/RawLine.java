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
 * @param marks which of the chars that the classifier looks for the line may hold ({@link #DIGIT},
 *     {@link #COLON}, {@link #DASH}, {@link #LIST}): so that it skips the searches that cannot
 *     succeed
 */
public record RawLine(int number, String text, boolean plain, int marks) {

  /**
   * {@link #marks} bit: the line may hold an ASCII digit. Marks are necessary conditions, set from
   * the bytes of a plain ASCII line; a line that is not known to be plain ASCII has every bit.
   */
  public static final int DIGIT = 1;

  /** {@link #marks} bit: the line may hold a colon. */
  public static final int COLON = 2;

  /** {@link #marks} bit: the line may hold a hyphen, an en dash or an em dash. */
  public static final int DASH = 4;

  /** {@link #marks} bit: the line may hold a comma, a slash, a bar or a middle dot. */
  public static final int LIST = 8;

  /** Every mark: nothing is known of the line's chars. */
  public static final int ANY = DIGIT | COLON | DASH | LIST;

  /**
   * A line whose chars are not known.
   *
   * @param number the 1-based line number
   * @param text the decoded text
   * @param plain whether the source saw that it is plain
   */
  public RawLine(int number, String text, boolean plain) {
    this(number, text, plain, ANY);
  }

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
