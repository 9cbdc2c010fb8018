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

  /** The chars of {@link #SPACE} above U+00A0 that are not in the range U+2000 to U+200A. */
  private static final String WIDE_SPACES = "\u1680\u2028\u2029\u202F\u205F\u3000";

  /**
   * Whitespace of every kind: Guava's and Java's whitespace, Unicode's space separators (NBSP,
   * narrow NBSP, figure space) and control characters (which have no place in text). Spelt out as
   * ranges, which {@code TextNormalizerProperties} checks against those definitions for every char:
   * built from the definitions, the matcher scanned all 65,536 chars through a chain of predicates
   * at class initialisation, in the interpreter, on every start of the command.
   */
  static final CharMatcher SPACE =
      CharMatcher.inRange('\u0000', ' ')
          .or(CharMatcher.inRange('\u007F', '\u00A0'))
          .or(CharMatcher.inRange('\u2000', '\u200A'))
          .or(CharMatcher.anyOf(WIDE_SPACES))
          .precomputed();

  /**
   * Invisible format characters: zero-width space, joiners, word joiner, byte-order mark, soft
   * hyphen, direction marks, Mongolian vowel separator.
   */
  private static final String INVISIBLE_CHARS =
      "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F\u180E";

  static final CharMatcher INVISIBLE = CharMatcher.anyOf(INVISIBLE_CHARS).precomputed();

  /**
   * {@code SPACE} or {@code INVISIBLE}, one bit per char from U+0080 on: a profile showed the
   * matchers' hash look-ups costly on lines with many accented letters or curly quotes.
   */
  private static final long[] BLANK_ABOVE_ASCII = new long[1 << 10];

  static {
    for (int c = 0x80; c <= 0xA0; c++) {
      setBlank(c);
    }
    for (int c = 0x2000; c <= 0x200A; c++) {
      setBlank(c);
    }
    String others = WIDE_SPACES + INVISIBLE_CHARS;
    for (int i = 0; i < others.length(); i++) {
      setBlank(others.charAt(i));
    }
  }

  private static void setBlank(int c) {
    BLANK_ABOVE_ASCII[c >>> 6] |= 1L << c;
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
    for (int i = 0; i < raw.length(); i++) {
      if (!isBlank(raw.charAt(i))) {
        return i + 1;
      }
    }
    return 1;
  }

  /** {@code SPACE} or {@code INVISIBLE}: ASCII controls and space, or a bit of the table. */
  private static boolean isBlank(char c) {
    return c < 0x80 ? c <= ' ' || c == 0x7F : (BLANK_ABOVE_ASCII[c >>> 6] & (1L << c)) != 0;
  }
}
