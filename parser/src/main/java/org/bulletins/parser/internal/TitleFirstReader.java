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

  private ItemBuilder current;
  private Line held;

  /**
   * A short line after a blank, right over the held line: the held title's kicker, if it is one.
   */
  private Line kicker;

  private boolean heldAfterBlank;
  private final List<Line> labelsAfterHeld = new ArrayList<>();
  private boolean blankSinceText;

  TitleFirstReader(Context context) {
    super(context);
  }

  @Override
  void accept(Line line) {
    switch (line.kind()) {
      case BLANK -> blankSinceText = true;
      case LABEL -> {
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
    if (held != null
        && current != null
        && heldAfterBlank
        && !blankSinceText
        && labelsAfterHeld.isEmpty()
        && isKicker(held.text())) {
      releaseKicker();
      kicker = held; // "Educación" over "Los colegios adelantan ...": decided by the line after
      held = null;
    } else {
      release();
    }
    held = line;
    heldAfterBlank = blankSinceText;
    blankSinceText = false;
  }

  /** The held line was not a title: it is body text of the open item, and so is its kicker. */
  private void release() {
    releaseKicker();
    if (held == null) {
      return;
    }
    if (current != null) {
      current.addLine(held.text(), held.number(), heldAfterBlank);
    } else if (isPageHeader(held.text())) {
      holdLabel(held.asLabel()); // "Latest news" over the first title: a label of its item
    } else {
      orphanText(held.number(), held.number(), held.column(), "paragraph");
    }
    held = null;
    labelsAfterHeld.forEach(this::label);
    labelsAfterHeld.clear();
  }

  /** The kicker line goes back to the open item's body: the line under it was no title. */
  private void releaseKicker() {
    if (kicker != null) {
      current.addLine(kicker.text(), kicker.number(), true);
      kicker = null;
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

  private void startItem(Line date) {
    finish(current);
    reportDate(date);
    current = open(date.date().date(), held.number(), held.number(), held.text(), date.number());
    if (kicker != null) {
      current.addLabelsBefore(List.of(kicker.asLabel()));
      kicker = null;
    }
    labelsAfterHeld.forEach(current::addLabel);
    labelsAfterHeld.clear();
    held = null;
    if (date.label()) {
      current.addLabel(date);
    }
    if (date.kind() == LineKind.DATELINE) {
      current.addLine(date.text(), date.number(), true);
    }
    blankSinceText = false;
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
