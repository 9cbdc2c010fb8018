package org.bulletins.parser.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bulletins.model.PageLayout;

/**
 * Infers a page's layout from its first lines (a bounded window, so streaming never reads twice).
 *
 * <p>Each candidate layout is tried on the window's content lines (labels and blank lines set
 * aside): every anchor of the layout (a date line; a date-opened title line; a dateline paragraph)
 * must have a title where the layout puts it (after the date, before it, or first after the
 * previous item), and each title is scored by its shape ({@link TitleRule}): a title-like line
 * scores 2, a short sentence 0.5, a paragraph -2, a missing title -2, and each line the layout
 * would leave outside every item -1 (at most -3). The best score wins. A page without any date is
 * {@link PageLayout#UNDATED}; a page whose best reading (other than the canonical date-title-body,
 * whose title is whatever follows the date line) scores below 0.5 a date after the stray lines, or
 * that mixes date lines and date-opened titles, is {@link PageLayout#MIXED} and is read with the
 * best candidate. A page whose first content line is a date line is read date first. Ties go to
 * {@code date-title-body}, the canonical layout. Labels known only by their shape count as text
 * here: right after a date line they are titles.
 */
final class LayoutInference {

  private static final double TITLE = 2;
  private static final double SENTENCE = 0.5;
  private static final double PARAGRAPH = -2;
  private static final double MISSING = -2;
  private static final double STRAY = -1;
  private static final int MAX_STRAY_PENALTIES = 3;

  /**
   * The outcome.
   *
   * @param layout the layout reported for the page
   * @param readAs the layout whose reader reads the page (differs for {@link PageLayout#MIXED})
   * @param problem why the page is mixed, or null
   * @param problemLine the line the problem is reported at
   */
  record Result(PageLayout layout, PageLayout readAs, String problem, int problemLine) {}

  private LayoutInference() {}

  /**
   * Infers the layout of a window.
   *
   * @param window the first lines of the page, classified
   * @param whole true if the window holds the whole page
   * @return the layout
   */
  static Result infer(List<Line> window, boolean whole) {
    List<Line> content = new ArrayList<>();
    int dates = 0;
    int dateTitles = 0;
    int datelines = 0;
    for (Line line : window) {
      if (line.isContent() || line.weak()) {
        content.add(line);
        switch (line.kind()) {
          case DATE -> dates++;
          case DATE_TITLE -> dateTitles++;
          case DATELINE -> datelines++;
          default -> {}
        }
      }
    }
    if (content.isEmpty()) {
      boolean labels = window.stream().anyMatch(line -> line.kind() == LineKind.LABEL);
      PageLayout layout = labels || !whole ? PageLayout.UNDATED : PageLayout.EMPTY;
      return new Result(layout, PageLayout.UNDATED, null, 0);
    }
    if (dates == content.size()) {
      return new Result(PageLayout.DATE_TITLE_BODY, PageLayout.DATE_TITLE_BODY, null, 0);
    }
    if (dates + dateTitles + datelines == 0) {
      return new Result(PageLayout.UNDATED, PageLayout.UNDATED, null, 0);
    }
    Map<PageLayout, Double> scores = new EnumMap<>(PageLayout.class);
    scores.put(PageLayout.DATE_TITLE_BODY, after(content, window));
    scores.put(PageLayout.TITLE_DATE_BODY, before(content, LineKind.DATE));
    scores.put(PageLayout.DATELINE, before(content, LineKind.DATELINE));
    scores.put(PageLayout.TITLE_BODY_DATE, firstAfterPrevious(content, whole));
    scores.put(PageLayout.DATE_IN_TITLE, inLine(content));
    PageLayout best = null;
    if (content.get(0).kind() == LineKind.DATE) {
      // A page that opens with a date line puts its dates first: no title precedes the first one.
      scores.remove(PageLayout.TITLE_DATE_BODY);
      scores.remove(PageLayout.TITLE_BODY_DATE);
      scores.remove(PageLayout.DATELINE);
    }
    for (Map.Entry<PageLayout, Double> entry : scores.entrySet()) {
      boolean anchored = anchorsOf(entry.getKey(), dates, dateTitles, datelines) > 0;
      if (anchored && (best == null || entry.getValue() > scores.get(best))) {
        best = entry.getKey();
      }
    }
    int anchors = anchorsOf(best, dates, dateTitles, datelines);
    if (best == PageLayout.DATE_IN_TITLE && oneLinePerItem(content)) {
      best = PageLayout.ONE_LINE;
    }
    int firstLine = content.get(0).number();
    if (best != PageLayout.DATE_TITLE_BODY
        && scores.get(scoredAs(best)) < SENTENCE * anchors + STRAY * MAX_STRAY_PENALTIES) {
      return new Result(
          PageLayout.MIXED,
          best,
          "the page fits no single layout well; read as "
              + best.label()
              + ", where "
              + "its "
              + anchors
              + " dates have few clear titles",
          firstLine);
    }
    int others = dates + dateTitles - anchors;
    if (best != PageLayout.DATELINE && others * 3 >= anchors && others >= 2) {
      return new Result(
          PageLayout.MIXED,
          best,
          "the page mixes date lines and titles that open with a date; read as " + best.label(),
          firstLine);
    }
    return new Result(best, best, null, 0);
  }

  private static int anchorsOf(PageLayout layout, int dates, int dateTitles, int datelines) {
    return switch (layout) {
      case DATE_IN_TITLE -> dateTitles;
      case DATELINE -> datelines;
      default -> dates;
    };
  }

  private static PageLayout scoredAs(PageLayout layout) {
    return layout == PageLayout.ONE_LINE ? PageLayout.DATE_IN_TITLE : layout;
  }

  /** Date, then title: the title is the content line after each date line. */
  private static double after(List<Line> content, List<Line> window) {
    double score = 0;
    int firstAnchor = -1;
    for (int i = 0; i < content.size(); i++) {
      if (content.get(i).kind() == LineKind.DATE) {
        firstAnchor = firstAnchor < 0 ? i : firstAnchor;
        boolean titled = i + 1 < content.size() && content.get(i + 1).kind() != LineKind.DATE;
        score += titled ? shape(content.get(i + 1).text()) : MISSING;
      }
    }
    // One title-like line before the first date, or a few short ones in one block, is the page's
    // header, a label of the first item (as DateFirstReader reads it), not lines left outside
    // every item.
    return score + (isPageHeader(content, firstAnchor, window) ? 0 : stray(firstAnchor));
  }

  /** Whether the window's line of that number is blank (false if the window lacks it). */
  private static boolean isBlank(List<Line> window, int number) {
    for (Line line : window) {
      if (line.number() == number) {
        return line.kind() == LineKind.BLANK;
      }
    }
    return false;
  }

  /**
   * Whether the content lines before the first anchor are one title-like line, or a block of a few
   * short title-like lines with no blank line between them and one after them (a title over its
   * meta lines and date, as Joomla lists an item, is no header).
   */
  private static boolean isPageHeader(List<Line> content, int firstAnchor, List<Line> window) {
    if (firstAnchor < 1 || firstAnchor > UndatedSection.MAX_HEADER_LINES) {
      return false;
    }
    if (firstAnchor > 1 && !isBlank(window, content.get(firstAnchor - 1).number() + 1)) {
      return false;
    }
    for (int i = 0; i < firstAnchor; i++) {
      Line line = content.get(i);
      boolean inBlock = i == 0 || content.get(i - 1).number() + 1 == line.number();
      if (!inBlock
          || (firstAnchor > 1 && line.text().length() > UndatedSection.MAX_HEADER_LINE)
          || TitleRule.shape(line.text()) != TitleRule.Shape.TITLE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Title, then date: the title is the content line before each anchor, or the title-like line
   * right above it when that line is a sentence, a deck under its headline (as TitleFirstReader
   * reads it).
   */
  private static double before(List<Line> content, LineKind anchor) {
    boolean article = hasOneDatedItem(content);
    double score = 0;
    int previous = -1;
    int firstTitle = -1;
    for (int i = 0; i < content.size(); i++) {
      if (content.get(i).kind() == anchor) {
        boolean titled = i - 1 > previous && content.get(i - 1).kind() != LineKind.DATE;
        int title = titled && i - 2 > previous && isDeck(content, i - 2, article) ? i - 2 : i - 1;
        score += titled ? shape(content.get(title).text()) : MISSING;
        if (firstTitle < 0) {
          firstTitle = titled ? title : i;
        }
        previous = i;
      }
    }
    return score + stray(firstTitle);
  }

  /**
   * Whether the content line after {@code at} is a sentence right under it, a title-like line set
   * apart from the lines above it: the deck under a headline; or, on an article's page (one dated
   * item), a deck set apart by a blank line under the page's first line ({@link
   * TitleRule#isDeckUnder}).
   */
  private static boolean isDeck(List<Line> content, int at, boolean article) {
    Line headline = content.get(at);
    Line line = content.get(at + 1);
    if (headline.kind() != LineKind.TEXT) {
      return false;
    }
    if (at == 0 && line.number() > headline.number() + 1) {
      if (!article) {
        return false; // a listing's first title, under the page's header
      }
      // the page's first headline, its deck after a blank line
      return line.kind() == LineKind.TEXT && TitleRule.isDeckUnder(headline.text(), line.text());
    }
    boolean apart = at == 0 || content.get(at - 1).number() + 1 < headline.number();
    return apart
        && line.number() == headline.number() + 1
        && TitleRule.shape(line.text()) != TitleRule.Shape.TITLE
        && TitleRule.shape(headline.text()) == TitleRule.Shape.TITLE;
  }

  /**
   * Whether the lines hold one dated item only: one date line, or a few with nothing but labels
   * between them ({@code Publicado em} / date / {@code Atualizado em} / date), as an article sets
   * its dates, not a listing.
   *
   * @param lines classified lines, labels and blank lines among them or not
   * @return true if the lines' date lines are one group
   */
  static boolean hasOneDatedItem(List<Line> lines) {
    int groups = 0;
    boolean afterDate = false;
    for (Line line : lines) {
      if (line.kind() == LineKind.DATE) {
        groups += afterDate ? 0 : 1;
        afterDate = true;
      } else if (line.isContent()) {
        afterDate = false;
      }
    }
    return groups == 1;
  }

  /** Title, body, date: the title is the first content line after the previous date. */
  private static double firstAfterPrevious(List<Line> content, boolean whole) {
    double score = 0;
    int previous = -1;
    for (int i = 0; i < content.size(); i++) {
      if (content.get(i).kind() == LineKind.DATE) {
        boolean titled = i > previous + 1;
        score += titled ? shape(content.get(previous + 1).text()) : MISSING;
        previous = i;
      }
    }
    int tail = content.size() - 1 - previous;
    return score + (whole ? stray(tail) : 0);
  }

  /** Date-opened titles: each one is its own title. */
  private static double inLine(List<Line> content) {
    double score = 0;
    int firstAnchor = -1;
    for (int i = 0; i < content.size(); i++) {
      Line line = content.get(i);
      if (line.kind() == LineKind.DATE_TITLE) {
        firstAnchor = firstAnchor < 0 ? i : firstAnchor;
        score += shape(line.title());
      }
    }
    return score + stray(firstAnchor);
  }

  /** True if most date-opened titles stand alone, with no body line after them. */
  private static boolean oneLinePerItem(List<Line> content) {
    int titles = 0;
    int alone = 0;
    for (int i = 0; i < content.size(); i++) {
      if (content.get(i).kind() == LineKind.DATE_TITLE) {
        titles++;
        if (i + 1 == content.size() || content.get(i + 1).kind() == LineKind.DATE_TITLE) {
          alone++;
        }
      }
    }
    return titles >= 2 && alone * 5 >= titles * 4;
  }

  private static double shape(String title) {
    return switch (TitleRule.shape(title)) {
      case TITLE -> TITLE;
      case UNDECIDED -> SENTENCE;
      case PARAGRAPH -> PARAGRAPH;
    };
  }

  /** The penalty for lines left outside every item. */
  private static double stray(int lines) {
    return lines <= 0 ? 0 : STRAY * Math.min(lines, MAX_STRAY_PENALTIES);
  }
}
