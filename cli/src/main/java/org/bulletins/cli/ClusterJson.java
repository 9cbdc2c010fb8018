package org.bulletins.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;

/**
 * Writes one {@link DedupCommand.Cluster} as UTF-8 JSON, one level deeper, field by field: the
 * bytes that {@link Formats#JSON_PRETTY} gives for the cluster inside the report (its form is the
 * records' annotations: field order, {@code labels} only when there are some, {@code facts} never
 * in {@code dedup}, the evidence's fields unwrapped into the link, enums by their JSON names).
 * {@code dedup} writes about 1.7 GB of this at a million items.
 *
 * <p>The bytes are made here rather than by Jackson's generator: its pretty printer (an indenter
 * call and a conversion of its characters per line), its per-character path for strings once one
 * character needs the HTML-safe escapes' attention (any accent), a generator per cluster and a
 * separate pass looking for surrogates were most of the writing threads' time. The form written is
 * that of Jackson's {@code DefaultPrettyPrinter} with the report's indenter (objects one field per
 * line, indented two spaces a level, {@code " : "} after a name, arrays on one line as {@code [ a,
 * b ]}, empty ones {@code [ ]} and <code>{ }</code>) and of {@link
 * org.bulletins.model.json.BulletinsJson}'s escapes (the JSON escapes, {@code <}, {@code >}, {@code
 * &} and U+2028/U+2029 as <code>&#92;u</code> escapes, other characters as UTF-8); {@code
 * ClusterJsonProperties} checks it against data binding on random clusters.
 *
 * <p>Jackson's UTF-8 generator writes a character outside the Basic Multilingual Plane (a surrogate
 * pair) as two escapes (<code>&#92;uD83D&#92;uDE00</code>) where the text form writes its four
 * bytes, and a surrogate without its pair otherwise than the text form's {@code ?}: {@link #write}
 * declines a cluster whose strings hold any surrogate, and the caller renders that one the old way.
 */
final class ClusterJson {

  private static final Map<ClusterKind, String> KINDS = names(ClusterKind.class);
  private static final Map<ItemField, String> FIELDS = names(ItemField.class);

  /** Each rendering thread's bytes, reused from cluster to cluster. */
  private static final ThreadLocal<JsonBytes> SCRATCH = ThreadLocal.withInitial(JsonBytes::new);

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
    JsonBytes json = SCRATCH.get();
    json.reset();
    try {
      cluster(json, cluster);
    } catch (JsonBytes.SurrogateFound e) {
      return false;
    }
    json.writeTo(out);
    return true;
  }

  // The cluster is an object at the pretty printer's nesting 1 (inside the report's array); a
  // field at nesting d starts on a new line indented 2 * (d + 1) spaces, and an object closes on
  // a line indented 2 * d spaces (arrays do not nest the indentation).

  private static void cluster(JsonBytes json, DedupCommand.Cluster cluster) {
    json.raw('{');
    json.field(1, true, "kind");
    json.string(KINDS.get(cluster.kind()));
    json.field(1, false, "id");
    json.string(cluster.id());
    json.field(1, false, "members");
    json.raw('[');
    boolean first = true;
    for (ItemView member : cluster.members()) {
      json.raw(first ? " " : ", ");
      item(json, member);
      first = false;
    }
    json.endArray();
    json.field(1, false, "merged");
    item(json, cluster.merged());
    json.field(1, false, "fieldSources");
    json.raw('{');
    first = true;
    for (Map.Entry<ItemField, Integer> source : cluster.fieldSources().entrySet()) {
      json.field(2, first, FIELDS.get(source.getKey()));
      json.number(source.getValue());
      first = false;
    }
    json.endObject(2, !first);
    json.field(1, false, "titleVariants");
    json.strings(cluster.titleVariants());
    json.field(1, false, "evidence");
    json.raw('[');
    first = true;
    for (DedupCommand.Link link : cluster.evidence()) {
      json.raw(first ? " " : ", ");
      link(json, link);
      first = false;
    }
    json.endArray();
    json.endObject(1, true);
  }

  /** An item: an object at nesting 2 (in the members array, or the merged field's value). */
  private static void item(JsonBytes json, ItemView item) {
    json.raw('{');
    json.field(2, true, "source");
    json.string(item.source());
    json.field(2, false, "line");
    json.number(item.line());
    json.field(2, false, "firstLine");
    json.number(item.firstLine());
    json.field(2, false, "lastLine");
    json.number(item.lastLine());
    json.field(2, false, "date");
    if (item.date().isPresent()) {
      json.string(item.date().get().toString()); // as the JavaTimeModule writes it
    } else {
      json.raw("null");
    }
    json.field(2, false, "title");
    json.string(item.title());
    json.field(2, false, "paragraphs");
    json.strings(item.paragraphs());
    json.field(2, false, "id");
    json.string(item.id());
    if (!item.labels().isEmpty()) {
      json.field(2, false, "labels");
      json.strings(item.labels());
    }
    if (item.facts().isPresent()) {
      throw new IllegalArgumentException("dedup's items carry no facts");
    }
    json.endObject(2, true);
  }

  /** A link: an object at nesting 2 in the evidence array, its scores an object at nesting 3. */
  private static void link(JsonBytes json, DedupCommand.Link link) {
    MatchEvidence e = link.evidence();
    json.raw('{');
    json.field(2, true, "left");
    json.number(link.left());
    json.field(2, false, "right");
    json.number(link.right());
    json.field(2, false, "sameStory");
    json.raw(e.sameStory() ? "true" : "false");
    json.field(2, false, "rule");
    json.string(e.rule().id());
    json.field(2, false, "titleSimilarity");
    json.number(e.titleSimilarity());
    json.field(2, false, "bodySimilarity");
    json.number(e.bodySimilarity());
    json.field(2, false, "containment");
    json.number(e.containment());
    json.field(2, false, "dateDistanceDays");
    if (e.dateDistanceDays().isPresent()) {
      json.number(e.dateDistanceDays().get());
    } else {
      json.raw("null");
    }
    json.field(2, false, "sharedTerms");
    json.strings(e.sharedTerms());
    json.field(2, false, "conflictingTerms");
    json.strings(e.conflictingTerms());
    json.field(2, false, "scores");
    json.raw('{');
    boolean first = true;
    for (Map.Entry<String, Double> score : e.scores().entrySet()) {
      json.field(3, first, score.getKey());
      json.number(score.getValue());
      first = false;
    }
    json.endObject(3, !first);
    json.field(2, false, "strength");
    json.number(e.strength());
    json.endObject(2, true);
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
}
