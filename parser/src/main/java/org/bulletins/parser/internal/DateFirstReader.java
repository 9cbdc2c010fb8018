package org.bulletins.parser.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/**
 * Reads pages whose items open with their date: a date line then the title ({@code
 * date-title-body}), a date-opened title line ({@code date-in-title}, {@code one-line}), and pages
 * without dates ({@code undated}).
 *
 * <p>Until the first date the text is an <em>undated section</em>: blocks of lines are told apart
 * by {@link TitleRule}. From the first date on, every date line starts an item: the next non-blank,
 * non-label line is its title and everything up to the next date line is its body, one paragraph
 * per run of non-blank lines.
 */
final class DateFirstReader extends LayoutReader {

  /** The most label lines held after a date line or a pending block. */
  private static final int MAX_HELD = 64;

  /** The most lines of a contact block, and the longest. */
  private static final int MAX_CONTACT_LINES = 8;

  private static final int MAX_CONTACT_LINE = 100;

  /** The longest line taken for a listing's header over a cut title, in chars. */
  private static final int MAX_HEADER = 80;

  private boolean dated;
  private PendingDate pendingDate;

  /**
   * A kicker-shaped first line under a date line ({@code Transport}), or a section's name beside
   * the date ({@code Research | April 2, 2024}), held until the next line says whether it is the
   * title or a section's name over the title.
   */
  private HeldKicker heldKicker;

  /**
   * A title-like line right under the held kicker: the title, with the kicker a label, if text
   * follows it before the next date; else the kicker is the title and this line its text ({@code
   * Obituary} over a one-sentence teaser).
   */
  private Line titleUnderKicker;

  private boolean blankUnderTitle;

  /**
   * A kicker-shaped line after a blank under the open item's text, held until the next line says
   * whether it is the next item's kicker or this item's text ({@link #settleKickerAfterText}).
   */
  private Line kickerAfterText;

  /** The open item's date, for a second post under the same day's header. */
  private Optional<LocalDate> currentDate = Optional.empty();

  /**
   * Text lines still read after a blog's footer closed the open item ({@code Posted by Ward Office
   * at 8:05 AM}; 0: none): a title among them, past a blank line, opens the day's next post, while
   * the footer's own lines ({@code No comments:}, a share row) stay the item's.
   */
  private int linesAfterFooter;

  /** Whether a time stamp headed the current item: a news wire's item. */
  private boolean currentHasTimeStamp;

  /** The most text lines after a blog's footer that may still open the day's next post. */
  private static final int MAX_LINES_AFTER_FOOTER = 4;

  private boolean blankSinceText;
  private ItemBuilder current;

  private BlockBuilder building;
  private Block pendingBlock;
  private final List<Line> labelsAfterPending = new ArrayList<>();

  /** Labels after the open item's text: the next item's if a date line follows, else its own. */
  private final List<Line> trailingLabels = new ArrayList<>();

  private int blanks;

  /** Lines still taken as the contact block under a {@code Media contact:} line (0: none open). */
  private int contactLinesLeft;

  private final boolean weakLabels;

  /** Reads the date that closes an undated item's title ({@link TitleClosingDate}). */
  private final DateLineParser dates;

  private final TeaserListing teasers;

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

  /** The open undated item's title while no text has joined it, else null. */
  private String bareTitle;

  /**
   * Creates a reader.
   *
   * @param context what every reader needs
   * @param weakLabels whether labels known only by their shape are labels (on undated pages); on
   *     dated pages they are text, so that the writer's canonical layout reads back exactly
   * @param dates the page's date recogniser
   * @param teasers the page's listing of titles over teasers without periods, if it is one ({@link
   *     TeaserListing}): such a teaser under a title with no text yet is its text, not a title
   */
  DateFirstReader(
      Context context, boolean weakLabels, DateLineParser dates, TeaserListing teasers) {
    super(context);
    this.weakLabels = weakLabels;
    this.dates = dates;
    this.teasers = teasers;
  }

  @Override
  void accept(Line input) {
    if (dated && input.weak() && DecoratedDate.isTimeStamp(input.text())) {
      acceptTimeStamp(input); // before a weak label turns into text: a time alone may be a stamp
      return;
    }
    Line line =
        input.weak() && input.kind() == LineKind.LABEL && !weakLabels ? input.asText() : input;
    if (titleUnderKicker != null) {
      if (line.kind() == LineKind.BLANK) {
        blankUnderTitle = true;
        return;
      }
      settleTitleUnderKicker(line.kind() == LineKind.TEXT || line.kind() == LineKind.DATELINE);
    }
    if (heldKicker != null && settleKicker(line)) {
      return;
    }
    if (kickerAfterText != null) {
      settleKickerAfterText(line);
    }
    if (contactLinesLeft > 0 && takeContactLine(line)) {
      return;
    }
    switch (line.kind()) {
      case BLANK -> {
        blankSinceText = true;
        if (!dated) {
          completeBlock();
          blanks++;
        }
      }
      case LABEL -> acceptLabel(line);
      case DATE -> acceptDate(line);
      case DATE_TITLE -> {
        if (pendingDate == null) {
          acceptDate(line);
          if (line.weak()
              || TitleRule.isKickerText(line.title())
              || Labels.isSectionName(line.title())) {
            heldKicker = new HeldKicker(line.asLabel(), line.title(), line.number());
          } else {
            acceptDatedText(line.title(), line.number());
          }
        } else {
          acceptDatedText(line.text(), line.number()); // the title of the date line above
        }
      }
      default -> acceptText(line);
    }
  }

  private void acceptText(Line line) {
    if (!dated) {
      acceptUndatedText(line);
    } else if (line.kind() == LineKind.TEXT && isKickerShape(line) && pendingDate != null) {
      heldKicker = new HeldKicker(line.asLabel(), line.text(), line.number());
    } else if (line.kind() == LineKind.TEXT
        && current != null
        && pendingDate == null
        && blankSinceText
        && trailingLabels.isEmpty()
        && isKickerShape(line)) {
      kickerAfterText = line;
    } else {
      acceptDatedText(line.text(), line.number());
    }
  }

  /**
   * A time alone on a dated page (a weak label). Right under a date line it is a label of the item
   * it heads; after the text of an item that a time stamp headed too, and a blank line, it opens
   * the next item of the same day, as a news wire lists a day's items under one date line ({@code
   * Mardi 9 décembre 2025} / {@code 18h47} / title / text / {@code 17h30} / title ...). Anywhere
   * else it is the item's text, as before (a programme's {@code 10:00} / {@code Welcome speech}).
   */
  private void acceptTimeStamp(Line input) {
    Line label = input.asLabel();
    if (pendingDate != null && titleUnderKicker == null && heldKicker == null) {
      pendingDate.labels().add(label);
    } else if (current != null && blankSinceText && currentHasTimeStamp && pendingDate == null) {
      flushTrailingLabels();
      finishItem();
      pendingDate =
          new PendingDate(currentDate, input.number(), input.column(), new ArrayList<>(), true);
      pendingDate.labels().add(label);
    } else {
      accept(input.asText()); // not weak: read as the text it is
    }
  }

  /**
   * Drops a pending date that only a time stamp opened, when no title follows it: its labels go to
   * the next item, with no warning (the page dated no such line).
   *
   * @return true if the pending date was a time stamp's
   */
  private boolean dropTimeStampDate() {
    if (!pendingDate.fromTimeStamp()) {
      return false;
    }
    pendingDate.labels().forEach(this::holdLabel);
    pendingDate = null;
    return true;
  }

  private void acceptLabel(Line line) {
    if (dated) {
      if (pendingDate != null) {
        pendingDate.labels().add(line);
        if (pendingDate.labels().size() >= MAX_HELD) {
          orphanDate("too many label lines");
        }
      } else if (current != null
          && (Labels.isCaption(line.text())
              || (trailingLabels.isEmpty()
                  && (Labels.closesItem(line.text()) || MetaLine.isFooter(line.text()))))) {
        // A caption belongs to the text around it; an end marker, a contact line or a blog's
        // footer right after the item's text (or after another of them) ends that item, while
        // after a label that opens the next item ("FOR IMMEDIATE RELEASE") it is the next's.
        flushTrailingLabels();
        current.addLabel(line);
        if (MetaLine.isFooter(line.text())) {
          linesAfterFooter = MAX_LINES_AFTER_FOOTER;
        }
        // A contact block or a list of related links runs to the next blank line: labels too.
        contactLinesLeft =
            Labels.opensContactBlock(line.text()) || Labels.opensLinkList(line.text())
                ? MAX_CONTACT_LINES
                : 0;
      } else if (current != null) {
        trailingLabels.add(line);
        if (trailingLabels.size() >= MAX_HELD) {
          flushTrailingLabels();
        }
      } else {
        holdLabel(line);
      }
      return;
    }
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
      holdLabel(line);
    }
  }

  /**
   * A line of the contact block a {@code Media contact:} line opens (a name, a role, a number, an
   * address, up to the first blank line): a label of the item it closes, not its text and not the
   * next item's label.
   */
  private boolean takeContactLine(Line line) {
    boolean taken =
        (line.kind() == LineKind.TEXT || line.kind() == LineKind.LABEL)
            && line.text().length() <= MAX_CONTACT_LINE
            && pendingDate == null
            && current != null;
    contactLinesLeft = taken ? contactLinesLeft - 1 : 0;
    if (taken) {
      current.addLabel(line);
    }
    return taken;
  }

  private void flushTrailingLabels() {
    trailingLabels.forEach(current::addLabel);
    trailingLabels.clear();
  }

  private void acceptDate(Line line) {
    if (dated) {
      if (trailingLabels.isEmpty()) {
        finishItem(); // the common case: no copy of an empty list per item
      } else {
        List<Line> nextItems = List.copyOf(trailingLabels);
        trailingLabels.clear();
        finishItem();
        nextItems.forEach(this::holdLabel);
      }
    } else {
      holdPageHeader();
      endUndatedSection();
      dated = true;
    }
    if (pendingDate != null && !dropTimeStampDate()) {
      orphanDate("another date line");
    }
    reportDate(line);
    pendingDate =
        new PendingDate(line.date().date(), line.number(), line.column(), new ArrayList<>(), false);
    if (line.label()) {
      pendingDate
          .labels()
          .add(line.kind() == LineKind.DATE_TITLE ? line.asLabelBeforeTitle() : line);
    }
  }

  /**
   * Whether a first line under a date may be a section's name over the title rather than the title:
   * a word or two in capitals, one capitalised word, or a news section's name.
   */
  private static boolean isKickerShape(Line line) {
    return TitleRule.isKickerText(line.text()) || Labels.isSectionName(line.text());
  }

  /**
   * Settles a kicker-shaped line after a blank under an item's text by the line after it: over a
   * date line it is the next item's kicker, a label ({@code Culture} over {@code Library opens an
   * hour earlier | 10 Mar, 2024}); otherwise the item's text (a heading of the article).
   */
  private void settleKickerAfterText(Line next) {
    Line kicker = kickerAfterText;
    kickerAfterText = null;
    if (next.kind() == LineKind.DATE || next.kind() == LineKind.DATE_TITLE) {
      trailingLabels.add(kicker.asLabel());
    } else {
      blankSinceText = true;
      acceptDatedText(kicker.text(), kicker.number());
      blankSinceText = next.kind() == LineKind.BLANK;
    }
  }

  /**
   * Settles the held kicker by the line after it: a title-like line right under it, with no blank
   * line between ({@code 12 March 2024} / {@code Transport} / {@code Council approves bus lanes}),
   * is held in turn until the text under it shows it is the title ({@link #titleUnderKicker});
   * anything else makes the kicker the item's title.
   *
   * @return true if the line was held
   */
  private boolean settleKicker(Line next) {
    if (next.kind() == LineKind.TEXT
        && !isKickerShape(next)
        && TitleRule.shape(next.text()) == TitleRule.Shape.TITLE) {
      titleUnderKicker = next; // the kicker stays held with it
      blankUnderTitle = false;
      return true;
    }
    acceptDatedText(heldKicker.title(), heldKicker.number());
    heldKicker = null;
    return false;
  }

  /**
   * Settles the line held under a kicker: with text under it, it is the title and the kicker a
   * label; with none (a date, a label or the end next), the kicker is the title and the line its
   * first paragraph.
   */
  private void settleTitleUnderKicker(boolean textFollows) {
    Line title = titleUnderKicker;
    HeldKicker kicker = heldKicker;
    titleUnderKicker = null;
    heldKicker = null;
    if (textFollows) {
      pendingDate.labels().add(kicker.label());
      acceptDatedText(title.text(), title.number());
    } else {
      acceptDatedText(kicker.title(), kicker.number());
      acceptDatedText(title.text(), title.number());
    }
    blankSinceText = blankUnderTitle;
  }

  private void acceptDatedText(String text, int number) {
    if (pendingDate != null) {
      current = open(pendingDate.date(), pendingDate.line(), number, text, number);
      currentDate = pendingDate.date();
      pendingDate.labels().forEach(current::addLabel);
      currentHasTimeStamp = pendingDate.hasTimeStamp();
      pendingDate = null;
      linesAfterFooter = 0; // a dated post: the footer above was the last post's
    } else if (linesAfterFooter > 0
        && blankSinceText
        && TitleRule.shape(text) == TitleRule.Shape.TITLE) {
      // A blog's day header over two posts: the second post's title after the first's footer.
      flushTrailingLabels();
      finish(current);
      current = open(currentDate, number, number, text, number);
      linesAfterFooter = 0;
    } else {
      flushTrailingLabels();
      current.addLine(text, number, blankSinceText);
      linesAfterFooter = Math.max(0, linesAfterFooter - 1);
    }
    blankSinceText = false;
  }

  private void acceptUndatedText(Line line) {
    if (building == null) {
      building =
          new BlockBuilder(
              line.number(),
              line.column(),
              blanks,
              maxItemLength(),
              sink(),
              mayBeGlued(),
              teasers.found());
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

  private void endUndatedSection() {
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
        || holdsLabels()
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
      holdLabel(labelOf(block));
      return;
    }
    openItem(block);
  }

  /** Opens an undated item titled by a block, finishing the open one. */
  private void openItem(Block block) {
    finishItem();
    current =
        open(
            TitleClosingDate.of(block.text(), dates),
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
                  : TitleRule.isTitle(block, next)
                      && !(teasers.found()
                          && bareTitle != null
                          && !holdsLabels() // a kicker held over it: it is a title
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
    if (linkListLine >= 0 && block.firstLine() > linkListLine) {
      if (current != null
          && !holdsLabels()
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
      orphanText(block.firstLine(), block.lastLine(), block.column(), "paragraph");
    }
    for (Line label : labelsAfterPending) {
      if (current != null && !holdsLabels()) {
        current.addLabel(label);
      } else {
        holdLabel(label); // after labels held for the next item: the next item's too
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
    holdLabel(labelOf(block));
    labelsAfterPending.forEach(this::holdLabel);
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
    finish(current);
    current = null;
    bareTitle = null;
  }

  private void orphanDate(String followedBy) {
    sink()
        .report(
            Severity.WARNING,
            DiagnosticCode.DATE_ORPHAN,
            pendingDate.line(),
            pendingDate.column(),
            "the date line is followed by " + followedBy + ", not by a title; it starts no item");
    pendingDate.labels().forEach(this::holdLabel);
    pendingDate = null;
  }

  @Override
  void end() {
    if (kickerAfterText != null) {
      Line kicker = kickerAfterText;
      kickerAfterText = null;
      blankSinceText = true;
      acceptDatedText(kicker.text(), kicker.number());
    }
    if (titleUnderKicker != null) {
      settleTitleUnderKicker(false);
    }
    if (heldKicker != null) {
      acceptDatedText(heldKicker.title(), heldKicker.number());
      heldKicker = null;
    }
    if (dated) {
      if (pendingDate != null && !dropTimeStampDate()) {
        orphanDate("the end of the text");
      }
      if (current != null) {
        flushTrailingLabels();
      }
      finishItem();
    } else {
      endUndatedSection();
    }
    releaseLabels();
  }

  /**
   * A held kicker: the label it becomes over a title, and the title it is otherwise.
   *
   * @param label the line as a label (with its date, when the date stands beside it)
   * @param title the kicker's text as a title
   * @param number its line's number
   */
  private record HeldKicker(Line label, String title, int number) {}

  /**
   * A date line waiting for its title.
   *
   * @param fromTimeStamp true when a time stamp after an item's text opened it, with the day of the
   *     item before: dropped with no warning if no title follows
   */
  private record PendingDate(
      Optional<LocalDate> date, int line, int column, List<Line> labels, boolean fromTimeStamp) {

    /** Whether a time stamp stands among the labels: the item it heads is a news wire's. */
    boolean hasTimeStamp() {
      for (Line label : labels) {
        if (DecoratedDate.isTimeStamp(label.text())) {
          return true;
        }
      }
      return false;
    }
  }
}
