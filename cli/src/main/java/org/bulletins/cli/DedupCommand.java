package org.bulletins.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bulletins.dedup.DedupResult;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulletins dedup}: every input item in exactly one cluster, with evidence. */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Find copies and rewrites of the same story and merge them.",
      "json: {items, clusters: [{kind, id, members, merged, fieldSources, titleVariants, evidence}]};"
          + " the clusters cover every input item exactly once."
    })
final class DedupCommand implements Callable<Integer> {

  enum Format {
    JSON,
    TEXT
  }

  /** The JSON document: the input item count and the clusters. */
  @JsonPropertyOrder({"items", "clusters"})
  record Report(int items, List<Cluster> clusters) {}

  /** One cluster in JSON: members and merged item in the flat item form of {@code parse}. */
  @JsonPropertyOrder({
    "kind",
    "id",
    "members",
    "merged",
    "fieldSources",
    "titleVariants",
    "evidence"
  })
  record Cluster(
      ClusterKind kind,
      String id,
      List<ItemView> members,
      ItemView merged,
      Map<ItemField, Integer> fieldSources,
      List<String> titleVariants,
      List<Link> evidence) {

    static Cluster of(MergedStory story, StoryIds ids) {
      List<ItemView> members = new ArrayList<>(story.members().size());
      for (int i = 0; i < story.members().size(); i++) {
        members.add(ItemView.of(story.members().get(i), ids.members().get(i)));
      }
      return new Cluster(
          story.kind(),
          ids.merged().value(),
          members,
          ItemView.of(story.merged(), ids.merged()),
          new EnumMap<>(story.fieldSources()),
          story.titleVariants(),
          story.links().stream().map(Link::of).toList());
    }
  }

  /** One link: the two member indices and the evidence's fields. */
  @JsonPropertyOrder({"left", "right"})
  record Link(int left, int right, @JsonUnwrapped MatchEvidence evidence) {
    static Link of(MatchLink link) {
      return new Link(link.left(), link.right(), link.evidence());
    }
  }

  @Option(
      names = "--format",
      defaultValue = "json",
      paramLabel = "FORMAT",
      description = "json (default) or text.")
  Format format;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "Read the stories of this store (see 'bulletins ingest') instead of PATHs.")
  Path db;

  @Mixin InputOptions input;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CommandClock clock = CommandClock.start();
    clock.lap("start-up");
    PrintWriter out = spec.commandLine().getOut();
    DedupResult result = Stories.read(spec.commandLine(), db, input).result();
    clock.lap("read+dedup");
    if (format == Format.JSON) {
      // The Report's form, written with the clusters rendered in parallel (same bytes), encoded
      // by the threads that render them when standard output takes bytes.
      if (out instanceof Utf8PrintWriter utf8) {
        ClusterArrayWriter.write(utf8.bytes(), result.inputCount(), new ClusterList(result));
      } else {
        ClusterArrayWriter.write(out, result.inputCount(), new ClusterList(result));
      }
      out.println();
      out.flush();
      clock.lap("write");
    } else {
      PrintWriter text = new PrintableWriter(out);
      printText(result, text);
      text.flush();
    }
    return 0;
  }

  /**
   * The stories in JSON form, each cluster made when the writer reads it and dropped once written
   * (a million items' clusters are never held at once beside the result), with the members' ids the
   * engine computed, or computed here (once each) for a result without them.
   */
  private static final class ClusterList extends AbstractList<Cluster> implements RandomAccess {
    private final DedupResult result;

    ClusterList(DedupResult result) {
      this.result = result;
    }

    @Override
    public Cluster get(int index) {
      MergedStory story = result.stories().get(index);
      return Cluster.of(
          story,
          result.memberIds().isEmpty()
              ? StoryIds.of(story)
              : StoryIds.of(story, result.memberIds().get(index)));
    }

    @Override
    public int size() {
      return result.stories().size();
    }
  }

  private static void printText(DedupResult result, PrintWriter out) {
    Map<ClusterKind, Long> kinds =
        result.stories().stream()
            .collect(
                Collectors.groupingBy(
                    MergedStory::kind,
                    () -> new EnumMap<>(ClusterKind.class),
                    Collectors.counting()));
    out.println(
        result.inputCount()
            + " items, "
            + result.stories().size()
            + " stories ("
            + kinds.entrySet().stream()
                .map(
                    e ->
                        e.getValue()
                            + " "
                            + label(e.getKey())
                            + (e.getValue() > 1 && e.getKey() == ClusterKind.SINGLETON ? "s" : ""))
                .collect(Collectors.joining(", "))
            + ")");
    // Groups first, with their evidence; then the stories found only once, one line each.
    for (MergedStory story : result.stories()) {
      if (story.members().size() > 1) {
        printGroup(story, out);
      }
    }
    out.println();
    out.println("found once:");
    for (MergedStory story : result.stories()) {
      if (story.members().size() == 1) {
        NewsItem item = story.merged();
        out.println(
            "  "
                + Formats.date(item.date())
                + "  "
                + item.title()
                + "  ("
                + item.span().source()
                + ":"
                + item.span().titleLine()
                + ")");
      }
    }
  }

  private static void printGroup(MergedStory story, PrintWriter out) {
    out.println();
    out.println(
        label(story.kind())
            + "  "
            + Formats.date(story.merged().date())
            + "  "
            + story.merged().title());
    for (int i = 0; i < story.members().size(); i++) {
      NewsItem member = story.members().get(i);
      out.println(
          "  ["
              + i
              + "] "
              + member.span().source()
              + ":"
              + member.span().titleLine()
              + suppliedFields(story, i));
    }
    for (MatchLink link : story.links()) {
      out.println("  " + link.left() + "~" + link.right() + " " + describe(link.evidence()));
    }
  }

  private static String suppliedFields(MergedStory story, int member) {
    if (story.members().size() == 1) {
      return "";
    }
    String fields =
        story.fieldSources().entrySet().stream()
            .filter(e -> e.getValue() == member)
            // No member supplied a date that none of them had.
            .filter(e -> e.getKey() != ItemField.DATE || story.merged().date().isPresent())
            .map(e -> e.getKey().name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    return fields.isEmpty() ? "" : "  (" + fields + ")";
  }

  private static String describe(MatchEvidence e) {
    return String.format(
        Locale.ROOT,
        "%s %s: title %.2f, body %.2f, containment %.2f, %s%s%s",
        e.sameStory() ? "same" : "apart",
        e.rule(),
        e.titleSimilarity(),
        e.bodySimilarity(),
        e.containment(),
        e.dateDistanceDays().map(d -> d + " days apart").orElse("date unknown"),
        e.sharedTerms().isEmpty() ? "" : "; shared: " + String.join("; ", e.sharedTerms()),
        e.conflictingTerms().isEmpty()
            ? ""
            : "; conflicting: " + String.join("; ", e.conflictingTerms()));
  }

  private static String label(ClusterKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
