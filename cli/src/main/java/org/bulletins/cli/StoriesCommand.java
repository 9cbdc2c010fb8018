package org.bulletins.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bulletins.model.MergedStory;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.StoredStory;
import org.bulletins.store.StoryPage;
import org.bulletins.store.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bulletins stories}: the stories of a store, by date range and full-text search. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "List the stories of a store, newest first, undated last.",
      "text: date, title, copies and story id; jsonl: the fields of 'timeline --format jsonl'"
          + " plus storyId; csv: the same fields, one row per story, with a header.",
      "--search finds the stories with a member whose title or paragraphs hold every word"
          + " (case and accents ignored).",
      "--limit and --offset print one page of the stories: only that page is read from the store."
    })
final class StoriesCommand implements Callable<Integer> {

  enum Format {
    TEXT,
    JSONL,
    CSV
  }

  /** One story in JSON Lines: its stable id, then the fields of {@code timeline}. */
  @JsonPropertyOrder({"storyId"})
  record Entry(String storyId, @JsonUnwrapped TimelineCommand.Entry story) {}

  static final List<String> CSV_HEADER =
      List.of(
          "storyId", "date", "title", "paragraphs", "id", "kind", "copies", "sources", "members");

  private static final String INDENT = " ".repeat(12);

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store to read.")
  Path db;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only stories dated on or after this day (yyyy-mm-dd).")
  LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "Only stories dated on or before this day (yyyy-mm-dd).")
  LocalDate until;

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      description = "Only stories with a member that holds every word of TEXT.")
  String search;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Print at most N stories (a page; the text footer gives the total).")
  Integer limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      description = "Skip the first N stories (with --limit: the next page).")
  Integer offset;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default), jsonl or csv.")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (since != null && until != null && since.isAfter(until)) {
      throw new ParameterException(
          spec.commandLine(), "--since " + since + " is after --until " + until);
    }
    if (search != null && search.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--search: empty text");
    }
    StoryQuery query = StoryQuery.all();
    query = since == null ? query : query.withSince(since);
    query = until == null ? query : query.withUntil(until);
    query = search == null ? query : query.withSearch(search);
    if (limit != null && limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit: must not be negative: " + limit);
    }
    if (offset != null && offset < 0) {
      throw new ParameterException(spec.commandLine(), "--offset: must not be negative: " + offset);
    }
    query = limit == null ? query : query.withLimit(limit);
    query = offset == null ? query : query.withOffset(offset);
    PrintWriter out = spec.commandLine().getOut();
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      switch (format) {
        case TEXT -> {
          PrintWriter text = new PrintableWriter(out);
          Totals shown = new Totals();
          if (query.paged()) {
            // The total is counted only for a page's footer, in the page's snapshot.
            StoryPage page = store.page(query);
            page.stories().forEach(story -> shown.add(printText(story, text)));
            shown.print(text);
            printPage(query.offset(), page.stories().size(), page.total(), text);
          } else {
            store.forEachStory(query, story -> shown.add(printText(story, text)));
            shown.print(text);
          }
          text.flush();
        }
        case JSONL ->
            store.forEachStory(
                query,
                story ->
                    out.println(
                        Formats.jsonLine(
                            new Entry(
                                story.storyId(),
                                TimelineCommand.Entry.of(story.story(), story.contentId())))));
        case CSV -> {
          Csv.row(out, CSV_HEADER);
          store.forEachStory(query, story -> Csv.row(out, csvRow(story)));
        }
      }
    }
    return 0;
  }

  /** The text listing's footer: how many stories of how many items it showed. */
  private static final class Totals {
    private long stories;
    private long items;

    void add(int copies) {
      stories++;
      items += copies;
    }

    void print(PrintWriter out) {
      out.println();
      out.println(stories + " stories of " + items + " items");
    }
  }

  private static List<String> csvRow(StoredStory stored) {
    TimelineCommand.Entry e = TimelineCommand.Entry.of(stored.story(), stored.contentId());
    List<String> row = new ArrayList<>();
    row.add(stored.storyId());
    row.add(e.date().map(LocalDate::toString).orElse(""));
    row.add(e.title());
    row.add(String.join("\n\n", e.paragraphs()));
    row.add(e.id());
    row.add(e.kind().name().toLowerCase(java.util.Locale.ROOT));
    row.add(String.valueOf(e.copies()));
    row.add(String.join("; ", e.sources()));
    row.add(
        e.members().stream()
            .map(m -> m.source() + ":" + m.line())
            .collect(Collectors.joining("; ")));
    return row;
  }

  /** Which stories of how many the page showed, and the offset of the next page. */
  private static void printPage(int offset, int shown, long total, PrintWriter out) {
    String range = shown == 0 ? "none" : (offset + 1) + "-" + (offset + shown);
    // --limit 0 only counts: there is no next page to point at
    String next =
        shown > 0 && offset + shown < total ? "; next page: --offset " + (offset + shown) : "";
    out.println("stories " + range + " of " + total + next);
  }

  /** One story's two lines; returns its number of copies. */
  private static int printText(StoredStory stored, PrintWriter out) {
    MergedStory story = stored.story();
    out.println(Formats.date(story.merged().date()) + "  " + story.merged().title());
    int copies = story.members().size();
    String from = String.join(", ", Stories.sources(story));
    out.println(
        INDENT
            + (copies == 1 ? "from " : copies + " copies merged from ")
            + from
            + "  [story "
            + stored.storyId()
            + "]");
    return copies;
  }
}
