package org.bulletins.spark.launcher;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletins.dedup.DedupResult;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.json.BulletinsJson;

/**
 * The JSON document of {@code bulletins dedup --format json}, field for field: {@code {items,
 * clusters: [{kind, id, members, merged, fieldSources, titleVariants, evidence}]}}, items in the
 * flat form of {@code parse}. The launcher's test compares it byte for byte with the command's.
 */
final class DedupJson {

  private static final ObjectWriter PRETTY =
      BulletinsJson.newMapper()
          .writer()
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .withDefaultPrettyPrinter();

  private DedupJson() {}

  @JsonPropertyOrder({"items", "clusters"})
  record Report(int items, List<Cluster> clusters) {}

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

    static Cluster of(MergedStory story) {
      return new Cluster(
          story.kind(),
          story.computeId().value(),
          story.members().stream().map(ItemView::of).toList(),
          ItemView.of(story.merged()),
          new EnumMap<>(story.fieldSources()),
          story.titleVariants(),
          story.links().stream().map(Link::of).toList());
    }
  }

  @JsonPropertyOrder({"left", "right"})
  record Link(int left, int right, @JsonUnwrapped MatchEvidence evidence) {
    static Link of(MatchLink link) {
      return new Link(link.left(), link.right(), link.evidence());
    }
  }

  @JsonPropertyOrder({
    "source",
    "line",
    "firstLine",
    "lastLine",
    "date",
    "title",
    "paragraphs",
    "id",
    "labels"
  })
  record ItemView(
      String source,
      int line,
      int firstLine,
      int lastLine,
      Optional<LocalDate> date,
      String title,
      List<String> paragraphs,
      String id,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> labels) {

    static ItemView of(NewsItem item) {
      return new ItemView(
          item.span().source(),
          item.span().titleLine(),
          item.span().firstLine(),
          item.span().lastLine(),
          item.date(),
          item.title(),
          item.paragraphs(),
          item.computeId().value(),
          item.labels());
    }
  }

  /** Writes the document and a final newline, as the command does. */
  static void write(DedupResult result, Writer out) throws IOException {
    PRETTY.writeValue(
        out, new Report(result.inputCount(), result.stories().stream().map(Cluster::of).toList()));
    out.write(System.lineSeparator());
  }
}
