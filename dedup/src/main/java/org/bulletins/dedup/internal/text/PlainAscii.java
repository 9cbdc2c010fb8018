package org.bulletins.dedup.internal.text;

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
   * {@link #is} and, while it reads the text, its lower case's UTF-8 bytes (a byte per char): one
   * copy and one loop for both, where a plain paragraph was tested and then read again for the
   * content key's digest.
   *
   * @param text any text
   * @param out where the bytes go, at least as long as the text; its first {@code text.length()}
   *     bytes are meaningful only if the text is plain
   * @return {@code is(text)}
   */
  static boolean lowerCaseBytes(String text, byte[] out) {
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
      out[i] = (byte) lowerCase(c);
      previous = c;
    }
    return true;
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
