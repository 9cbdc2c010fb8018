package org.bulletins.parser.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the undated section of a page read by {@link DateFirstReader}: every line before the first
 * date line, or the whole of a page without dates. Lines gather into blocks ({@link BlockBuilder}),
 * and each block, once the next one shows what follows it, is told apart by {@link TitleRule} as an
 * item's title, its text, or a label: a page's header, a kicker over a title, a tag under one, the
 * headlines of a list of other stories.
 */
final class UndatedSection {

  /** The most label lines held after a pending block. */
  private static final int MAX_HELD = 64;

  /** The longest line taken for a listing's header over a cut title, in chars. */
  private static final int MAX_HEADER = 80;

  private final LayoutReader reader;

  /** Reads the date that closes an undated item's title ({@link TitleClosingDate}). */
  private final DateLineParser dates;

  private TeaserListing teasers;

  private ItemBuilder current;
  private BlockBuilder building;
  private Block pendingBlock;
  private final List<Line> labelsAfterPending = new ArrayList<>();
  private int blanks;

  /**
   * An undated page's first block, title-shaped over another title, held until the page shows
   * whether it is the page's header or an item ({@link #settleHeader}); else null.
   */
  private Block headerCandidate;

  /**
   * The line of a heading over other stories' headlines under an undated item ({@code Lo más
   * leído}, {@code Related posts}, {@link Labels#opensLinkList}): the title-shaped blocks after it
   * are the item's labels, up to the first block of text; -1 if none is open.
   */
  private int linkListLine = -1;

  /**
   * The date of a listing's header over the section ({@link DecoratedDate#isListingHeader}): every
   * item's date here, unless its title closes with one of its own.
   */
  private Optional<LocalDate> listingDate = Optional.empty();

  /** The open undated item's title while no text has joined it, else null. */
  private String bareTitle;

  /**
   * Creates the section of a page.
   *
   * @param reader the page's reader, which opens and finishes items and holds labels
   * @param dates the page's date recogniser
   * @param teasers the page's listing of titles over teasers without periods, if it is one ({@link
   *     TeaserListing})
   */
  UndatedSection(LayoutReader reader, DateLineParser dates, TeaserListing teasers) {
    this.reader = reader;
    this.dates = dates;
    this.teasers = teasers;
  }

  /**
   * Starts the section again under a listing's header, after the section or a dated item above it
   * ended.
   *
   * @param date the header's date, every item's in the section
   * @param listing the page's listing of titles over teasers without periods, if it is one
   */
  void restart(Optional<LocalDate> date, TeaserListing listing) {
    listingDate = date;
    teasers = listing;
    blanks = 0;
  }

  /** Reads a blank line: it ends the block being built. */
  void acceptBlank() {
    completeBlock();
    blanks++;
  }

  /** Reads a label line. */
  void acceptLabel(Line line) {
    completeBlock();
    if (Labels.opensLinkList(line.text()) && (current != null || pendingBlock != null)) {
      linkListLine = line.number(); // "Lo más leído" under an article: other stories' headlines
    }
    if (pendingBlock != null) {
      labelsAfterPending.add(line);
      if (labelsAfterPending.size() >= MAX_HELD) {
        decide(pendingBlock, null);
        pendingBlock = null;
      }
    } else if (current != null) {
      current.addLabel(line);
    } else {
      reader.holdLabel(line);
    }
  }

  /** Reads a line of text. */
  void acceptText(Line line) {
    if (building == null) {
      building =
          new BlockBuilder(
              line.number(),
              line.column(),
              blanks,
              reader.maxItemLength(),
              reader.sink(),
              mayBeGlued(),
              teasers.found(),
              current == null && pendingBlock == null && headerCandidate == null);
      blanks = 0;
    }
    building.add(line.text(), line.number(), line.column());
  }

  private void completeBlock() {
    if (building == null) {
      return;
    }
    List<Block> blocks = building.build(!isUnderTitle());
    building = null;
    for (Block block : blocks) {
      if (pendingBlock != null) {
        decide(pendingBlock, block);
      }
      pendingBlock = block;
    }
  }

  /**
   * Whether the block may open with a headline in sentence case glued to its teaser: at the page's
   * start, or after another block cut so; not under a title nor after a paragraph, where such a
   * line is an article's heading glued to its text, a caption or a stamp.
   */
  private boolean mayBeGlued() {
    return pendingBlock == null || pendingBlock.cut() == Block.Cut.BODY;
  }

  /**
   * A block under a title-like line (not a kicker) is that title's body, whatever its first line.
   */
  private boolean isUnderTitle() {
    return pendingBlock != null
        && pendingBlock.cut() != Block.Cut.BODY // the text under a title cut above it
        && pendingBlock.firstLine() == pendingBlock.lastLine()
        && TitleRule.shape(pendingBlock.text()) == TitleRule.Shape.TITLE
        && !TitleRule.isKickerText(pendingBlock.text());
  }

  /**
   * A page's first block, when it is one title-like line or a few short lines with no sentence and
   * the first date line follows it ({@code Latest updates}): the page's header, held as a label for
   * the first dated item, not an undated item of its own with no body. A first block with a body
   * stays an undated item.
   */
  private void holdPageHeader() {
    completeBlock();
    Block block = pendingBlock;
    if (current != null || headerCandidate != null || block == null || !isPageHeader(block)) {
      return; // an item, or a block held as the page's header, is above it
    }
    holdAsLabel(block);
    pendingBlock = null;
  }

  /** The most lines of a page's header block: a site's name, a section's, a language switch. */
  static final int MAX_HEADER_LINES = 4;

  /** The longest (average) line of a page's header block of several lines. */
  static final int MAX_HEADER_LINE = 60;

  /**
   * One line that is no paragraph, or a few short lines that read as one title (no sentence in
   * them: {@code Port Authority | News Releases} / {@code Français | English}).
   */
  private static boolean isPageHeader(Block block) {
    int lines = block.lastLine() - block.firstLine() + 1;
    if (lines == 1) {
      return TitleRule.shape(block.text()) != TitleRule.Shape.PARAGRAPH;
    }
    return lines <= MAX_HEADER_LINES
        && block.text().length() <= MAX_HEADER_LINE * lines
        && TitleRule.shape(block.text()) == TitleRule.Shape.TITLE;
  }

  /**
   * Ends the section at the page's first date line: a header block over it becomes a label of the
   * first dated item ({@link #holdPageHeader}), and so does a short title held as the page's
   * possible header ({@link #mayBeHeader}) over it ({@code Museum Highlights} over {@code News and
   * reviews from the capital}).
   */
  void endBeforeDate() {
    completeBlock();
    if (headerCandidate != null
        && current == null
        && pendingBlock != null
        && labelsAfterPending.isEmpty()
        && pendingBlock.cut() == Block.Cut.NONE
        && isPageHeader(pendingBlock)) {
      // A blog's name over its tagline, then the first post's date: both head the page.
      settleHeader(true);
      holdAsLabel(pendingBlock);
      pendingBlock = null;
    } else {
      holdPageHeader();
    }
    end();
  }

  /** Ends the section at the page's end. */
  void end() {
    completeBlock();
    if (pendingBlock != null) {
      decide(pendingBlock, null);
      pendingBlock = null;
    }
    if (headerCandidate != null) {
      settleHeader(false);
    }
    finishItem();
  }

  /**
   * A short line between an undated title and its text, the title having none yet: a section's
   * kicker, a source's name or a picture's caption set under the headline ({@code INCIDENCIAS
   * CERCANÍAS}, {@code Portugal.GOV}, {@code Restaurante Universitário}), of at most {@value
   * #MAX_TAG_WORDS} words and {@value #MAX_TAG} chars each opening with a capital, under a title of
   * twice as many words or more, over a block that is surely a paragraph. A label of the item, not
   * a title with no text above it.
   */
  private boolean isTagUnderTitle(Block block, Block next) {
    if (bareTitle == null
        || reader.holdsLabels()
        || block.cut() != Block.Cut.NONE
        || block.firstLine() != block.lastLine()
        || next == null
        || next.cut() == Block.Cut.HEADING
        || TitleRule.shape(next.text()) != TitleRule.Shape.PARAGRAPH) {
      return false;
    }
    int words = TitleRule.words(block.text());
    return words <= MAX_TAG_WORDS
        && block.text().length() <= MAX_TAG
        && TitleRule.words(bareTitle) >= 2 * words
        && isEveryWordCapitalised(block.text()); // not a short headline: "Pool closes"
  }

  /** Whether each word of a text opens with a capital (or the text is in capitals). */
  private static boolean isEveryWordCapitalised(String text) {
    boolean wordStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (wordStart && Character.isLowerCase(c)) {
        return false;
      }
      wordStart = c == ' ';
    }
    return true;
  }

  /** The most words of a tag under a title ({@link #isTagUnderTitle}). */
  private static final int MAX_TAG_WORDS = 3;

  /** The longest tag under a title, in chars. */
  private static final int MAX_TAG = 30;

  /**
   * Whether an undated page's first block may be its header rather than an item: one title-shaped
   * line of a few words right over a longer one ({@code Archivo Notas de prensa} over the first
   * headline), so that it would have no text; decided by the next title ({@link #settleHeader}).
   */
  private static boolean mayBeHeader(Block block, Block next) {
    return block.cut() == Block.Cut.NONE
        && block.firstLine() == block.lastLine()
        && TitleRule.words(block.text()) <= MAX_HEADER_WORDS
        && TitleRule.shape(block.text()) == TitleRule.Shape.TITLE
        && next != null
        && next.cut() != Block.Cut.BODY
        && isTitleShaped(next)
        && TitleRule.words(next.text()) > TitleRule.words(block.text()) // not a tag under it
        && next.text().chars().anyMatch(Character::isLetter); // a headline, not "12-06-21"
  }

  private static boolean isTitleShaped(Block block) {
    return TitleRule.shape(block.text()) == TitleRule.Shape.TITLE;
  }

  /**
   * The most words of a page's header over its first headline ({@code Archivo Notas de prensa}).
   */
  private static final int MAX_HEADER_WORDS = 4;

  /**
   * Settles the page's first block held as a possible header: a label of the next item if the page
   * goes on with titles over text, else an item of its own, as in a list of headlines alone.
   */
  private void settleHeader(boolean header) {
    Block block = headerCandidate;
    headerCandidate = null;
    if (header) {
      reader.holdLabel(labelOf(block));
      return;
    }
    openItem(block);
  }

  /**
   * Whether a block under a title with no text yet is its deck, as an article sets one between its
   * headline and its byline: {@value #MIN_DECK_OVER_BYLINE_WORDS} words or more and as many as the
   * title, the byline right after it ({@link MetaLine#is}), a paragraph under them. The item's
   * first paragraph, not a title of its own.
   */
  private boolean isDeckOverByline(Block block, Block next) {
    return bareTitle != null
        && !labelsAfterPending.isEmpty()
        && MetaLine.is(labelsAfterPending.get(0).text())
        && next != null
        && next.cut() != Block.Cut.HEADING
        && !isTitleShaped(next)
        && TitleRule.words(block.text()) >= MIN_DECK_OVER_BYLINE_WORDS
        && TitleRule.words(block.text()) >= TitleRule.words(bareTitle);
  }

  /** The fewest words of a deck over a byline ({@link #isDeckOverByline}). */
  private static final int MIN_DECK_OVER_BYLINE_WORDS = 5;

  /** The fewest words of a sentence that is a cut teaser at a page's top ({@link #isCutTeaser}). */
  private static final int MIN_CUT_TEASER_WORDS = 20;

  /**
   * Whether a block with no item above it is the end of a teaser that the page's top cut off, a
   * long sentence over a title cut off the text under it: text of an item on the page before, not a
   * title with no text.
   */
  private static boolean isCutTeaser(Block block, Block next) {
    return next != null
        && next.cut() == Block.Cut.HEADING
        && TitleRule.words(block.text()) >= MIN_CUT_TEASER_WORDS
        && TitleRule.endsSentence(block.text());
  }

  /** Opens an undated item titled by a block, finishing the open one. */
  private void openItem(Block block) {
    finishItem();
    current =
        reader.open(
            TitleClosingDate.of(block.text(), dates).or(() -> listingDate),
            block.firstLine(),
            block.firstLine(),
            block.text(),
            block.lastLine());
    bareTitle = block.text();
  }

  private void decide(Block block, Block next) {
    boolean title =
        switch (block.cut()) {
          case HEADING -> true;
          case BODY -> false;
          case NONE ->
              current == null
                  ? TitleRule.shape(block.text()) != TitleRule.Shape.PARAGRAPH
                      && !isCutTeaser(block, next)
                  : TitleRule.isTitle(block, next)
                      && !isDeckOverByline(block, next)
                      && !(teasers.found()
                          && bareTitle != null
                          && !reader.holdsLabels() // a kicker held over it: it is a title
                          && block.firstLine() == block.lastLine() // a block of two: a pair
                          && TeaserListing.isTeaser(bareTitle, block.text()));
        };
    if (title
        && (isKicker(block, next)
            || isHeaderOverHeading(block, next)
            || block.firstLine() == teasers.headerLine())) {
      holdAsLabel(block);
      return;
    }
    if (title
        && current == null
        && headerCandidate == null
        && !teasers.found() // such a listing's header is found with it
        && labelsAfterPending.isEmpty()
        && mayBeHeader(block, next)) {
      headerCandidate = block;
      return;
    }
    if (!title && isLowerCaseTag(block, next)) {
      holdAsLabel(block); // "trabalho" over the next title: its section's tag
      return;
    }
    if (linkListLine >= 0 && block.firstLine() > linkListLine) {
      if (current != null
          && !reader.holdsLabels()
          && block.cut() == Block.Cut.NONE
          && block.firstLine() == block.lastLine()
          && isTitleShaped(block)
          && (next == null || isTitleShaped(next))) { // a headline over its teaser is a story's
        addLabels(block); // a headline of the list
        return;
      }
      linkListLine = -1; // text again: the list is over
    }
    if (title && isTagUnderTitle(block, next)) {
      addLabels(block); // "INCIDENCIAS CERCANÍAS" between a title and its text
      return;
    }
    if (headerCandidate != null) {
      // The first title with no text under it heads the page when the next title has text.
      settleHeader(
          title && next != null && next.cut() != Block.Cut.HEADING && !isTitleShaped(next));
    }
    if (title) {
      openItem(block);
    } else if (current != null) {
      current.addParagraph(block);
      bareTitle = null;
    } else {
      reader.orphanText(block.firstLine(), block.lastLine(), block.column(), "paragraph");
    }
    for (Line label : labelsAfterPending) {
      if (current != null && !reader.holdsLabels()) {
        current.addLabel(label);
      } else {
        reader.holdLabel(label); // after labels held for the next item: the next item's too
      }
    }
    labelsAfterPending.clear();
  }

  /**
   * A kicker: a word or two in capitals, or one capitalised word, over the next title ({@code
   * RUIDOS}, {@code PORT NEWS}, {@code Nacional}), or a news section's name ({@code Noticias
   * Municipales}, {@link Labels#isSectionName}), which would otherwise be an item with no body. A
   * label of the item below.
   */
  private static boolean isKicker(Block block, Block next) {
    return next != null
        && block.firstLine() == block.lastLine()
        && TitleRule.shape(next.text()) == TitleRule.Shape.TITLE // it surely opens the next item
        && (TitleRule.isKickerText(block.text()) || Labels.isSectionName(block.text()));
  }

  /** The longest tag in lower case ({@link #isLowerCaseTag}), in chars. */
  private static final int MAX_LOWER_CASE_TAG = 20;

  /**
   * A section's tag in lower case standing alone over a title ({@code trabalho}, {@code
   * sociedade}): one word of letters and hyphens, which no paragraph is. A label of the item below.
   */
  private static boolean isLowerCaseTag(Block block, Block next) {
    String text = block.text();
    if (next == null
        || block.firstLine() != block.lastLine()
        || text.length() > MAX_LOWER_CASE_TAG
        || (next.cut() != Block.Cut.HEADING && !isTitleShaped(next))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLowerCase(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * A short line standing alone over a title that a block was cut at ({@code Resultados de la
   * búsqueda: X} over {@code MADRID. LA ALCALDESA ...La alcaldesa ...}): the listing's header, a
   * label of the item below, not an item with no body.
   */
  private static boolean isHeaderOverHeading(Block block, Block next) {
    return next != null
        && next.cut() == Block.Cut.HEADING
        && block.cut() == Block.Cut.NONE
        && block.firstLine() == block.lastLine()
        && block.text().length() <= MAX_HEADER;
  }

  /** Holds a one-line block as a label of the next item, with the labels held after it. */
  private void holdAsLabel(Block block) {
    reader.holdLabel(labelOf(block));
    labelsAfterPending.forEach(reader::holdLabel);
    labelsAfterPending.clear();
  }

  /** Adds a one-line block to the open item as a label, with the labels held after it. */
  private void addLabels(Block block) {
    current.addLabel(labelOf(block));
    labelsAfterPending.forEach(current::addLabel);
    labelsAfterPending.clear();
  }

  private static Line labelOf(Block block) {
    return new Line(
        block.firstLine(), block.column(), block.text(), LineKind.LABEL, null, null, false, false);
  }

  private void finishItem() {
    reader.finish(current);
    current = null;
    bareTitle = null;
  }
}
