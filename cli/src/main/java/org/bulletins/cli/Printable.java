package org.bulletins.cli;

/**
 * Makes text safe to print on a terminal: control characters are written as escapes, as {@code ls}
 * and compilers do, so that a file name holding ESC, BEL or an OSC sequence cannot drive the
 * terminal and a newline in a name cannot forge an output line. Text formats print every line
 * through it; JSON needs no such care, as it escapes control characters itself.
 *
 * <p>Escaped: C0 controls (as {@code \n}, {@code \t}, {@code \r}, {@code \e} or {@code \xHH}), DEL
 * and the C1 controls ({@code \xHH}), the line and paragraph separators and the bidirectional
 * controls (<code>&#92;uHHHH</code>), which can reorder what a terminal shows. Everything else,
 * non-ASCII letters included, is printed as it is.
 */
final class Printable {

  private Printable() {}

  static String of(String text) {
    int i = 0;
    while (i < text.length() && !needsEscape(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text; // the common case: nothing to escape, no copy
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == 0x1B) {
        out.append("\\e");
      } else if (c <= 0xFF) {
        out.append(String.format("\\x%02X", (int) c));
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }
}
