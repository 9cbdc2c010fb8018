package org.bulletins.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds an undated listing whose teasers end without a period, so that they read as titles on their
 * own: {@code New bus line links the hospital and the station} over {@code Line 14 starts on Monday
 * and runs every twenty minutes on weekdays}, each pair a block of two lines or two blocks of one.
 * Such a page sets a short title over a longer text every time; a list of headlines alone does not
 * alternate so.
 *
 * <p>In the window, runs of text lines between blank, label and date lines are counted: a run of
 * two lines is a pair when its first line is title-shaped and its second clearly longer ({@link
 * #isClearlyLonger}); runs of one line are paired in order, from the first or the second line of a
 * series of them (a page's header may stand first), whichever gives more pairs. The page is such a
 * listing when it has {@value #MIN_PAIRS} pairs or more, {@value #MIN_BARE} of them with a teaser
 * that ends without a period (teasers that end with one are read right without this), and at most a
 * third as many pairs that break the pattern. When the page's first series pairs from its second
 * line, its first line may be the page's header ({@code Latest news}), not a title over the first
 * title.
 *
 * @param found whether the page is such a listing
 * @param headerLine the line number of the page's header over the first pair, or -1
 */
record TeaserListing(boolean found, int headerLine) {

  /** No such listing. */
  static final TeaserListing NONE = new TeaserListing(false, -1);

  /** The fewest pairs that make a listing. */
  static final int MIN_PAIRS = 3;

  /** The fewest pairs whose teaser has no period, which the listing is found for. */
  static final int MIN_BARE = 2;

  /** The most words of a page's header that a title over the first title could be. */
  private static final int MAX_HEADER_WORDS = 3;

  /** The fewest more words of a teaser than its title, for the evidence. */
  private static final int MORE_WORDS = 3;

  /**
   * Whether the window is a listing of titles over teasers without periods.
   *
   * @param window the classified lines of the page's first window
   * @return what was found
   */
  static TeaserListing of(List<Line> window) {
    Count count = new Count();
    int headerLine = -1;
    boolean firstSeries = true;
    List<Line> singles = new ArrayList<>();
    for (List<Line> run : runs(window)) {
      if (run.size() == 1) {
        singles.add(run.get(0));
        continue;
      }
      if (!singles.isEmpty()) {
        headerLine = firstSeries ? countSeries(singles, count) : headerLine;
        firstSeries = false;
        singles.clear();
      }
      if (run.size() == 2) {
        count.add(run.get(0).text(), run.get(1).text());
      } else {
        // Pairs with no blank line between them: "Museums", then title, teaser, title, teaser...
        Count inRun = new Count();
        int header = countSeries(run, inRun);
        if (inRun.pairs >= MIN_PAIRS && inRun.breaks * 3 <= inRun.pairs) {
          count.addAll(inRun);
          headerLine = firstSeries ? header : headerLine;
        }
      }
      firstSeries = false;
    }
    if (!singles.isEmpty()) {
      headerLine = firstSeries ? countSeries(singles, count) : headerLine;
    }
    return count.pairs >= MIN_PAIRS && count.breaks * 3 <= count.pairs && count.bare >= MIN_BARE
        ? new TeaserListing(true, headerLine)
        : NONE;
  }

  /**
   * Whether a text under a title with no text yet is its teaser on such a page: title-shaped (else
   * the usual rules place it) and clearly longer than the title, as the page's pairs are.
   *
   * @param title the open item's title
   * @param text the text under it
   * @return true if the text is the title's teaser
   */
  static boolean isTeaser(String title, String text) {
    return isClearlyLonger(text, title) && TitleRule.shape(text) == TitleRule.Shape.TITLE;
  }

  /**
   * Counts a series of one-line runs paired from its first or its second line, whichever gives more
   * pairs, and returns the line of the page's header if it is the first series: a first line left
   * out of the pairs that is no title over the second ({@code Latest headlines} over {@code Council
   * approves the budget}) or a title of a few words over a pair ({@code Latest news}); -1 if none.
   */
  private static int countSeries(List<Line> singles, Count count) {
    Count fromFirst = new Count();
    Count fromSecond = new Count();
    for (int i = 0; i + 1 < singles.size(); i += 2) {
      fromFirst.add(singles.get(i).text(), singles.get(i + 1).text());
    }
    for (int i = 1; i + 1 < singles.size(); i += 2) {
      fromSecond.add(singles.get(i).text(), singles.get(i + 1).text());
    }
    if (fromSecond.pairs <= fromFirst.pairs) {
      count.addAll(fromFirst);
      return -1;
    }
    count.addAll(fromSecond);
    String first = singles.get(0).text();
    boolean header =
        !isPair(first, singles.get(1).text()) || TitleRule.words(first) <= MAX_HEADER_WORDS;
    return header ? singles.get(0).number() : -1;
  }

  /** Pairs of a title over a longer text, those whose text reads as a title alone, and breaks. */
  private static final class Count {
    private int pairs;
    private int bare;
    private int breaks;

    void add(String title, String teaser) {
      if (isPair(title, teaser)) {
        pairs++;
        bare += TitleRule.shape(teaser) == TitleRule.Shape.TITLE ? 1 : 0;
      } else {
        breaks++;
      }
    }

    void addAll(Count other) {
      pairs += other.pairs;
      bare += other.bare;
      breaks += other.breaks;
    }
  }

  /**
   * Whether a title-shaped line is over a clearly longer text, as this listing's titles are over
   * their teasers.
   *
   * @param title the line over the text
   * @param teaser the text
   * @return true if the two lines are a pair of such a listing
   */
  static boolean isPair(String title, String teaser) {
    return TitleRule.shape(title) == TitleRule.Shape.TITLE && isClearlyLonger(teaser, title);
  }

  /**
   * At least {@value #MIN_TEASER_WORDS} words, {@value #MORE_WORDS} more than the title, and a
   * quarter more chars: a teaser's sentence, longer than most headlines are.
   */
  private static boolean isClearlyLonger(String teaser, String title) {
    int words = TitleRule.words(teaser);
    return words >= MIN_TEASER_WORDS
        && words >= TitleRule.words(title) + MORE_WORDS
        && teaser.length() * 4 >= title.length() * 5;
  }

  /** The fewest words of a teaser. */
  private static final int MIN_TEASER_WORDS = 10;

  /** The window's runs of text lines, each run between two other lines. */
  private static List<List<Line>> runs(List<Line> window) {
    List<List<Line>> runs = new ArrayList<>();
    List<Line> run = new ArrayList<>();
    for (Line line : window) {
      if (line.kind() == LineKind.TEXT && !line.weak()) {
        run.add(line);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }
}
