package org.bulletins.parser.internal;

import java.util.ArrayList;
import java.util.List;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/**
 * Reads pages whose titles come before their dates: the title, then a date line (perhaps under a
 * label or a line of countries) and the body ({@code title-date-body}), or the title and a body
 * whose first paragraph opens with a dateline ({@code dateline}).
 *
 * <p>The last text line before a date is the item's title, so each text line is held until the next
 * content line shows what it is: before a date it is a title, otherwise body text of the open item.
 * Before the first item, a short title-like line ({@code Latest news}) is the page's header, a
 * label of the first item; other text there belongs to no item.
 */
final class TitleFirstReader extends LayoutReader {

  /** The most label lines held between a candidate title and its date. */
  private static final int MAX_HELD = 64;

  /** The longest line before the first item that is taken for the page's header, in chars. */
  private static final int MAX_HEADER = 80;

  /** The most words of a kicker over a title ({@code Transporte}, {@code Incendios forestales}). */
  private static final int MAX_KICKER_WORDS = 3;

  /** The longest kicker over a title, in chars. */
  private static final int MAX_KICKER = 30;

  /** The most link titles taken under a {@code Related posts} heading, and the longest. */
  private static final int MAX_LINK_LINES = 8;

  private static final int MAX_LINK_LINE = 100;

  private ItemBuilder current;
  private Line held;

  /** Whether the held line is a link's title under a {@code Related posts} heading. */
  private boolean heldIsLink;

  /** Link titles still taken under a {@code Related posts} heading (0: no list open). */
  private int linkLinesLeft;

  /**
   * A title-like line after a blank, right over the held line: the held title's kicker, or the
   * title over its deck; decided when the held line's date comes ({@link #startItem}).
   */
  private Line above;

  /**
   * Whether the item before had a kicker, or the first item a line right over its title: a kicker
   * is taken only where the page sets one over each item, not a closing line ({@code Más
   * información}, {@code Thank you}) over the next title.
   */
  private boolean kickers;

  /**
   * Whether {@link #above} is the page's first headline over its deck set apart by a blank line
   * ({@link TitleRule#isDeckUnder}): the title of the first item when a date comes under the deck.
   */
  private boolean aboveIsHeadline;

  private boolean heldAfterBlank;
  private final List<Line> labelsAfterHeld = new ArrayList<>();
  private boolean blankSinceText = true; // the page's start is as a blank line

  /**
   * Whether the page's window holds one dated item ({@link LayoutInference#hasOneDatedItem}): an
   * article, whose first headline may have a deck set apart under it.
   */
  private final boolean article;

  TitleFirstReader(Context context, boolean article) {
    super(context);
    this.article = article;
  }

  @Override
  void accept(Line line) {
    switch (line.kind()) {
      case BLANK -> {
        blankSinceText = true;
        endLinkList();
      }
      case LABEL -> {
        // A list of related links runs to the next blank line: its titles are labels too.
        linkLinesLeft = current != null && Labels.opensLinkList(line.text()) ? MAX_LINK_LINES : 0;
        if (held != null) {
          labelsAfterHeld.add(line);
          if (labelsAfterHeld.size() >= MAX_HELD) {
            release();
          }
        } else {
          label(line);
        }
      }
      case DATE, DATELINE -> {
        if (held != null) {
          startItem(line);
        } else if (line.kind() == LineKind.DATE) {
          dateWithoutTitle(line);
        } else {
          text(line);
        }
      }
      default -> text(line);
    }
  }

  private void label(Line line) {
    if (current != null) {
      current.addLabel(line);
    } else {
      holdLabel(line);
    }
  }

  private void text(Line line) {
    if (linkLinesLeft > 0 && isLinkTitle(line.text())) {
      linkLinesLeft--;
      release(); // the link above, or the item's last line before the heading
      held = line; // the next item's title if a date comes right under it
      heldIsLink = true;
      heldAfterBlank = blankSinceText;
      blankSinceText = false;
      return;
    }
    linkLinesLeft = 0;
    if (isTagUnderFirstHeadline(line)) {
      labelsAfterHeld.add(line.asLabel()); // "Religião" between the headline and its date
      blankSinceText = false;
      return;
    }
    if (held != null
        && heldAfterBlank
        && !blankSinceText
        && labelsAfterHeld.isEmpty()
        && TitleRule.shape(held.text()) == TitleRule.Shape.TITLE) {
      releaseAbove();
      above = held; // "Educación" over "Los colegios adelantan ...": decided by its date
      held = null;
    } else if (isDeckUnderFirstHeadline(line)) {
      above = held;
      aboveIsHeadline = true;
      held = null;
    } else {
      release();
    }
    held = line;
    heldAfterBlank = blankSinceText;
    blankSinceText = false;
  }

  /**
   * A short line after the page's first headline, before any date: a section's kicker, a byline's
   * name or a field's name ({@code Religião}, {@code Par}, {@code Publié le}) set between the
   * headline and its date, of at most {@value #MAX_TAG_WORDS} words and {@value #MAX_TAG} chars and
   * no sentence, under a headline of {@value #MIN_HEADLINE_WORDS} words or more. A label of the
   * headline's item, not its title.
   */
  private boolean isTagUnderFirstHeadline(Line line) {
    if (current != null || held == null || heldIsLink || (above != null && !aboveIsHeadline)) {
      return false;
    }
    Line headline = aboveIsHeadline ? above : held;
    return labelsAfterHeld.size() < MAX_HELD - 1
        && TitleRule.words(headline.text()) >= MIN_HEADLINE_WORDS
        && TitleRule.shape(headline.text()) == TitleRule.Shape.TITLE
        && (TitleRule.words(line.text()) == 1 || TitleRule.isCapitals(line.text()))
        && Character.isUpperCase(line.text().charAt(0))
        && line.text().length() <= MAX_TAG
        && !TitleRule.endsSentence(line.text());
  }

  /**
   * Whether a line after a blank is the deck under the page's first headline, held with a blank
   * line above it ({@link TitleRule#isDeckUnder}), on an article's page: its headline, its deck,
   * then its date.
   */
  private boolean isDeckUnderFirstHeadline(Line line) {
    return article
        && current == null
        && held != null
        && !heldIsLink
        && above == null
        && heldAfterBlank
        && blankSinceText
        && labelsAfterHeld.isEmpty()
        && TitleRule.isDeckUnder(held.text(), line.text());
  }

  /** The longest tag under the first headline, in chars. */
  private static final int MAX_TAG = 30;

  /** The fewest words of a first headline with tags under it. */
  private static final int MIN_HEADLINE_WORDS = 5;

  /**
   * The held line was not a title: it is body text of the open item, and so is the line above; a
   * link's title is a label of the open item.
   */
  private void release() {
    releaseAbove();
    if (held == null) {
      return;
    }
    if (heldIsLink) {
      label(held.asLabel());
    } else {
      releaseLine(held, heldAfterBlank);
    }
    held = null;
    heldIsLink = false;
    labelsAfterHeld.forEach(this::label);
    labelsAfterHeld.clear();
  }

  /**
   * A link's title under a related-links heading: short, and no sentence (an article that goes on
   * under a {@code Related} line of its own goes on in sentences).
   */
  private static boolean isLinkTitle(String text) {
    char last = text.charAt(text.length() - 1);
    return text.length() <= MAX_LINK_LINE && last != '.' && last != '!' && last != ',';
  }

  /** A blank line closes a list of related links: its last title is a label of the open item. */
  private void endLinkList() {
    linkLinesLeft = 0;
    if (heldIsLink) {
      release();
    }
  }

  /** The line above the held one is neither a kicker nor a title over a deck. */
  private void releaseAbove() {
    if (above != null) {
      releaseLine(above, true);
      above = null;
    }
    aboveIsHeadline = false;
  }

  /** A line that is no title: the open item's text, the page's header, or text of no item. */
  private void releaseLine(Line line, boolean afterBlank) {
    if (current != null) {
      current.addLine(line.text(), line.number(), afterBlank);
    } else if (isPageHeader(line.text())) {
      holdLabel(line.asLabel()); // "Latest news" over the first title: a label of its item
    } else {
      orphanText(line.number(), line.number(), line.column(), "paragraph");
    }
  }

  /**
   * A section's kicker over a title, as listings set one over each item ({@code Transporte}, {@code
   * Local news}): one to three words, short, title-shaped.
   */
  private static boolean isKicker(String text) {
    return text.length() <= MAX_KICKER
        && text.split(" ").length <= MAX_KICKER_WORDS
        && Character.isUpperCase(text.charAt(0))
        && TitleRule.shape(text) == TitleRule.Shape.TITLE;
  }

  /** A short title-like line, as a page's header before its first item is. */
  private static boolean isPageHeader(String text) {
    return text.length() <= MAX_HEADER && TitleRule.shape(text) == TitleRule.Shape.TITLE;
  }

  /**
   * Opens the held line's item. The line right above the held one is its kicker ({@code Transporte}
   * over a title), or its title when the held line is a sentence, the deck under a headline ({@code
   * Prefeitura anuncia novas linhas} over {@code Serviço começa na segunda-feira.}), or else text
   * of the item before.
   */
  private void startItem(Line date) {
    Line title = held;
    Line kicker = null;
    Line deck = null;
    String titleText = held.text();
    if (above != null) {
      boolean heldIsTitle = TitleRule.shape(held.text()) == TitleRule.Shape.TITLE;
      if (aboveIsHeadline) {
        title = above; // the page's headline over its deck
        titleText = above.text();
        deck = held;
      } else if (heldIsTitle && isKicker(above.text()) && (current == null || kickers)) {
        kicker = above;
      } else if (Character.isLowerCase(held.text().charAt(0))) {
        title = above; // a title wrapped over two lines
        titleText = above.text() + " " + held.text();
      } else if (!heldIsTitle) {
        title = above;
        titleText = above.text();
        deck = held;
      } else {
        releaseLine(above, true);
      }
      above = null;
      aboveIsHeadline = false;
    }
    kickers = kicker != null;
    finish(current);
    reportDate(date);
    current = open(date.date().date(), title.number(), title.number(), titleText, date.number());
    if (kicker != null) {
      current.addLabelsBefore(List.of(kicker.asLabel()));
    }
    if (deck != null) {
      current.addLine(deck.text(), deck.number(), false);
    }
    labelsAfterHeld.forEach(current::addLabel);
    labelsAfterHeld.clear();
    held = null;
    heldIsLink = false;
    linkLinesLeft = 0;
    if (date.label()) {
      current.addLabel(date);
    }
    if (date.kind() == LineKind.DATELINE) {
      current.addLine(date.text(), date.number(), true);
    }
    blankSinceText = deck != null; // the deck is a paragraph of its own
  }

  private void dateWithoutTitle(Line date) {
    reportDate(date);
    if (current != null) {
      current.addLabel(date); // a second date of the open item, such as an update
      return;
    }
    sink()
        .report(
            Severity.WARNING,
            DiagnosticCode.DATE_ORPHAN,
            date.number(),
            date.column(),
            "the date line has no title before it; it starts no item");
  }

  @Override
  void end() {
    release();
    finish(current);
    current = null;
    releaseLabels();
  }
}
