package org.bulletins.parser.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.NewsItem;
import org.bulletins.model.PageLayout;
import org.bulletins.model.Severity;
import org.bulletins.parser.NumericDateOrder;

/**
 * Turns lines into items, one at a time. It first reads a bounded window of the page (at most
 * {@value #WINDOW_CONTENT_LINES} non-blank lines, {@value #WINDOW_LINES} lines or {@value
 * #WINDOW_CHARS} chars), infers from it the page's numeric date order, its repeated label lines and
 * its {@link PageLayout layout}, then reads the window and the rest of the page with that layout's
 * reader. Memory holds the window once, then one item and a few pending lines.
 */
public final class ItemAssembler {

  static final int WINDOW_CONTENT_LINES = 200;
  static final int WINDOW_LINES = 2000;
  static final int WINDOW_CHARS = 64 * 1024;

  private final LineSource lines;
  private final DateLineParser dates;
  private final DiagnosticSink sink;
  private final String source;
  private final int maxItemLength;
  private final Deque<NewsItem> ready = new ArrayDeque<>();

  /** The date recogniser with the page's numeric order, once the window has settled it. */
  private DateLineParser settledDates;

  private LineClassifier classifier;
  private SectionHeaders headers;
  private ListedDates listed;
  private StackedDates stacked;
  private DoubledLines doubled;

  /** Hands a line from {@link #doubled} to {@link #listed} and on. */
  private Consumer<Line> toListed;

  /** Hands a line from {@link #stacked} to {@link #headers} and on to the reader. */
  private Consumer<Line> toHeaders;

  private LayoutReader reader;
  private Consumer<Line> toReader; // reader::accept, made once
  private PageLayout layout = PageLayout.UNKNOWN;
  private boolean ended;

  /**
   * Creates an assembler.
   *
   * @param lines the lines to read
   * @param dates the date-line recogniser
   * @param sink where diagnostics go
   * @param source the source name for spans
   * @param maxItemLength the most chars of text one item (or block) holds
   */
  public ItemAssembler(
      LineSource lines,
      DateLineParser dates,
      DiagnosticSink sink,
      String source,
      int maxItemLength) {
    this.lines = lines;
    this.dates = dates;
    this.sink = sink;
    this.source = source;
    this.maxItemLength = maxItemLength;
  }

  /**
   * The page's layout, inferred when the first item is asked for.
   *
   * @return the layout, {@link PageLayout#UNKNOWN} before
   */
  public PageLayout layout() {
    return layout;
  }

  /**
   * Reads up to the next complete item.
   *
   * @return the item, or null when the input is exhausted
   * @throws IOException if reading fails
   */
  public NewsItem next() throws IOException {
    while (ready.isEmpty() && !ended) {
      if (reader == null) {
        start();
        continue;
      }
      RawLine line = lines.next();
      if (line == null) {
        end();
      } else {
        doubled.accept(classifier.classify(line), toListed);
      }
    }
    return ready.poll();
  }

  /** Reads the window, infers the layout and feeds the window to the layout's reader. */
  private void start() throws IOException {
    List<RawLine> window = new ArrayList<>();
    long chars = 0;
    int content = 0;
    boolean whole = false;
    while (content < WINDOW_CONTENT_LINES && window.size() < WINDOW_LINES && chars < WINDOW_CHARS) {
      RawLine line = lines.next();
      if (line == null) {
        whole = true;
        break;
      }
      window.add(line);
      chars += line.text().length();
      content += line.text().isBlank() ? 0 : 1;
    }
    LineClassifier probe = new LineClassifier(dates);
    List<Line> probed = classifyAll(probe, window);
    NumericDateOrder order = NumericOrderVote.of(probed, dates);
    settledDates = order == null ? dates : dates.settledTo(order);
    PageTexts texts =
        new PageTexts(
            RepeatedLines.find(probed),
            RepeatedLines.besideDates(probed),
            RepeatedLines.afterDates(probed, settledDates),
            RepeatedLines.besideDatesUnderTitles(probed, settledDates),
            RepeatedLines.trailsOverTitles(probed),
            SpacedDate.opensLines(probed, settledDates));
    classifier = new LineClassifier(settledDates, texts);
    List<Line> lines = order != null || texts.any() ? classifyAll(classifier, window) : probed;
    // The window's lines with their section headers read, as the rest of the page will be: the
    // layout is inferred from what the reader will be given (a year line still held at the
    // window's end comes with the next line).
    headers = new SectionHeaders();
    stacked = new StackedDates(settledDates);
    List<Line> classified = new ArrayList<>(lines.size());
    Consumer<Line> toClassified = classified::add;
    Consumer<Line> windowHeaders = line -> headers.accept(line, toClassified);
    listed = new ListedDates(stacked, settledDates);
    doubled = new DoubledLines();
    Consumer<Line> windowListed = line -> listed.accept(line, windowHeaders);
    for (Line line : lines) {
      doubled.accept(line, windowListed);
    }
    if (whole) {
      listed.end(windowHeaders);
      headers.end(toClassified);
    }
    LayoutInference.Result result = LayoutInference.infer(classified, whole);
    layout = result.layout();
    if (result.problem() != null) {
      sink.report(
          Severity.WARNING, DiagnosticCode.LAYOUT_MIXED, result.problemLine(), 1, result.problem());
    }
    reader = readerFor(result.readAs(), classified);
    toReader = reader::accept;
    toHeaders = line -> headers.accept(line, toReader);
    toListed = line -> listed.accept(line, toHeaders);
    for (Line line : classified) {
      reader.accept(line);
    }
    if (whole) {
      end();
    }
  }

  private static List<Line> classifyAll(LineClassifier classifier, List<RawLine> window) {
    List<Line> classified = new ArrayList<>(window.size());
    for (RawLine line : window) {
      classified.add(classifier.classify(line));
    }
    return classified;
  }

  /**
   * The reader of a layout.
   *
   * @param window the page's first lines, classified: whether they are an undated listing of titles
   *     over teasers without periods ({@link TeaserListing})
   */
  private LayoutReader readerFor(PageLayout readAs, List<Line> window) {
    LayoutReader.Context context =
        new LayoutReader.Context(sink, source, maxItemLength, ready, readAs != PageLayout.ONE_LINE);
    return switch (readAs) {
      case TITLE_DATE_BODY, DATELINE ->
          new TitleFirstReader(context, LayoutInference.hasOneDatedItem(window));
      case TITLE_BODY_DATE -> new DateLastReader(context);
      case UNDATED -> {
        TeaserListing teasers = TeaserListing.of(window);
        yield new DateFirstReader(context, true, settledDates, teasers, teasers);
      }
      default ->
          new DateFirstReader(
              context,
              false,
              settledDates,
              TeaserListing.NONE,
              hasListingHeader(window) ? TeaserListing.of(window) : TeaserListing.NONE);
    };
  }

  /**
   * Whether a window has a listing's header with the day's date ({@link
   * DecoratedDate#isListingHeader}), under which a dated page reads an undated listing.
   */
  private static boolean hasListingHeader(List<Line> window) {
    for (Line line : window) {
      if (line.kind() == LineKind.DATE && DecoratedDate.isListingHeader(line.text())) {
        return true;
      }
    }
    return false;
  }

  private void end() {
    listed.end(toHeaders);
    headers.end(toReader);
    reader.end();
    sink.finish();
    ended = true;
  }
}
