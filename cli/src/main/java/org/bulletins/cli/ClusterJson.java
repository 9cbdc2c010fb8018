package org.bulletins.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;

/**
 * Writes one {@link DedupCommand.Cluster} as UTF-8 JSON, one level deeper, field by field: the
 * bytes that {@link Formats#JSON_PRETTY} gives for the cluster inside the report (its form is the
 * records' annotations: field order, {@code labels} only when there are some, {@code facts} never
 * in {@code dedup}, the evidence's fields unwrapped into the link, enums by their JSON names).
 * {@code dedup} writes about 1.7 GB of this at a million items; data binding (a serializer looked
 * up per value, a map serializer per item's field sources) and encoding characters to bytes in a
 * second pass took most of the time of writing, with both cores busy.
 *
 * <p>Jackson's UTF-8 generator writes a character outside the Basic Multilingual Plane (a surrogate
 * pair) as two escapes (<code>&#92;uD83D&#92;uDE00</code>) where the text form writes its four
 * bytes, and a surrogate without its pair otherwise than the text form's {@code ?}: {@link #write}
 * declines a cluster whose strings hold any surrogate, and the caller renders that one the old way.
 */
final class ClusterJson {

  private static final Map<ClusterKind, String> KINDS = names(ClusterKind.class);
  private static final Map<ItemField, String> FIELDS = names(ItemField.class);

  /** The report's pretty printer, its objects' lines indented one level more. */
  private static final DefaultPrettyPrinter NESTED =
      new DefaultPrettyPrinter().withObjectIndenter(new NestedIndenter());

  private ClusterJson() {}

  /**
   * Writes a cluster, unless a string in it holds a surrogate.
   *
   * @param out where the bytes go; nothing is written when this returns false
   * @param cluster the cluster
   * @return false when the cluster holds a surrogate and was not written
   * @throws IOException when writing fails
   */
  static boolean write(OutputStream out, DedupCommand.Cluster cluster) throws IOException {
    if (holdsSurrogate(cluster)) {
      return false;
    }
    try (JsonGenerator json = Formats.JSON_PRETTY.getFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(NESTED.createInstance());
      cluster(json, cluster);
    }
    return true;
  }

  private static void cluster(JsonGenerator json, DedupCommand.Cluster cluster) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", KINDS.get(cluster.kind()));
    json.writeStringField("id", cluster.id());
    json.writeFieldName("members");
    json.writeStartArray();
    for (ItemView member : cluster.members()) {
      item(json, member);
    }
    json.writeEndArray();
    json.writeFieldName("merged");
    item(json, cluster.merged());
    json.writeFieldName("fieldSources");
    json.writeStartObject();
    for (Map.Entry<ItemField, Integer> source : cluster.fieldSources().entrySet()) {
      json.writeNumberField(FIELDS.get(source.getKey()), source.getValue());
    }
    json.writeEndObject();
    json.writeFieldName("titleVariants");
    strings(json, cluster.titleVariants());
    json.writeFieldName("evidence");
    json.writeStartArray();
    for (DedupCommand.Link link : cluster.evidence()) {
      link(json, link);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void item(JsonGenerator json, ItemView item) throws IOException {
    json.writeStartObject();
    json.writeStringField("source", item.source());
    json.writeNumberField("line", item.line());
    json.writeNumberField("firstLine", item.firstLine());
    json.writeNumberField("lastLine", item.lastLine());
    json.writeFieldName("date");
    if (item.date().isPresent()) {
      json.writeString(item.date().get().toString()); // as the JavaTimeModule writes it
    } else {
      json.writeNull();
    }
    json.writeStringField("title", item.title());
    json.writeFieldName("paragraphs");
    strings(json, item.paragraphs());
    json.writeStringField("id", item.id());
    if (!item.labels().isEmpty()) {
      json.writeFieldName("labels");
      strings(json, item.labels());
    }
    if (item.facts().isPresent()) {
      throw new IllegalArgumentException("dedup's items carry no facts");
    }
    json.writeEndObject();
  }

  private static void link(JsonGenerator json, DedupCommand.Link link) throws IOException {
    MatchEvidence e = link.evidence();
    json.writeStartObject();
    json.writeNumberField("left", link.left());
    json.writeNumberField("right", link.right());
    json.writeBooleanField("sameStory", e.sameStory());
    json.writeStringField("rule", e.rule().id());
    json.writeNumberField("titleSimilarity", e.titleSimilarity());
    json.writeNumberField("bodySimilarity", e.bodySimilarity());
    json.writeNumberField("containment", e.containment());
    json.writeFieldName("dateDistanceDays");
    if (e.dateDistanceDays().isPresent()) {
      json.writeNumber(e.dateDistanceDays().get());
    } else {
      json.writeNull();
    }
    json.writeFieldName("sharedTerms");
    strings(json, e.sharedTerms());
    json.writeFieldName("conflictingTerms");
    strings(json, e.conflictingTerms());
    json.writeFieldName("scores");
    json.writeStartObject();
    for (Map.Entry<String, Double> score : e.scores().entrySet()) {
      json.writeNumberField(score.getKey(), score.getValue());
    }
    json.writeEndObject();
    json.writeNumberField("strength", e.strength());
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, List<String> values) throws IOException {
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static boolean holdsSurrogate(DedupCommand.Cluster cluster) {
    if (holdsSurrogate(cluster.id())) {
      return true;
    }
    for (ItemView member : cluster.members()) {
      if (holdsSurrogate(member)) {
        return true;
      }
    }
    if (holdsSurrogate(cluster.merged()) || holdsSurrogate(cluster.titleVariants())) {
      return true;
    }
    for (DedupCommand.Link link : cluster.evidence()) {
      MatchEvidence e = link.evidence();
      if (holdsSurrogate(e.sharedTerms())
          || holdsSurrogate(e.conflictingTerms())
          || e.scores().keySet().stream().anyMatch(ClusterJson::holdsSurrogate)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsSurrogate(ItemView item) {
    return holdsSurrogate(item.source())
        || holdsSurrogate(item.title())
        || holdsSurrogate(item.id())
        || holdsSurrogate(item.paragraphs())
        || holdsSurrogate(item.labels());
  }

  private static boolean holdsSurrogate(List<String> values) {
    for (String value : values) {
      if (holdsSurrogate(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsSurrogate(String value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      if (Character.isSurrogate(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Each constant's name in JSON, from its {@link JsonProperty} (the name it is written by). */
  private static <E extends Enum<E>> Map<E, String> names(Class<E> type) {
    Map<E, String> names = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      try {
        JsonProperty property = type.getField(constant.name()).getAnnotation(JsonProperty.class);
        names.put(constant, property != null ? property.value() : constant.name());
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }
    return names;
  }

  /** The report's object indentation one level deeper: the cluster sits inside its array. */
  private static final class NestedIndenter implements DefaultPrettyPrinter.Indenter {
    private static final DefaultIndenter LINES = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE;

    @Override
    public void writeIndentation(JsonGenerator json, int level) throws IOException {
      LINES.writeIndentation(json, level + 1);
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }
}
