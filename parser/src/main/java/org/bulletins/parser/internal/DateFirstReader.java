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
 * <p>Until the first date the text is an <em>undated section</em> ({@link UndatedSection}). From
 * the first date on, every date line starts an item: the next non-blank, non-label line is its
 * title and everything up to the next date line is its body, one paragraph per run of non-blank
 * lines.
 */
final class DateFirstReader extends LayoutReader {

  /** The most label lines held after a date line or the open item's text. */
  private static final int MAX_HELD = 64;

  /** The most lines of a contact block, and the longest. */
  private static final int MAX_CONTACT_LINES = 8;

  private static final int MAX_CONTACT_LINE = 100;

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

  /**
   * Whether the undated section is a listing under its header's date ({@link
   * #acceptListingHeader}): labels known by their shape are labels there, as on an undated page.
   */
  private boolean inListing;

  private final TeaserListing listingTeasers;

  /** Labels after the open item's text: the next item's if a date line follows, else its own. */
  private final List<Line> trailingLabels = new ArrayList<>();

  /** Lines still taken as the contact block under a {@code Media contact:} line (0: none open). */
  private int contactLinesLeft;

  /** Lines still taken as the tags under a {@code Labels:} line after an item's text (0: none). */
  private int tagLinesLeft;

  /** Whether a post's tags closed the open item: a title under them opens the day's next post. */
  private boolean tagsClosed;

  /** The most tag lines under a {@code Labels:} line, and the longest. */
  private static final int MAX_TAG_LINES = 6;

  private static final int MAX_TAG_LINE = 60;

  private final boolean weakLabels;

  /** The lines before the first date line, or all of an undated page's. */
  private final UndatedSection undated;

  /**
   * Creates a reader.
   *
   * @param context what every reader needs
   * @param weakLabels whether labels known only by their shape are labels (on undated pages); on
   *     dated pages they are text, so that the writer's canonical layout reads back exactly
   * @param dates the page's date recogniser
   * @param teasers the page's listing of titles over teasers without periods, if it is one ({@link
   *     TeaserListing}): such a teaser under a title with no text yet is its text, not a title
   * @param listingTeasers the same, for the listing under a header with the day's date ({@link
   *     #acceptListingHeader})
   */
  DateFirstReader(
      Context context,
      boolean weakLabels,
      DateLineParser dates,
      TeaserListing teasers,
      TeaserListing listingTeasers) {
    super(context);
    this.weakLabels = weakLabels;
    this.undated = new UndatedSection(this, dates, teasers);
    this.listingTeasers = listingTeasers;
  }

  @Override
  void accept(Line input) {
    if (dated && input.weak() && DecoratedDate.isTimeStamp(input.text())) {
      acceptTimeStamp(input); // before a weak label turns into text: a time alone may be a stamp
      return;
    }
    Line line =
        input.weak() && input.kind() == LineKind.LABEL && !weakLabels && !inListing
            ? input.asText()
            : input;
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
    if (tagLinesLeft > 0 && takeTagLine(line)) {
      return;
    }
    switch (line.kind()) {
      case BLANK -> {
        blankSinceText = true;
        if (!dated) {
          undated.acceptBlank();
        }
      }
      case LABEL -> acceptLabel(line);
      case DATE -> acceptDate(line);
      case DATE_TITLE -> {
        if (pendingDate == null) {
          acceptDate(line);
          if (line.weak() || isKickerShape(line.title())) {
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
      undated.acceptText(line);
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
          && pendingDate == null
          && trailingLabels.isEmpty()
          && Labels.opensTagList(line.text())) {
        // "Labels:" under a post's text, its tags on the lines under it: the post's footer.
        current.addLabel(line);
        tagLinesLeft = MAX_TAG_LINES;
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
    undated.acceptLabel(line);
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

  /**
   * A tag under a {@code Labels:} line (a short line of text or a label): a label of the item it
   * closes. The first other line ends the tags.
   */
  private boolean takeTagLine(Line line) {
    boolean taken =
        (line.kind() == LineKind.TEXT || line.kind() == LineKind.LABEL)
            && line.text().length() <= MAX_TAG_LINE
            && !TitleRule.endsSentence(line.text())
            && (tagLinesLeft == MAX_TAG_LINES || TitleRule.words(line.text()) <= MAX_TAG_WORDS)
            && pendingDate == null
            && current != null;
    tagLinesLeft = taken ? tagLinesLeft - 1 : 0;
    if (taken) {
      current.addLabel(line);
      tagsClosed = true;
      linesAfterFooter = MAX_LINES_AFTER_FOOTER;
    }
    return taken;
  }

  /** The most words of a tag after the first line under a {@code Labels:} line. */
  private static final int MAX_TAG_WORDS = 3;

  private void flushTrailingLabels() {
    trailingLabels.forEach(current::addLabel);
    trailingLabels.clear();
  }

  private void acceptDate(Line line) {
    if (pendingDate == null
        && line.kind() == LineKind.DATE
        && DecoratedDate.isListingHeader(line.text())) {
      acceptListingHeader(line);
      return;
    }
    if (dated) {
      finishDatedItem();
    } else {
      undated.endBeforeDate();
      dated = true;
      inListing = false;
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
   * A listing's header with the day's date ({@code News Releases for Thursday, March 14, 2024}):
   * the items under it, up to the next date line, are read as an undated listing's (titles over
   * teasers, with or without blank lines between them), each dated by the header, which is a label
   * of the first.
   */
  private void acceptListingHeader(Line line) {
    if (dated) {
      finishDatedItem();
      dated = false;
    } else {
      undated.endBeforeDate();
    }
    reportDate(line);
    holdLabel(line);
    undated.restart(line.date().date(), listingTeasers);
    inListing = true;
  }

  /** Finishes the open dated item; labels after its text go to the next item. */
  private void finishDatedItem() {
    if (trailingLabels.isEmpty()) {
      finishItem(); // the common case: no copy of an empty list per item
    } else {
      List<Line> nextItems = List.copyOf(trailingLabels);
      trailingLabels.clear();
      finishItem();
      nextItems.forEach(this::holdLabel);
    }
  }

  /**
   * Whether a first line under a date may be a section's name over the title rather than the title:
   * a word or two in capitals, one capitalised word, or a news section's name.
   */
  private static boolean isKickerShape(Line line) {
    return isKickerShape(line.text());
  }

  /**
   * See {@link #isKickerShape(Line)}; a post's categories too ({@code Actualités, Mobilité}), and a
   * section's path ({@code Futebol – Taça da Liga}).
   */
  private static boolean isKickerShape(String text) {
    return TitleRule.isKickerText(text)
        || Labels.isSectionName(text)
        || Labels.isCategoryList(text)
        || Labels.isSectionPath(text);
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
        && (blankSinceText || tagsClosed)
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
    tagsClosed = false;
  }

  private void finishItem() {
    finish(current);
    current = null;
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
      undated.end();
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
