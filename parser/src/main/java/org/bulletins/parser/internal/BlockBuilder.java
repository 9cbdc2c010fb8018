package org.bulletins.parser.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/**
 * Joins the lines of one {@link Block}, within the item size limit, and cuts off the titles set
 * right above their text with no blank line between ({@link TitleRule#isTitleAbove}): its first
 * line, and, in a block that opens with a title, any later line that follows a line ending a
 * sentence, as undated listings scraped without blank lines give title, text, title, text (in a
 * block of text under a title, such a line is the article's subheading). A headline in capitals
 * glued to its sentence ({@link GluedHeadline}) is cut off its line, whatever the lines around it.
 */
final class BlockBuilder {

  /** Most words in an article's heading ({@link #hasInnerHeadings}). */
  private static final int MAX_HEADING_WORDS = 3;

  /** Most words in a section's name over a listing of glued headlines ({@code À la une}). */
  private static final int MAX_HEADER_WORDS = 3;

  /** The fewest lines of a list: one line with a bullet is no list. */
  private static final int MIN_LIST_LINES = 2;

  /** Fewest words of a headline under a section's kicker ({@link #isKickerOverTitle}). */
  private static final int MIN_TITLE_UNDER_KICKER = 4;

  /** Fewest words in the title of an article with headings of {@link #MAX_HEADING_WORDS}. */
  private static final int MIN_TITLE_OVER_HEADINGS = 5;

  private final boolean sentenceCaseGlue;

  /**
   * Whether the page is a listing of titles over teasers without periods ({@link TeaserListing}).
   */
  private final boolean teasers;

  /** Whether a line added was cut at a glued headline. */
  private boolean anyGlued;

  /** Whether the first line is a section's name of a few words ({@code Economía}). */
  private boolean underHeader;

  /** Whether the block is the page's first text: no item is open above it. */
  private final boolean pageStart;

  private final int firstLine;
  private final int column;
  private final int blanksBefore;
  private final int maxLength;
  private final DiagnosticSink sink;
  private final StringBuilder text = new StringBuilder();
  private int lastLine;
  private boolean tooLarge;

  // The pieces joined into text: whole lines, or a glued headline and the rest of its line.
  private int pieces;
  private int[] starts = new int[4];
  private int[] ends = new int[4];
  private int[] numbers = new int[4];
  private int[] columns = new int[4];
  private boolean[] glued = new boolean[4];

  /**
   * Creates a builder.
   *
   * @param sentenceCaseGlue whether a headline in sentence case glued to its text may be cut off
   *     its line ({@link GluedHeadline#cut(String, boolean)}): not in a block under a title or
   *     after a paragraph, where such a line is an article's heading, a caption or a stamp
   * @param teasers whether the page is a listing of titles over teasers without periods ({@link
   *     TeaserListing}): a block of two such lines is a title over its teaser
   * @param pageStart whether the block is the page's first text, where a title over a bulleted list
   *     opens the page's item ({@link #isTitleOverList})
   */
  BlockBuilder(
      int firstLine,
      int column,
      int blanksBefore,
      int maxLength,
      DiagnosticSink sink,
      boolean sentenceCaseGlue,
      boolean teasers,
      boolean pageStart) {
    this.sentenceCaseGlue = sentenceCaseGlue;
    this.teasers = teasers;
    this.pageStart = pageStart;
    this.firstLine = firstLine;
    this.column = column;
    this.blanksBefore = blanksBefore;
    this.maxLength = maxLength;
    this.sink = sink;
  }

  void add(String line, int number, int lineColumn) {
    lastLine = number;
    // A headline in sentence case is cut off a later line only in a listing of such lines (under
    // a section's name at most): in an article, a glued line is a heading glued to its paragraph.
    if (pieces == 1) {
      underHeader = TitleRule.words(text.toString()) <= MAX_HEADER_WORDS;
    }
    boolean listing = pieces == 0 || anyGlued || underHeader;
    int cut = GluedHeadline.cut(line, sentenceCaseGlue && listing);
    anyGlued |= cut > 0;
    if (cut > 0) {
      addPiece(line.substring(0, cut), number, lineColumn, true);
      addPiece(line.substring(cut), number, lineColumn + cut, false);
    } else {
      addPiece(line, number, lineColumn, false);
    }
  }

  private void addPiece(String piece, int number, int pieceColumn, boolean headline) {
    int start = text.length() == 0 ? 0 : text.length() + 1;
    if (text.length() == 0) {
      text.append(piece, 0, Math.min(piece.length(), maxLength));
      if (piece.length() > maxLength) {
        reportTooLarge(number);
        return; // cut short: no piece to cut a title at
      }
    } else if (text.length() + piece.length() + 1 <= maxLength) {
      text.append(' ').append(piece);
    } else {
      reportTooLarge(number);
      return;
    }
    if (pieces == starts.length) {
      int capacity = 2 * pieces;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      numbers = Arrays.copyOf(numbers, capacity);
      columns = Arrays.copyOf(columns, capacity);
      glued = Arrays.copyOf(glued, capacity);
    }
    starts[pieces] = start;
    ends[pieces] = text.length();
    numbers[pieces] = number;
    columns[pieces] = pieceColumn;
    glued[pieces] = headline;
    pieces++;
  }

  private void reportTooLarge(int number) {
    if (!tooLarge) {
      tooLarge = true;
      sink.report(
          Severity.ERROR,
          DiagnosticCode.ITEM_TOO_LARGE,
          number,
          1,
          "the paragraph starting at line "
              + firstLine
              + " is longer than maxItemLength ("
              + maxLength
              + " chars); its text from this line on was dropped");
    }
  }

  /**
   * The block; or, cut at its titles, each title and the text under it as blocks of their own, with
   * no blank line before any but the first.
   *
   * @param mayOpenWithTitle false when the block is already the body of a title above it: its first
   *     line is then no title, unless glued to its sentence
   */
  List<Block> build(boolean mayOpenWithTitle) {
    String joined = text.toString();
    boolean[] titles = titles(joined, mayOpenWithTitle);
    if (titles == null) {
      return List.of(
          new Block(
              firstLine,
              lastLine,
              column,
              joined,
              blanksBefore,
              Block.Cut.NONE,
              paragraphsOf(joined, 0, pieces)));
    }
    List<Block> blocks = new ArrayList<>();
    int from = 0;
    while (from < pieces) {
      int blanks = from == 0 ? blanksBefore : 0;
      if (titles[from]) {
        String title = joined.substring(starts[from], ends[from]);
        blocks.add(
            new Block(
                numbers[from], numbers[from], columns[from], title, blanks, Block.Cut.HEADING));
        from++;
        continue;
      }
      int to = from + 1;
      while (to < pieces && !titles[to]) {
        to++;
      }
      int last = to == pieces ? lastLine : numbers[to - 1];
      String body = joined.substring(starts[from], ends[to - 1]);
      Block.Cut cut = from > 0 ? Block.Cut.BODY : Block.Cut.NONE; // text before any title: no body
      blocks.add(
          new Block(
              numbers[from],
              last,
              columns[from],
              body,
              blanks,
              cut,
              paragraphsOf(joined, from, to)));
      from = to;
    }
    return blocks;
  }

  /** Which pieces are titles over the text under them; null if none is. */
  private boolean[] titles(String joined, boolean mayOpenWithTitle) {
    if (pieces < 2) {
      return null;
    }
    if (teasers && pieces == 2 && mayOpenWithTitle && !glued[0] && !glued[1]) {
      String first = joined.substring(starts[0], ends[0]);
      if (TitleRule.shape(first) == TitleRule.Shape.TITLE
          && TeaserListing.isTeaser(first, joined.substring(starts[1], ends[1]))) {
        return new boolean[] {true, false};
      }
    }
    if (teasers && pieces > 2 && mayOpenWithTitle) {
      boolean[] pairs = alternatingPairs(joined);
      if (pairs != null) {
        return pairs;
      }
    }
    int longestLater = 0;
    for (int i = 1; i < pieces; i++) {
      longestLater = Math.max(longestLater, ends[i] - starts[i]);
    }
    boolean[] titles = new boolean[pieces];
    boolean[] kickers = new boolean[pieces];
    boolean any = false;
    for (int i = 0; i < pieces - 1; i++) {
      if (titles[i]) {
        continue; // the title under a kicker
      }
      if (glued[i]) {
        titles[i] = true;
      } else if (i == 0
          ? mayOpenWithTitle
          : titles[0] && !titles[i - 1] && endsSentence(joined, i - 1)) {
        if (isKickerOverTitle(joined, i, longestLater)) {
          kickers[i] = true;
          titles[i + 1] = true;
        }
        titles[i] =
            kickers[i]
                || isTitleAbove(joined, i, longestLater)
                || (i == 0 && isTitleOverList(joined));
      }
      any |= titles[i];
    }
    if (!any) {
      return null;
    }
    // A title's text runs to the next title: it must still read as a paragraph, checked from the
    // last title back (a title dropped here lengthens the text of the one above it).
    int next = pieces;
    for (int i = pieces - 1; i >= 0; i--) {
      if (!titles[i]) {
        continue;
      }
      if (kickers[i]) {
        titles[i] = titles[i + 1]; // a kicker stands over its title, or is text with it
        next = titles[i] ? i : next;
        continue;
      }
      if (!glued[i]
          && (next == i + 1
              || TitleRule.shape(joined.substring(starts[i + 1], ends[next - 1]))
                  == TitleRule.Shape.TITLE)) {
        titles[i] = false;
      } else {
        next = i;
      }
    }
    if (!titles[0] || hasInnerHeadings(joined, titles, kickers)) {
      // A block that does not open with a title, or whose later titles read as an article's own
      // headings, is an article's text: a line in it that looks like a title is a subheading,
      // not the next item (a glued headline still is one).
      any = titles[0];
      for (int i = 1; i < pieces; i++) {
        titles[i] &= glued[i];
        any |= titles[i];
      }
    }
    return any ? titles : null;
  }

  /**
   * In a listing of titles over teasers ({@link TeaserListing}), a block of such pairs with no
   * blank line between them, after a header line if the pieces are odd in number ({@code Museums}):
   * each title and the header are titles; null if the block does not pair so throughout (every
   * title title-shaped over a text of more words, two pairs in three or more as clearly as the
   * listing's).
   */
  private boolean[] alternatingPairs(String joined) {
    int from = pieces % 2;
    boolean[] titles = new boolean[pieces];
    titles[0] = true;
    int pairs = 0;
    int clear = 0;
    for (int i = from; i + 1 < pieces; i += 2) {
      String title = joined.substring(starts[i], ends[i]);
      String teaser = joined.substring(starts[i + 1], ends[i + 1]);
      if (glued[i]
          || glued[i + 1]
          || TitleRule.shape(title) != TitleRule.Shape.TITLE
          || TitleRule.words(teaser) <= TitleRule.words(title)) {
        return null;
      }
      titles[i] = true;
      pairs++;
      clear += TeaserListing.isPair(title, teaser) ? 1 : 0;
    }
    return clear * 3 >= pairs * 2 ? titles : null;
  }

  /**
   * Whether the page's first line is its title over a bulleted list of the post's facts and then
   * its text, as a blog writes an author, a date and a reading time under the title ({@code - pere
   * antoine} / {@code - 30 nov.} / {@code - 2 min de lecture}): the page's item, not a paragraph
   * before any title.
   */
  private boolean isTitleOverList(String joined) {
    return pageStart
        && pieces > 2
        && !glued[1]
        && TitleRule.shape(joined.substring(starts[0], ends[0])) == TitleRule.Shape.TITLE
        && !isKickerShaped(joined, 0)
        && !ListMarker.opens(joined.substring(starts[0], ends[0])) // "- Home" over "- News"
        && ListMarker.opens(joined.substring(starts[1], ends[1]));
  }

  private boolean isTitleAbove(String joined, int piece, int longestLater) {
    return TitleRule.isTitleAbove(
        joined.substring(starts[piece], ends[piece]),
        joined.substring(starts[piece + 1]),
        firstWordLength(joined, piece + 1),
        longestLater);
  }

  /**
   * Whether a line is a section's kicker right over a headline of four words or more set above its
   * text ({@code STATE UNIVERSITIES} over {@code NMU receives $2.1M in research awards} over its
   * paragraph): a word or two in capitals, one capitalised word, or a news section's name.
   */
  private boolean isKickerOverTitle(String joined, int piece, int longestLater) {
    if (piece + 2 >= pieces || glued[piece + 1]) {
      return false;
    }
    String title = joined.substring(starts[piece + 1], ends[piece + 1]);
    return isKickerShaped(joined, piece)
        && TitleRule.words(title) >= MIN_TITLE_UNDER_KICKER // "Apologies" over "Councillor Jones"
        && isTitleAbove(joined, piece + 1, longestLater);
  }

  private boolean isKickerShaped(String joined, int piece) {
    String line = joined.substring(starts[piece], ends[piece]);
    return TitleRule.isKickerText(line) || Labels.isSectionName(line);
  }

  /**
   * Whether the later titles of a block that opens with a title are an article's headings rather
   * than a listing's next items: its text has a list (two lines opening with a bullet or a number;
   * one alone may be a teaser's), its later titles are all questions under a title that is none (a
   * page of questions and answers), or two or more of them are all of three words or fewer under a
   * title of five or more ({@code Background}, {@code Fares and tickets}).
   */
  private boolean hasInnerHeadings(String joined, boolean[] titles, boolean[] kickers) {
    int later = 0;
    int questions = 0;
    int short3 = 0;
    int listLines = 0;
    for (int i = 1; i < pieces; i++) {
      String piece = joined.substring(starts[i], ends[i]);
      if (!titles[i]) {
        if (ListMarker.opens(piece) && ++listLines == MIN_LIST_LINES) {
          return true;
        }
      } else if (!glued[i] && !kickers[i]) {
        later++;
        questions += piece.endsWith("?") ? 1 : 0;
        short3 += TitleRule.words(piece) <= MAX_HEADING_WORDS ? 1 : 0;
      }
    }
    if (later == 0) {
      return false;
    }
    String first = joined.substring(starts[0], ends[0]);
    return (later >= 2 && questions == later && !first.endsWith("?"))
        || (later >= 2 && short3 == later && TitleRule.words(first) >= MIN_TITLE_OVER_HEADINGS);
  }

  /**
   * The text of pieces {@code [from, to)} as paragraphs, parted where a line is a paragraph of its
   * own ({@link ParagraphBreak}).
   */
  private List<String> paragraphsOf(String joined, int from, int to) {
    List<String> paragraphs = new ArrayList<>(1);
    int start = from;
    for (int i = from; i + 1 < to; i++) {
      if (ParagraphBreak.between(
          joined.substring(starts[i], ends[i]), joined.substring(starts[i + 1], ends[i + 1]))) {
        paragraphs.add(joined.substring(starts[start], ends[i]));
        start = i + 1;
      }
    }
    paragraphs.add(joined.substring(starts[start], ends[to - 1]));
    return paragraphs;
  }

  /** Whether a piece ends a sentence, before a read-more link if one closes it. */
  private boolean endsSentence(String joined, int piece) {
    if (ends[piece] <= starts[piece]) {
      return false;
    }
    String text = joined.substring(starts[piece], ends[piece]);
    int readMore = Labels.readMoreTail(text);
    return readMore > 0 || TitleRule.endsSentence(text);
  }

  private int firstWordLength(String joined, int piece) {
    int space = joined.indexOf(' ', starts[piece]);
    return (space < 0 || space > ends[piece] ? ends[piece] : space) - starts[piece];
  }
}
