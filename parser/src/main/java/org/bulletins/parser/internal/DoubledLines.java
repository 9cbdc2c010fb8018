package org.bulletins.parser.internal;

import java.util.function.Consumer;

/**
 * Reads a text line of a few words that repeats the text line right above it, at most one blank
 * line apart, as a label: listings print a headline twice, once on the picture's link and once on
 * the text's ( {@code Manche. Travaux rue des Tanneurs} / blank / the same). Left as text, the copy
 * became a paragraph, or on a page read title first a second item with the first one's title. The
 * copy is kept as a label of its item, so nothing is lost.
 */
final class DoubledLines {

  /** The most blank lines between a line and its copy. */
  private static final int MAX_BLANKS_BETWEEN = 1;

  /** The fewest words of a copied line: a headline's, not a refrain's or a list's one word. */
  private static final int MIN_WORDS = 3;

  /**
   * A headline's shape: title-like, and no sentence's end before closing quotes ({@code "We will
   * not close the pool."} said twice is a quote, kept as text).
   */
  private static boolean isHeadline(String text) {
    int end = text.length();
    while (end > 1 && "\"”’»)".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return ".!?…".indexOf(text.charAt(end - 1)) < 0
        && TitleRule.shape(text) == TitleRule.Shape.TITLE;
  }

  /** The last text line passed on, or null after any other content line. */
  private String lastText;

  private int blanksSince;

  /**
   * Passes a line on, as a label if it repeats the text line above it.
   *
   * @param line the classified line
   * @param next where lines go
   */
  void accept(Line line, Consumer<Line> next) {
    switch (line.kind()) {
      case BLANK -> {
        blanksSince++;
        next.accept(line);
      }
      case TEXT -> {
        boolean copy =
            blanksSince <= MAX_BLANKS_BETWEEN
                && line.text().equals(lastText)
                && TitleRule.words(lastText) >= MIN_WORDS
                && isHeadline(lastText);
        lastText = copy ? null : line.text(); // a third copy is text again: a list, a refrain
        blanksSince = 0;
        next.accept(copy ? line.asLabel() : line);
      }
      default -> {
        lastText = null;
        blanksSince = 0;
        next.accept(line);
      }
    }
  }
}
