package org.bulletins.parser;

import com.google.common.base.CharMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.internal.DateLineParser;
import org.bulletins.parser.internal.LineClassifier;

/**
 * Renders items in the canonical bulletin layout: the date line ({@code 9 June, 2021}), a blank
 * line, the title, a blank line, the paragraphs separated by blank lines, and two blank lines
 * between items. Lines end with LF. An undated item gets the line {@code Undated} in place of its
 * date line (the parser reads it as a date line with no date): without it the item would read back
 * as more paragraphs of the item before, or be split by the title rule.
 *
 * <p>What the parser would read differently is escaped with HTML character references, which the
 * parser decodes: an {@code &} that starts a reference becomes {@code &amp;}, and a title or
 * paragraph that reads as a date line (or as {@code Undated}), a label or field line ({@code
 * English}, {@code Categories: ...}), or a line opened by a date gets its first character written
 * as a numeric reference, and the colons of a photo credit ({@code Foto: ...}) are written {@code
 * &#58;} from the last one back until none makes a credit. Line breaks inside a text become spaces.
 * So for items whose texts are normalised (as the parser produces them), dated or not and of any
 * year, {@code parse(write(items))} gives the items back.
 *
 * <pre>{@code
 * String text = BulletinWriter.write(doc.items());
 * // 9 June, 2021
 * //
 * // Guatemala: IOM Trains IGM Staff ...
 * //
 * // The Guatemalan Migration Institute ...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BulletinWriter {

  private static final Pattern REFERENCE_START =
      Pattern.compile("&(?=#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,8};|[a-zA-Z][a-zA-Z0-9]{0,9};)");

  /** What may set a closing date apart from its title ({@code A title | 5 March 2024}). */
  private static final Pattern CLOSING_SEPARATORS =
      Pattern.compile("[|–—·•(\\[]|(?<= )[-/](?= )|(?<= )/(?=/ )|(?<= /)/(?= )");

  private static final CharMatcher WIDE_SPACE = CharMatcher.anyOf(" \t");

  private static final CharMatcher LINE_BREAKS =
      CharMatcher.anyOf("\r\n\u2028\u2029\u0085\u000B\u000C");
  private static final DateLineParser DATES =
      new DateLineParser(EnumSet.allOf(DateLanguage.class), NumericDateOrder.DAY_FIRST);

  /** The line that stands for a missing date. */
  public static final String UNDATED = "Undated";

  private BulletinWriter() {}

  /**
   * Renders items as text.
   *
   * @param items the items, in order
   * @return the bulletin text, ending with a line break (empty for no items)
   */
  public static String write(List<NewsItem> items) {
    StringBuilder out = new StringBuilder();
    try {
      write(items, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder cannot fail", e);
    }
    return out.toString();
  }

  /**
   * Renders items to an appendable, such as a {@link java.io.Writer}, one at a time.
   *
   * @param items the items, in order
   * @param out where the text goes
   * @throws IOException if appending fails
   */
  public static void write(Iterable<NewsItem> items, Appendable out) throws IOException {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(out, "out");
    boolean first = true;
    for (NewsItem item : items) {
      if (!first) {
        out.append("\n\n");
      }
      first = false;
      if (item.date().isPresent()) {
        out.append(formatDate(item.date().get())).append("\n\n");
      } else {
        out.append(UNDATED).append("\n\n");
      }
      String previous = escape(item.title());
      out.append(previous).append('\n');
      for (String paragraph : item.paragraphs()) {
        String line = escape(paragraph);
        // A line that repeats the one above it one blank line apart reads as a doubled headline's
        // copy (a label): two blank lines keep it a paragraph.
        out.append(line.equals(previous) ? "\n\n" : "\n").append(line).append('\n');
        previous = line;
      }
    }
  }

  /**
   * Formats a date as the canonical date line. Years outside 1000 to 9999 are written in the ISO
   * form ({@code 0042-06-01}, {@code +10000-06-09}, {@code -0001-06-09}), since the parser reads
   * named dates with four-digit years only and {@code 1 June, 42} would read back as text; it reads
   * the ISO form with any year {@link LocalDate} holds.
   *
   * @param date the date
   * @return for example {@code 9 June, 2021}
   */
  public static String formatDate(LocalDate date) {
    if (date.getYear() < 1000 || date.getYear() > 9999) {
      return date.toString();
    }
    return date.getDayOfMonth()
        + " "
        + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + ", "
        + date.getYear();
  }

  private static String escape(String text) {
    // Tabs and runs of spaces as one space, as the reader reads them: it parts a date from a
    // title at a tab or at three spaces (a table row copied as text).
    String line = WIDE_SPACE.collapseFrom(LINE_BREAKS.replaceFrom(text, ' '), ' ');
    Matcher matcher = REFERENCE_START.matcher(line);
    line = matcher.find() ? matcher.replaceAll("&amp;") : line;
    line = line.replace("\\'", "&#92;'").replace("\\\"", "&#92;\"");
    // A caption's credit follows its last colon; with that one escaped, an earlier colon may make
    // another credit ("1 Photo: Photo: 1"), so colons are escaped from the end until none does.
    for (int colon = line.lastIndexOf(':');
        colon >= 0 && LineClassifier.isCaption(line);
        colon = line.lastIndexOf(':')) {
      line = line.substring(0, colon) + "&#58;" + line.substring(colon + 1);
    }
    if (LineClassifier.endsWithDate(line, DATES)) {
      // A closing date's separator may be any of these: each one is written as a reference.
      line =
          CLOSING_SEPARATORS.matcher(line).replaceAll(m -> "&#" + m.group().codePointAt(0) + ";");
    }
    if (!line.isEmpty() && LineClassifier.readsAsMoreThanText(line, DATES)) {
      int first = line.codePointAt(0);
      line = "&#" + first + ";" + line.substring(Character.charCount(first));
    }
    return line;
  }
}
