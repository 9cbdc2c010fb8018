package org.bulletins.parser.internal;

import com.google.common.base.CharMatcher;
import org.bulletins.model.text.HtmlEntities;

/**
 * Normalises the text of one line: decodes HTML character references, turns every kind of
 * whitespace and control character into a plain space, removes invisible format characters,
 * collapses runs of spaces, and turns a literal backslash-escaped quote back into the quote.
 * Typography (curly quotes, dashes, accents) is kept.
 */
public final class TextNormalizer {

  /**
   * Whitespace of every kind: Java's, Unicode's space separators (NBSP, narrow NBSP, figure space)
   * and control characters (which have no place in text).
   */
  static final CharMatcher SPACE =
      CharMatcher.whitespace()
          .or(CharMatcher.javaIsoControl())
          .or(CharMatcher.forPredicate(Character::isWhitespace))
          .or(CharMatcher.forPredicate(Character::isSpaceChar))
          .precomputed();

  /**
   * Invisible format characters: zero-width space, joiners, word joiner, byte-order mark, soft
   * hyphen, direction marks, Mongolian vowel separator.
   */
  static final CharMatcher INVISIBLE =
      CharMatcher.anyOf("\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F\u180E").precomputed();

  /** Built once: a profile showed {@code SPACE.or(INVISIBLE).negate()} built for every line. */
  private static final CharMatcher NOT_BLANK = SPACE.or(INVISIBLE).negate().precomputed();

  /**
   * {@code SPACE} or {@code INVISIBLE}, one bit per char from U+0080 on: a profile showed the
   * matchers' hash look-ups costly on lines with many accented letters or curly quotes.
   */
  private static final long[] BLANK_ABOVE_ASCII = new long[1 << 10];

  static {
    for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
      if (SPACE.matches((char) c) || INVISIBLE.matches((char) c)) {
        BLANK_ABOVE_ASCII[c >>> 6] |= 1L << c;
      }
    }
  }

  private TextNormalizer() {}

  /**
   * Normalises a raw line for the model.
   *
   * @param raw the decoded line
   * @return the normalised text; empty for a blank line
   */
  public static String normalize(String raw) {
    return unescapeQuotes(cleanWhitespace(HtmlEntities.decode(raw)));
  }

  /**
   * Turns the literal {@code \'} and {@code \"} that some extractors leave (a quote escaped for a
   * script) back into the quote.
   */
  private static String unescapeQuotes(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    return text.replace("\\'", "'").replace("\\\"", "\"");
  }

  /**
   * Normalises a raw line for date-line detection: like {@link #normalize(String)} but decoding
   * only references to whitespace, so that {@code &#57; June, 2021} stays a title.
   *
   * @param raw the decoded line
   * @return the text to match against date patterns
   */
  public static String forDateDetection(String raw) {
    return cleanWhitespace(HtmlEntities.decode(raw, c -> isSpace((char) c)));
  }

  /**
   * Removes invisible characters, turns whitespace into spaces, collapses runs and trims.
   * Idempotent.
   *
   * @param text any text
   * @return the cleaned text
   */
  public static String cleanWhitespace(String text) {
    if (isClean(text)) {
      return text;
    }
    return SPACE.trimAndCollapseFrom(INVISIBLE.removeFrom(text), ' ');
  }

  /**
   * True if cleaning would not change the text: no invisible char, no whitespace but single plain
   * spaces between other chars. Printable ASCII is decided without the matchers, which a profile of
   * the parser showed taking over a third of its time on ordinary lines; other chars by a table.
   *
   * @param text any text
   * @return true if {@link #cleanWhitespace(String)} would return it unchanged
   */
  static boolean isClean(String text) {
    int n = text.length();
    boolean previousSpace = true; // so that a leading space is not clean
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7F) {
        previousSpace = false;
      } else if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if (c < 0x80 || (BLANK_ABOVE_ASCII[c >>> 6] & (1L << c)) != 0) {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace || n == 0;
  }

  /**
   * Tells whether a char is whitespace in the sense of this class.
   *
   * @param c a char
   * @return true for whitespace and control characters
   */
  public static boolean isSpace(char c) {
    return SPACE.matches(c);
  }

  /**
   * The 1-based column of the first visible char of a raw line.
   *
   * @param raw the decoded line
   * @return the column, 1 for a blank line
   */
  public static int firstColumn(String raw) {
    if (!raw.isEmpty() && raw.charAt(0) > ' ' && raw.charAt(0) < 0x7F) {
      return 1; // printable ASCII is neither space nor invisible
    }
    int index = NOT_BLANK.indexIn(raw);
    return index < 0 ? 1 : index + 1;
  }
}
