package org.bulletins.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulletins.dedup.DedupResult;
import org.bulletins.facts.Language;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ContentId;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulletins timeline}: the merged stories, newest first, undated last. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the merged stories, newest first, undated last.",
      "text: date, full title, and how many copies were merged from which files;"
          + " jsonl: one object per story; bulletin: the canonical bulletin layout.",
      "--country, --org and --lang keep the stories with a member that matches them all."
    })
final class TimelineCommand implements Callable<Integer> {

  enum Format {
    TEXT,
    JSONL,
    BULLETIN
  }

  /** Where one member of a story was read. */
  @JsonPropertyOrder({"source", "line", "firstLine", "lastLine"})
  record MemberRef(String source, int line, int firstLine, int lastLine) {
    static MemberRef of(NewsItem item) {
      return new MemberRef(
          item.span().source(),
          item.span().titleLine(),
          item.span().firstLine(),
          item.span().lastLine());
    }
  }

  /** One story in JSON Lines. */
  @JsonPropertyOrder({"date", "title", "paragraphs", "id", "kind", "copies", "sources", "members"})
  record Entry(
      Optional<LocalDate> date,
      String title,
      List<String> paragraphs,
      String id,
      ClusterKind kind,
      int copies,
      List<String> sources,
      List<MemberRef> members) {
    static Entry of(MergedStory story) {
      return of(story, story.computeId());
    }

    /** The entry of a story whose content id is known (a store keeps it). */
    static Entry of(MergedStory story, ContentId id) {
      NewsItem merged = story.merged();
      return new Entry(
          merged.date(),
          merged.title(),
          merged.paragraphs(),
          id.value(),
          story.kind(),
          story.members().size(),
          Stories.sources(story),
          story.members().stream().map(MemberRef::of).toList());
    }
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default), jsonl or bulletin.")
  Format format;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description =
          "Only stories with a member that names this country (ISO 3166 alpha-2, e.g. HN).")
  String country;

  @Option(
      names = "--org",
      paramLabel = "ACRONYM",
      description =
          "Only stories with a member that names this organisation (acronym, e.g. IOM;"
              + " OIM, its Spanish acronym, is the same).")
  String organization;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Only stories with a member in this language: en, es, fr, pt or unknown.")
  Language language;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "Read the stories of this store (see 'bulletins ingest') instead of PATHs.")
  Path db;

  @Mixin InputOptions input;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    StoryFilter filter = StoryFilter.of(spec.commandLine(), country, organization, language);
    Stories stories = Stories.read(spec.commandLine(), db, input);
    DedupResult result = stories.result();
    List<MergedStory> timeline = stories.timeline().stream().filter(filter::test).toList();
    switch (format) {
      case TEXT -> {
        PrintWriter text = new PrintableWriter(out);
        printText(result, timeline, text);
        text.flush();
      }
      case JSONL -> {
        for (MergedStory story : timeline) {
          out.println(Formats.JSON_LINE.writeValueAsString(Entry.of(story)));
        }
      }
      case BULLETIN ->
          BulletinWriter.write(timeline.stream().map(MergedStory::merged).toList(), out);
    }
    return 0;
  }

  private static void printText(DedupResult result, List<MergedStory> timeline, PrintWriter out) {
    String indent = " ".repeat(12);
    for (MergedStory story : timeline) {
      out.println(Formats.date(story.merged().date()) + "  " + story.merged().title());
      int copies = story.members().size();
      String from = String.join(", ", Stories.sources(story));
      out.println(indent + (copies == 1 ? "from " : copies + " copies merged from ") + from);
    }
    out.println();
    out.println(timeline.size() + " stories from " + result.inputCount() + " items");
  }
}
