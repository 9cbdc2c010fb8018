package org.bulletins.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes {@code dedup}'s JSON report with the clusters rendered on all cores: batches of clusters
 * are turned into text in parallel, then written in order. The bytes are those of {@link
 * Formats#JSON_PRETTY} writing the whole report at once: each cluster is rendered by the same
 * writer as a document of its own, and its lines are indented by the one level that the report's
 * object adds around the array (strings hold no line breaks in JSON: they are escaped). Rendering
 * was one thread's work after the engine had finished, about a tenth of a million items' run.
 */
final class ClusterArrayWriter {

  /** Clusters rendered at once: enough to share between the cores, little text held. */
  static final int BATCH = 2048;

  private static final String NEW_LINE = System.lineSeparator();

  private ClusterArrayWriter() {}

  /**
   * Writes {@code {"items" : N, "clusters" : [ ... ]}} as {@link Formats#JSON_PRETTY} would.
   *
   * @param out where to write; flushed, not closed
   * @param items the input item count
   * @param clusters the clusters, each made when it is rendered
   * @throws IOException when writing fails
   */
  static void write(Writer out, int items, List<DedupCommand.Cluster> clusters) throws IOException {
    ObjectWriter writer = Formats.JSON_PRETTY;
    try (JsonGenerator json = writer.createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("items", items);
      json.writeFieldName("clusters");
      json.writeStartArray();
      String[] rendered = new String[BATCH];
      for (int start = 0; start < clusters.size(); start += BATCH) {
        int first = start;
        int count = Math.min(BATCH, clusters.size() - start);
        try {
          IntStream.range(0, count)
              .parallel()
              .forEach(i -> rendered[i] = nested(render(writer, clusters.get(first + i))));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        for (int i = 0; i < count; i++) {
          json.writeRawValue(rendered[i]);
          rendered[i] = null;
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static String render(ObjectWriter writer, DedupCommand.Cluster cluster) {
    try {
      return writer.writeValueAsString(cluster);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document's text one level deeper: two more spaces after every line break. */
  private static String nested(String document) {
    return document.replace(NEW_LINE, NEW_LINE + "  ");
  }
}
