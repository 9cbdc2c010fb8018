package org.bulletins.parser.internal;

/**
 * A town and its postal code alone on a line, as event listings and directories print where
 * something happens ({@code Villeneuve-sur-Serein 89500}, {@code 14610 Colomby-sur-Orne}, {@code
 * Springfield, IL 62701}): one to {@value #MAX_NAME_WORDS} capitalised words (and the small words
 * of place names, a state's two capitals) beside a code of five digits.
 */
final class PostalPlace {

  /** The most words of the town's name. */
  private static final int MAX_NAME_WORDS = 4;

  /** The digits of a postal code. */
  private static final int CODE_DIGITS = 5;

  /** The longest such line. */
  private static final int MAX_LENGTH = 60;

  private PostalPlace() {}

  /**
   * Whether a line is a town and its postal code alone.
   *
   * @param text the line (normalised)
   * @return true for a town and its code
   */
  static boolean is(String text) {
    if (text.length() > MAX_LENGTH || text.length() < CODE_DIGITS + 2) {
      return false;
    }
    boolean codeFirst = isCode(text, 0) && text.charAt(CODE_DIGITS) == ' ';
    int end = text.length() - CODE_DIGITS;
    boolean codeLast = !codeFirst && isCode(text, end) && text.charAt(end - 1) == ' ';
    if (!codeFirst && !codeLast) {
      return false; // most lines: no five digits at either end
    }
    String name = codeFirst ? text.substring(CODE_DIGITS + 1) : text.substring(0, end - 1);
    return isTownName(name.endsWith(",") ? name.substring(0, name.length() - 1) : name);
  }

  private static boolean isCode(String text, int from) {
    if (from < 0 || from + CODE_DIGITS > text.length()) {
      return false;
    }
    if (from + CODE_DIGITS < text.length() && Character.isDigit(text.charAt(from + CODE_DIGITS))) {
      return false;
    }
    for (int i = from; i < from + CODE_DIGITS; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return from == 0 || !Character.isDigit(text.charAt(from - 1));
  }

  /** Capitalised words with hyphens, perhaps a comma and a state's two capitals after it. */
  private static boolean isTownName(String name) {
    String[] words = name.split("[ ,]+");
    if (words.length == 0 || words.length > MAX_NAME_WORDS || words[0].isEmpty()) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !Byline.isNameWord(word)) {
        return false;
      }
    }
    return true;
  }
}
