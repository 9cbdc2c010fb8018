package org.bulletins.dedup.internal.text;

import org.bulletins.dedup.internal.sketch.Hash64;

/**
 * Text whose {@linkplain org.bulletins.model.TextFolding#fold fold} is its lower case: printable
 * ASCII (which NFKC keeps and folding replaces nowhere, but for the backtick), no space at either
 * end and no two spaces in a row. Most paragraphs are like this, and signing reads them as written,
 * lowering their capitals on the way, rather than folding a copy ({@code PlainAsciiTest} checks the
 * claim against {@code fold}).
 */
final class PlainAscii {

  private PlainAscii() {}

  /**
   * Tells whether folding a text only lowers its capitals (the same test as {@code fold}'s own
   * short cut).
   *
   * @param text any text
   * @return true if {@code fold(text)} is {@link #lowerCase(String) lowerCase(text)}
   */
  static boolean is(String text) {
    int n = text.length();
    char[] chars = StringChars.of(text); // no charAt loop: see StringChars
    if (n > 0 && (chars[0] == ' ' || chars[n - 1] == ' ')) {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (endsPlain(c, previous)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * What {@link #lowerCaseBytes} gives for a text that is not plain. An FNV state that happens to
   * be this value only sends a plain text the general way, whose result is the same.
   */
  static final long NOT_PLAIN = 0;

  /**
   * {@link #is} and, while it reads the text, its lower case's UTF-8 bytes (a byte per char) and
   * its lower case's FNV-1a hash state ({@link Hash64#add}): one copy and one loop for the plain
   * test, the content key's digest bytes and the body's hash, where a plain paragraph was tested,
   * then read again for the digest, then copied and read again for the hash.
   *
   * @param text any text
   * @param out where the bytes go, at least as long as the text; its first {@code text.length()}
   *     bytes are meaningful only if the text is plain
   * @param state the FNV-1a state before the text
   * @return the state after the text's lower case if {@code is(text)}, else {@link #NOT_PLAIN}
   */
  static long lowerCaseBytes(String text, byte[] out, long state) {
    int n = text.length();
    char[] chars = StringChars.of(text); // no charAt loop: see StringChars
    if (n > 0 && (chars[0] == ' ' || chars[n - 1] == ' ')) {
      return NOT_PLAIN;
    }
    long h = state;
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (endsPlain(c, previous)) {
        return NOT_PLAIN;
      }
      char lower = lowerCase(c);
      out[i] = (byte) lower;
      h = Hash64.add(h, lower);
      previous = c;
    }
    return h;
  }

  /**
   * Whether a char after {@code previous} makes a text not plain: outside printable ASCII, a
   * backtick, or a second space in a row.
   */
  private static boolean endsPlain(char c, char previous) {
    return c < 0x20 || c > 0x7E || c == '`' || (c == ' ' && previous == ' ');
  }

  /**
   * An ASCII char in lower case ({@link String#toLowerCase} with {@link java.util.Locale#ROOT}
   * lowers A to Z only, among ASCII chars).
   *
   * @param c an ASCII char
   * @return its lower case
   */
  static char lowerCase(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * A plain ASCII text in lower case.
   *
   * @param plain a text for which {@link #is} holds
   * @return its lower case
   */
  static String lowerCase(String plain) {
    char[] chars = plain.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = lowerCase(chars[i]);
    }
    return new String(chars);
  }
}
