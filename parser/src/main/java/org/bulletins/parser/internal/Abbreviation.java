package org.bulletins.parser.internal;

/** Shortens a text quoted in a message without cutting a character in two. */
public final class Abbreviation {

  private static final String ELLIPSIS = "...";

  private Abbreviation() {}

  /**
   * The text itself if it has at most {@code max} chars, else its start and {@code ...}, in {@code
   * max} chars or one fewer: the cut never falls between the two halves of a surrogate pair, which
   * would leave a lone surrogate (not valid Unicode) in the message.
   *
   * @param text the text
   * @param max the longest result, in chars, more than 3
   * @return the text, or its start and an ellipsis
   */
  public static String of(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - ELLIPSIS.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
  }
}
