package org.bulletins.cli.report;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bulletins.cli.report.ReportData.Copy;
import org.bulletins.cli.report.ReportData.DiagnosticLine;
import org.bulletins.cli.report.ReportData.Diff;
import org.bulletins.cli.report.ReportData.FileReport;
import org.bulletins.cli.report.ReportData.Month;
import org.bulletins.cli.report.ReportData.Report;
import org.bulletins.cli.report.ReportData.Story;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * Collects what a report shows: the files as they are read (items counted, diagnostics kept), then
 * the stories. Diagnostics are shown with the text of their line, read back from the file.
 *
 * <pre>{@code
 * ReportBuilder builder = new ReportBuilder();
 * // for each file, in reading order: builder.file(name); builder.item(...); builder.diagnostic(...)
 * Report report = builder.build(timeline);
 * }</pre>
 */
public final class ReportBuilder {

  /** Diagnostics shown per file; the rest are counted, so a broken file cannot swamp the page. */
  public static final int MAX_DIAGNOSTICS_PER_FILE = 1_000;

  /** Per file, in the order first seen: items and diagnostics. */
  private final Map<String, FileTally> files = new LinkedHashMap<>();

  private int items;

  /** Counts an item of its source file. */
  public void item(NewsItem item) {
    tally(item.span().source()).items++;
    items++;
  }

  /** Keeps a diagnostic of its source file. */
  public void diagnostic(Diagnostic diagnostic) {
    FileTally tally = tally(diagnostic.source());
    switch (diagnostic.severity()) {
      case ERROR -> tally.errors++;
      case WARNING -> tally.warnings++;
      case INFO -> tally.infos++;
    }
    if (tally.diagnostics.size() < MAX_DIAGNOSTICS_PER_FILE) {
      tally.diagnostics.add(diagnostic);
    } else {
      tally.omitted++;
    }
  }

  /** Names a file that was read, so that a file with no item and no diagnostic is listed too. */
  public void file(String source) {
    tally(source);
  }

  private FileTally tally(String source) {
    return files.computeIfAbsent(source, s -> new FileTally());
  }

  /**
   * Builds the report.
   *
   * @param timeline the stories, in the order the page lists them
   * @return the report's data
   */
  public Report build(List<MergedStory> timeline) {
    List<Story> stories = new ArrayList<>(timeline.size());
    for (MergedStory story : timeline) {
      stories.add(story(story));
    }
    List<FileReport> fileReports = new ArrayList<>(files.size());
    for (Map.Entry<String, FileTally> file : files.entrySet()) {
      fileReports.add(fileReport(file.getKey(), file.getValue()));
    }
    return new Report(items, stories, months(timeline), fileReports);
  }

  private static Story story(MergedStory story) {
    List<NewsItem> members = EvidenceView.copies(story);
    List<Copy> copies = members.stream().map(ReportBuilder::copy).toList();
    // Each copy against the first: one diff per extra copy, whatever the number of links.
    List<Diff> diffs = new ArrayList<>();
    NewsItem first = members.get(0);
    for (int i = 1; i < members.size(); i++) {
      NewsItem other = members.get(i);
      diffs.add(
          new Diff(
              0,
              i,
              WordDiff.diff(first.title(), other.title()),
              WordDiff.diff(body(first), body(other))));
    }
    NewsItem merged = EvidenceView.merged(story);
    return new Story(
        EvidenceView.id(story),
        EvidenceView.kind(story),
        date(merged.date()),
        merged.title(),
        copies,
        diffs,
        EvidenceView.links(story));
  }

  private static Copy copy(NewsItem item) {
    return new Copy(
        item.span().source(),
        item.span().titleLine(),
        item.span().firstLine(),
        item.span().lastLine(),
        date(item.date()),
        item.title(),
        item.paragraphs());
  }

  private static String body(NewsItem item) {
    return String.join("\n", item.paragraphs());
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse(null);
  }

  /** Stories and copies per month, every month from the first to the last (empty ones too). */
  static List<Month> months(List<MergedStory> timeline) {
    TreeMap<YearMonth, int[]> counts = new TreeMap<>();
    for (MergedStory story : timeline) {
      Optional<LocalDate> date = EvidenceView.merged(story).date();
      if (date.isPresent()) {
        int[] count = counts.computeIfAbsent(YearMonth.from(date.get()), m -> new int[2]);
        count[0]++;
        count[1] += EvidenceView.copies(story).size();
      }
    }
    List<Month> months = new ArrayList<>();
    if (counts.isEmpty()) {
      return months;
    }
    for (YearMonth m = counts.firstKey(); !m.isAfter(counts.lastKey()); m = m.plusMonths(1)) {
      int[] count = counts.getOrDefault(m, new int[2]);
      months.add(new Month(m.toString(), count[0], count[1]));
    }
    return months;
  }

  private static FileReport fileReport(String source, FileTally tally) {
    TreeSet<Integer> lines = new TreeSet<>();
    tally.diagnostics.forEach(d -> lines.add(d.line()));
    Map<Integer, String> texts = lineTexts(source, lines);
    List<DiagnosticLine> diagnostics =
        tally.diagnostics.stream()
            .map(
                d ->
                    new DiagnosticLine(
                        d.severity().label(),
                        d.code().id(),
                        d.message(),
                        d.line(),
                        d.column(),
                        texts.get(d.line())))
            .toList();
    return new FileReport(
        source, tally.items, tally.errors, tally.warnings, tally.infos, diagnostics, tally.omitted);
  }

  private static Map<Integer, String> lineTexts(String source, TreeSet<Integer> lines) {
    try {
      return LineTexts.read(Path.of(source), lines);
    } catch (IOException | InvalidPathException e) {
      // Read once but not again (standard input, a file since removed): diagnostics without lines.
      return Map.of();
    }
  }

  /** What one file gave. */
  private static final class FileTally {
    long items;
    long errors;
    long warnings;
    long infos;
    long omitted;
    final List<Diagnostic> diagnostics = new ArrayList<>();
  }
}
