package org.bulletins.cli.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The data the report's page shows, as the JSON its script reads. Field names are short but
 * readable; every list is immutable and holds no null. An absent date is written as JSON {@code
 * null}.
 */
public final class ReportData {

  private ReportData() {}

  /** The whole report: totals, the stories in timeline order, the months and the files. */
  @JsonPropertyOrder({"items", "stories", "months", "files"})
  public record Report(int items, List<Story> stories, List<Month> months, List<FileReport> files) {
    /** Makes the lists immutable. */
    public Report {
      stories = List.copyOf(stories);
      months = List.copyOf(months);
      files = List.copyOf(files);
    }
  }

  /**
   * One story: its merged item's date and title, its copies, the word diffs of every copy against
   * the first, and the evidence of each comparison that formed it.
   */
  @JsonPropertyOrder({"id", "kind", "date", "title", "copies", "diffs", "links"})
  public record Story(
      String id,
      String kind,
      @JsonInclude(JsonInclude.Include.ALWAYS) String date,
      String title,
      List<Copy> copies,
      List<Diff> diffs,
      List<Link> links) {
    /** Makes the lists immutable. */
    public Story {
      copies = List.copyOf(copies);
      diffs = List.copyOf(diffs);
      links = List.copyOf(links);
    }
  }

  /** One copy of a story: where it was read and its own text. */
  @JsonPropertyOrder({"source", "line", "firstLine", "lastLine", "date", "title", "paragraphs"})
  public record Copy(
      String source,
      int line,
      int firstLine,
      int lastLine,
      @JsonInclude(JsonInclude.Include.ALWAYS) String date,
      String title,
      List<String> paragraphs) {
    /** Makes the list immutable. */
    public Copy {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** The word diff from copy {@code left} to copy {@code right} (indices into the copies). */
  @JsonPropertyOrder({"left", "right", "title", "body"})
  public record Diff(int left, int right, List<Segment> title, List<Segment> body) {
    /** Makes the lists immutable. */
    public Diff {
      title = List.copyOf(title);
      body = List.copyOf(body);
    }
  }

  /**
   * A run of text in a diff, written as {@code ["=", "text"]}: {@code =} in both copies, {@code -}
   * only in the left one, {@code +} only in the right one. A paragraph break is {@code "\n"}.
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"op", "text"})
  public record Segment(String op, String text) {}

  /** The evidence of one comparison between copies {@code left} and {@code right}. */
  @JsonPropertyOrder({
    "left",
    "right",
    "sameStory",
    "rule",
    "titleSimilarity",
    "bodySimilarity",
    "containment",
    "dateDistanceDays",
    "sharedTerms",
    "conflictingTerms",
    "scores"
  })
  public record Link(
      int left,
      int right,
      boolean sameStory,
      String rule,
      double titleSimilarity,
      double bodySimilarity,
      double containment,
      @JsonInclude(JsonInclude.Include.ALWAYS) Integer dateDistanceDays,
      List<String> sharedTerms,
      List<String> conflictingTerms,
      Map<String, Double> scores) {
    /** Makes the collections immutable. */
    public Link {
      sharedTerms = List.copyOf(sharedTerms);
      conflictingTerms = List.copyOf(conflictingTerms);
      scores = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(scores));
    }
  }

  /** One month of the timeline: {@code 2021-06}, its stories and the copies they were read from. */
  @JsonPropertyOrder({"month", "stories", "copies"})
  public record Month(String month, int stories, int copies) {}

  /**
   * One input file: how many items it gave and its diagnostics, at most {@link
   * ReportBuilder#MAX_DIAGNOSTICS_PER_FILE}; {@code omitted} counts the rest.
   */
  @JsonPropertyOrder({"source", "items", "errors", "warnings", "infos", "diagnostics", "omitted"})
  public record FileReport(
      String source,
      long items,
      long errors,
      long warnings,
      long infos,
      List<DiagnosticLine> diagnostics,
      long omitted) {
    /** Makes the list immutable. */
    public FileReport {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * One diagnostic with the text of the line it points at; {@code text} is null when the file
   * cannot be read again or has no such line.
   */
  @JsonPropertyOrder({"severity", "code", "message", "line", "column", "text"})
  public record DiagnosticLine(
      String severity,
      String code,
      String message,
      int line,
      int column,
      @JsonInclude(JsonInclude.Include.ALWAYS) String text) {}
}
