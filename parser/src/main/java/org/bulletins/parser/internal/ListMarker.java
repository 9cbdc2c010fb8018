package org.bulletins.parser.internal;

/**
 * The mark that opens an item of a list in an article's text: a bullet ({@code •}, {@code ▪},
 * {@code -} or {@code *} before a space, not a quote's dash) or a number of one or two digits
 * closed by {@code .} or {@code )} before a space ({@code 1. Sign in}, {@code 2) Pay the fee}).
 */
final class ListMarker {

  /** The bullets that open a list item with or without a space after them. */
  private static final String BULLETS = "•·▪◦‣●■►➢✓✔";

  /** The lowest char of {@link #BULLETS}. */
  private static final char BULLETS_FROM = '·';

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
    return bulletEnd(text) > 0 || opensWithNumber(text);
  }

  /**
   * Where the text after a bullet ({@code •}, or {@code -} and {@code *} before a space) starts,
   * past the spaces after it: listings set a date in a bulleted list ({@code • 14/11/2025}). A list
   * number does not count: {@code 1. 5 March 2024} is an item of a numbered list.
   *
   * @param text the line (normalised, non-empty)
   * @return the index of the first char after the bullet and its spaces, or -1 if the line opens
   *     with no bullet
   */
  static int bulletEnd(String text) {
    char first = text.charAt(0);
    if (first < BULLETS_FROM && first != '-' && first != '*') {
      return -1; // most lines: one compare
    }
    int end;
    if (BULLETS.indexOf(first) >= 0) {
      end = 1;
    } else if (DASHES.indexOf(first) >= 0 && text.length() > 1 && text.charAt(1) == ' ') {
      end = 2;
    } else {
      return -1;
    }
    while (end < text.length() && text.charAt(end) == ' ') {
      end++;
    }
    return end;
  }

  /**
   * Where the text after a list item's mark starts, past the spaces after it: a bullet as {@link
   * #bulletEnd} reads it, or a list number of one or two digits ({@code 1. 28/03/2024}, as some
   * listings number their dated items).
   *
   * @param text the line (normalised, non-empty)
   * @return the index of the first char after the mark and its spaces, or -1 if the line opens with
   *     no mark
   */
  static int markEnd(String text) {
    int bullet = bulletEnd(text);
    if (bullet > 0 || !opensWithNumber(text)) {
      return bullet;
    }
    int end = text.indexOf(' ');
    while (end < text.length() && text.charAt(end) == ' ') {
      end++;
    }
    return end;
  }

  private static boolean opensWithNumber(String text) {
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
