package org.bulletins.parser.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies lines: blank, date line (a relative one too: {@link RelativeDate}), date field,
 * decorated date line ({@link DecoratedDate}), date-opened or date-closed title ({@link
 * DateAtEnd}), dateline paragraph, label, or text. Holds the page's repeated short lines, which are
 * labels.
 */
public final class LineClassifier {

  /** Longest date line, in chars, as {@link DateLineParser} has it. */
  private static final int MAX_DATE_LINE = 64;

  /** Longest line tried as a yearless date line. */
  private static final int MAX_YEARLESS_LINE = 32;

  /** Longest line that {@link RepeatedLines} takes for a label. */
  private static final int MAX_REPEATED_LINE = 40;

  /**
   * Lines of this length or shorter cannot hold a date, its time and a paragraph ({@link
   * TimedDateline}).
   */
  private static final int TIMED_DATELINE_MIN_LENGTH = 40;

  private final DateLineParser dates;
  private final Set<String> repeated;
  private final Set<String> sections;
  private final Set<String> afterDates;
  private final Set<String> underTitles;
  private final Set<String> trails;
  private final boolean spacedDates;

  /**
   * A classifier that knows nothing of the page's texts, as the probe of a page's first window.
   *
   * @param dates the date recogniser
   */
  LineClassifier(DateLineParser dates) {
    this(dates, PageTexts.NONE);
  }

  /**
   * A classifier for a page.
   *
   * @param dates the date recogniser
   * @param page what the page's first window says of its short texts
   */
  LineClassifier(DateLineParser dates, PageTexts page) {
    this.dates = dates;
    this.repeated = page.repeated();
    this.sections = page.sections();
    this.afterDates = page.afterDates();
    this.underTitles = page.underTitles();
    this.trails = page.trails();
    this.spacedDates = page.spacedDates();
  }

  DateLineParser dates() {
    return dates;
  }

  Line classify(RawLine raw) {
    if (raw.text().isEmpty()) {
      return new Line(raw.number(), 1, "", LineKind.BLANK, null, null, false, false);
    }
    if (raw.plain()) {
      // Most lines: the source saw plain text (ASCII or valid UTF-8), left as it is by normalising.
      return classify(raw.number(), 1, raw.text(), raw.text(), raw.marks());
    }
    String text = TextNormalizer.normalize(raw.text());
    int number = raw.number();
    if (text.isEmpty()) {
      return new Line(number, 1, text, LineKind.BLANK, null, null, false, false);
    }
    int column = TextNormalizer.firstColumn(raw.text());
    // A date and a title in two cells of a table row: the tab that parts them is gone once
    // normalised.
    Optional<DateInLine.Found> tabbed = TabbedDate.find(raw.text(), dates);
    if (tabbed.isPresent() && TitleRule.shape(tabbed.get().rest()) != TitleRule.Shape.PARAGRAPH) {
      DateInLine.Found found = tabbed.get();
      return dateTitle(number, column, text, found.date(), found.rest(), false);
    }
    // Detection reads the line with only whitespace references decoded, so that the writer can
    // escape a title or paragraph that would otherwise read as a date, a label or a field.
    String detect =
        raw.text().indexOf('&') < 0 && raw.text().indexOf('\\') < 0
            ? text // no reference, no escaped quote: both forms are the same
            : TextNormalizer.forDateDetection(raw.text());
    return classify(number, column, text, detect, RawLine.ANY);
  }

  /**
   * Classifies a non-blank line from its normalised text and its text for detection. The marks (see
   * {@link RawLine#marks()}) skip the searches for a field, a caption, a list of names or a
   * date-opened title that cannot succeed: each needs a colon, a list separator, or a digit and a
   * separator (a colon, a dash or a bar).
   */
  private Line classify(int number, int column, String text, String detect, int marks) {
    if ((marks & RawLine.DIGIT) != 0 && ListMarker.markEnd(detect) > 0) {
      Optional<Line> bulleted = bulletedDate(number, column, text, detect, marks);
      if (bulleted.isPresent()) {
        return bulleted.get();
      }
    }
    if (text.length() <= MAX_DATE_LINE) {
      Optional<DateLine> date = dates.parse(detect);
      if (date.isEmpty() && text.length() <= MAX_YEARLESS_LINE) {
        date = dates.parseYearless(detect);
      }
      if (date.isEmpty() && !afterDates.isEmpty()) {
        // "28th August 2024 Press Releases" under every title: the date, with the page's category,
        // kept as a label.
        String after = RepeatedLines.afterDate(detect, dates);
        Optional<DateLine> dated =
            after != null && afterDates.contains(after)
                ? dates.parse(detect.substring(0, detect.length() - after.length()).strip())
                : Optional.empty();
        if (dated.isPresent()) {
          return new Line(number, column, text, LineKind.DATE, dated.get(), null, true, false);
        }
      }
      if (date.isEmpty() && !underTitles.isEmpty()) {
        // "Press release 11th January 2024" under every title: the date, with the listing's kind
        // of item, kept as a label.
        String before = RepeatedLines.beforeDate(detect, dates);
        Optional<DateLine> dated =
            before != null && underTitles.contains(before)
                ? dates.parse(detect.substring(before.length()).strip())
                : Optional.empty();
        if (dated.isPresent()) {
          return new Line(number, column, text, LineKind.DATE, dated.get(), null, true, false);
        }
      }
      if (date.isPresent()) {
        return new Line(number, column, text, LineKind.DATE, date.get(), null, false, false);
      }
      if (text.length() <= MAX_YEARLESS_LINE && (marks & RawLine.DIGIT) != 0) {
        Optional<SectionHeaders.Header> header = sectionHeader(detect);
        if (header.isPresent()) {
          // "March 2024", "2024": text that may head the items after it; the page's SectionHeaders
          // decides from the line after it.
          return new Line(
              number, column, text, LineKind.TEXT, null, null, false, false, header.get());
        }
      }
      // "2 days ago", "City Press · 2 days ago": kept as a label too, for a reader who knows the
      // day the page was read.
      Optional<DateLine> relative = RelativeDate.parse(detect);
      if (relative.isEmpty()) {
        // "March 4, 2024 | Updated 2 hours ago" is a decorated date, not a source: read below.
        Optional<DateLine> beside = RelativeDate.parseBesideSource(detect);
        if (beside.isPresent() && DecoratedDate.parse(detect, dates).isEmpty()) {
          relative = beside;
        }
      }
      if (relative.isPresent()) {
        return new Line(number, column, text, LineKind.DATE, relative.get(), null, true, false);
      }
    }
    if ((marks & RawLine.DIGIT) != 0 && text.length() <= DecoratedDate.MAX_LENGTH) {
      // A date with a lead-in, a time or labels beside it: a date line kept as a label too.
      Optional<DateLine> decorated = DecoratedDate.parse(detect, dates);
      if (decorated.isPresent()) {
        return new Line(number, column, text, LineKind.DATE, decorated.get(), null, true, false);
      }
    }
    if ((marks & RawLine.DIGIT) != 0 && text.length() <= DateRange.MAX_LENGTH) {
      // "5–7 March 2024", "Del 16 al 18 de enero de 2026": dated by the first day, kept as a label.
      Optional<DateLine> range = DateRange.parse(detect, dates);
      if (range.isPresent()) {
        return new Line(number, column, text, LineKind.DATE, range.get(), null, true, false);
      }
    }
    if ((marks & RawLine.DIGIT) != 0 && text.length() <= GluedDate.MAX_LENGTH) {
      // "BusinessApril 26, 2021", "March 12, 2024 3 min read": a date glued to a label
      Optional<DateLine> glued = GluedDate.parse(detect, dates);
      if (glued.isPresent()) {
        return new Line(number, column, text, LineKind.DATE, glued.get(), null, true, false);
      }
    }
    if ((marks & (RawLine.DIGIT | RawLine.COLON)) == (RawLine.DIGIT | RawLine.COLON)
        && text.length() <= StampLine.MAX_LENGTH) {
      // "Contact: Jane - Date: 14/03/2024 - Source: Valley Record", which no decorated date reads:
      // a label that dates an undated item (a bulleted stamp under text: ListedDates)
      Optional<DateLine> stamp = StampLine.parse(detect, dates);
      if (stamp.isPresent()) {
        return new Line(number, column, text, LineKind.LABEL, stamp.get(), null, false, false);
      }
    }
    String field = (marks & RawLine.COLON) == 0 ? null : Labels.fieldValue(detect);
    if (field != null) {
      Optional<DateLine> date = field.isEmpty() ? Optional.empty() : dates.parse(field);
      if (date.isPresent()) {
        return new Line(number, column, text, LineKind.DATE, date.get(), null, true, false);
      }
      // "Posted on: 2024-03-05 | Ministers agree ...": the field's date opens the title.
      Optional<DateInLine.Found> opened =
          field.indexOf('|') < 0 ? Optional.empty() : DateInLine.find(field, dates);
      if (opened.isPresent()) {
        String title = TextNormalizer.normalize(opened.get().rest());
        if (TitleRule.shape(title) != TitleRule.Shape.PARAGRAPH) {
          return dateTitle(number, column, text, opened.get().date(), title, false);
        }
      }
      return new Line(number, column, text, LineKind.LABEL, null, null, false, false);
    }
    if ((marks & RawLine.DIGIT) != 0 && DecoratedDate.isTimeStamp(detect)) {
      // weak: a time alone is text where the page has no use for it (an item's schedule)
      return new Line(number, column, text, LineKind.LABEL, null, null, false, true);
    }
    if (((marks & RawLine.COLON) != 0 && Labels.isCaption(detect))
        || Labels.isWordLabel(detect)
        || MetaLine.is(detect)
        || SignOff.is(detect)
        || SiteFurniture.is(detect)) {
      return new Line(number, column, text, LineKind.LABEL, null, null, false, false);
    }
    if (!trails.isEmpty() && trails.contains(text) && detect.charAt(0) != '&') {
      return new Line(number, column, text, LineKind.LABEL, null, null, false, false);
    }
    // A line the writer escaped ("&#49;0:30") is the text it was, however often the page has it.
    if ((text.length() <= MAX_REPEATED_LINE && repeated.contains(text) && detect.charAt(0) != '&')
        || ((marks & RawLine.LIST) != 0 && Labels.isNameList(detect))) {
      return new Line(number, column, text, LineKind.LABEL, null, null, false, true);
    }
    // A bar needs the LIST mark; a line without one spares DateInLine the search for it.
    boolean bar =
        (marks & RawLine.DIGIT) != 0 && (marks & RawLine.LIST) != 0 && detect.indexOf('|') >= 0;
    boolean mayOpen =
        (marks & RawLine.DIGIT) != 0
            && ((marks & (RawLine.COLON | RawLine.DASH)) != 0
                || bar
                || detect.charAt(0) == '['
                || detect.charAt(0) == '(');
    Optional<DateInLine.Found> opened =
        mayOpen ? DateInLine.find(detect, dates, bar) : Optional.empty();
    if (opened.isEmpty() && spacedDates && (marks & RawLine.DIGIT) != 0) {
      opened = SpacedDate.find(detect, dates); // "12/03/2024 Prefeitura inaugura ..."
    }
    if (opened.isPresent()) {
      DateInLine.Found found = opened.get();
      String rest = withoutHeadingColon(TextNormalizer.normalize(found.rest()));
      // After a colon a title follows unless the rest is surely a paragraph; after a dash a
      // sentence is the dateline's paragraph, and only a title-like rest is a title.
      TitleRule.Shape shape = TitleRule.shape(rest);
      boolean paragraph =
          shape == TitleRule.Shape.PARAGRAPH
              || (!found.colon() && shape == TitleRule.Shape.UNDECIDED);
      // A place beside the date ("GENEVA, 1 December 2017: ...") is kept as a label.
      return paragraph
          ? new Line(number, column, text, LineKind.DATELINE, found.date(), null, false, false)
          : dateTitle(number, column, text, found.date(), rest, found.placed());
    }
    if ((marks & (RawLine.DIGIT | RawLine.COLON)) == (RawLine.DIGIT | RawLine.COLON)
        && text.length() > TIMED_DATELINE_MIN_LENGTH) {
      // "15 de maio de 2024 às 15:17hA prefeitura confirmou ...": a teaser glued to its date and
      // time, a time with a colon (most lines with a digit have none: no scan for a year).
      Optional<DateLine> timed = TimedDateline.find(detect, dates);
      if (timed.isPresent()) {
        return new Line(number, column, text, LineKind.DATELINE, timed.get(), null, false, false);
      }
    }
    if ((marks & RawLine.DIGIT) != 0 && text.length() <= DateAtEnd.MAX_LENGTH) {
      // A title with its date after it: "City approves the budget | 5 March 2024".
      Optional<DateInLine.Found> closed = DateAtEnd.find(detect, dates);
      if (closed.isPresent()) {
        String title = TextNormalizer.normalize(closed.get().rest());
        if (Byline.WORDS.contains(title.toLowerCase(Locale.ROOT))) {
          // "Par - Le 7 mars 2018.": a byline with its name left out, then the date
          return new Line(
              number, column, text, LineKind.DATE, closed.get().date(), null, true, false);
        }
        if (!title.isEmpty() && TitleRule.shape(title) != TitleRule.Shape.PARAGRAPH) {
          return dateTitle(number, column, text, closed.get().date(), title, false);
        }
      }
    }
    return new Line(number, column, text, LineKind.TEXT, null, null, false, false);
  }

  /**
   * A date and a title on one line; a title the page repeats beside other dates ({@code Campus Life
   * | March 30, 2024}) is marked weak, as a section's name over the real title may be.
   */
  private Line dateTitle(
      int number, int column, String text, DateLine date, String title, boolean label) {
    if (underTitles.contains(title)) {
      // "Port News | 12 Mar, 2024" under every title: the date, with the listing's section
      return new Line(number, column, text, LineKind.DATE, date, null, true, false);
    }
    boolean repeatedTitle = title.length() <= MAX_REPEATED_LINE && sections.contains(title);
    return new Line(number, column, text, LineKind.DATE_TITLE, date, title, label, repeatedTitle);
  }

  /**
   * A date line set as an item of a bulleted list, as some listings set each item's date ({@code •
   * 14/11/2025}, {@code - Publicado el 3 de marzo de 2025}). Only a date line counts: a bullet
   * before a date and a text ({@code • 12 March 2020 – the plant closes}) is a dated event in an
   * article's list, left as text.
   */
  private Optional<Line> bulletedDate(
      int number, int column, String text, String detect, int marks) {
    int inText = ListMarker.markEnd(text);
    int inDetect = ListMarker.markEnd(detect);
    if (inText <= 0
        || inText == text.length()
        || inDetect == detect.length()
        || ListMarker.markEnd(detect.substring(inDetect)) > 0) {
      return Optional.empty(); // one bullet only: a run of them is no date line
    }
    Line rest = classify(number, column, text.substring(inText), detect.substring(inDetect), marks);
    if (rest.kind() != LineKind.DATE) {
      return Optional.empty();
    }
    return Optional.of(
        new Line(number, column, text, LineKind.DATE, rest.date(), null, rest.label(), false));
  }

  /**
   * A title as French blogs head an entry, {@code 6 novembre 2015 - Promenade d'automne :}, without
   * its colon: the colon (after a space, as French sets it) says the text follows, and a title
   * ending with a colon would read as a paragraph's lead-in. An English lead-in ({@code The
   * minister said:}) has no space before its colon and is left alone.
   */
  private static String withoutHeadingColon(String rest) {
    if (rest.length() > 2 && rest.endsWith(" :")) {
      String title = rest.substring(0, rest.length() - 2).strip();
      if (!title.isEmpty() && TitleRule.shape(title) == TitleRule.Shape.TITLE) {
        return title;
      }
    }
    return rest;
  }

  /** A month and year ({@code March 2024}) or a year ({@code 2024}) alone on the line. */
  private Optional<SectionHeaders.Header> sectionHeader(String detect) {
    String year = detect.strip();
    if (year.length() == 4
        && (year.charAt(0) == '1' || year.charAt(0) == '2')
        && DateLineParser.hasFourDigits(year, 0)) {
      return Optional.of(new SectionHeaders.Header(Integer.parseInt(year), 0));
    }
    return dates
        .parseMonthYear(detect)
        .map(month -> new SectionHeaders.Header(month.getYear(), month.getMonthValue()));
  }

  /**
   * Tells whether a line, as the writer would write it, would read as something other than plain
   * text: a date line, a field, a label, a date-opened title or a dateline. The writer escapes such
   * lines.
   *
   * @param line the line's text, as written
   * @param dates the date recogniser
   * @return true if the line needs escaping
   */
  public static boolean readsAsMoreThanText(String line, DateLineParser dates) {
    String detect = TextNormalizer.forDateDetection(line);
    if (detect.isEmpty()) {
      return false;
    }
    return (detect.length() <= MAX_DATE_LINE && dates.parse(detect).isPresent())
        || (detect.length() <= MAX_YEARLESS_LINE && dates.parseYearless(detect).isPresent())
        || (detect.length() <= MAX_YEARLESS_LINE && dates.parseMonthYear(detect).isPresent())
        || DecoratedDate.parse(detect, dates).isPresent()
        || DateRange.parse(detect, dates).isPresent()
        || GluedDate.parse(detect, dates).isPresent()
        || RelativeDate.parse(detect).isPresent()
        || RelativeDate.parseBesideSource(detect).isPresent()
        || Labels.fieldValue(detect) != null
        || StampLine.parse(detect, dates).isPresent()
        || DecoratedDate.isTimeStamp(detect)
        || Labels.isLabel(detect)
        || MetaLine.is(detect)
        || SignOff.is(detect)
        || SiteFurniture.is(detect)
        || Labels.isNameList(detect)
        || DateInLine.find(detect, dates).isPresent()
        || SpacedDate.find(detect, dates).isPresent() // read so where a page sets two
        || readsAsBulletedDate(detect, dates);
  }

  /** A bullet before a line that reads as more than text: see {@link #bulletedDate}. */
  private static boolean readsAsBulletedDate(String detect, DateLineParser dates) {
    int after = ListMarker.markEnd(detect);
    return after > 0
        && after < detect.length()
        && readsAsMoreThanText(detect.substring(after), dates);
  }

  /**
   * Tells whether a line, as the writer would write it, ends with a date set apart by a bar, a dash
   * or brackets ({@code A title | 5 March 2024}), which escaping its first character does not hide:
   * the writer escapes its separators instead.
   *
   * @param line the line's text
   * @param dates the date recogniser
   * @return true if the line would read as a title with its date
   */
  public static boolean endsWithDate(String line, DateLineParser dates) {
    String detect = TextNormalizer.forDateDetection(line);
    return !detect.isEmpty() && DateAtEnd.separator(detect, dates) >= 0;
  }

  /**
   * Tells whether a line ends with a photo credit ({@code ... Foto: Name}), which escaping its
   * first character does not hide.
   *
   * @param line the line's text
   * @return true for a caption
   */
  public static boolean isCaption(String line) {
    return Labels.isCaption(TextNormalizer.forDateDetection(line));
  }
}
