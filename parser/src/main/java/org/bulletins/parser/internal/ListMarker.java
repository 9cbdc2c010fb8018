package org.bulletins.parser.internal;

/**
 * The mark that opens an item of a list in an article's text: a bullet ({@code •}, {@code ▪},
 * {@code -} or {@code *} before a space, not a quote's dash) or a number of one or two digits
 * closed by {@code .} or {@code )} before a space ({@code 1. Sign in}, {@code 2) Pay the fee}).
 */
final class ListMarker {

  /** The bullets that open a list item with or without a space after them. */
  private static final String BULLETS = "•·▪◦‣●■►➢✓✔";

  /** The marks that open a list item when a space follows them. */
  private static final String DASHES = "-*"; // not – nor —, which open a quote in Portuguese

  private ListMarker() {}

  /**
   * Whether a line opens with a list item's mark.
   *
   * @param text the line (normalised, non-empty)
   * @return true for a bullet or a list number
   */
  static boolean opens(String text) {
    char first = text.charAt(0);
    if (BULLETS.indexOf(first) >= 0) {
      return true;
    }
    if (DASHES.indexOf(first) >= 0) {
      return text.length() > 1 && text.charAt(1) == ' ';
    }
    int digits = 0;
    while (digits < text.length() && digits < 3 && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    return digits >= 1
        && digits <= 2
        && text.length() > digits + 1
        && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
        && text.charAt(digits + 1) == ' ';
  }
}
