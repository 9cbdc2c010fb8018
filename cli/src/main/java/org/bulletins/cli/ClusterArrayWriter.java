package org.bulletins.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.io.BufferedOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Writes {@code dedup}'s JSON report with the clusters rendered on all cores: batches of clusters
 * are turned into text in parallel, then written in order. The bytes are those of {@link
 * Formats#JSON_PRETTY} writing the whole report at once: each cluster is rendered by the same
 * writer as a document of its own, and its lines are indented by the one level that the report's
 * object adds around the array (strings hold no line breaks in JSON: they are escaped). Rendering
 * was one thread's work after the engine had finished, about a tenth of a million items' run.
 *
 * <p>To a byte stream ({@link #write(OutputStream, int, List)}), the rendering threads also encode
 * the text as UTF-8 and the writing thread only copies bytes, while the next clusters are rendered:
 * a million items' report is 1.7 GB, and encoding it on the writing thread, between two parallel
 * batches, left a core idle. There each cluster is written field by field into bytes ({@link
 * ClusterJson}), and only a cluster holding a surrogate goes through data binding and the nesting
 * encoder ({@link NestedUtf8Buffer}).
 */
final class ClusterArrayWriter {

  /** Clusters rendered at once: enough to share between the cores, little text held. */
  static final int BATCH = 2048;

  /** Clusters rendered by one task when writing bytes. */
  static final int CHUNK = 256;

  /** Chunks rendered ahead of the one being written, per rendering thread. */
  private static final int AHEAD_PER_THREAD = 3;

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

  /**
   * Writes {@code {"items" : N, "clusters" : [ ... ]}} as {@link Formats#JSON_PRETTY} would, in
   * UTF-8: the bytes that the writer form gives through a UTF-8 encoder. Chunks of clusters are
   * rendered and encoded on one thread per core while this thread writes the chunks before them.
   *
   * @param out where to write; flushed, not closed
   * @param items the input item count
   * @param clusters the clusters, each made when it is rendered
   * @throws IOException when writing fails
   */
  static void write(OutputStream out, int items, List<DedupCommand.Cluster> clusters)
      throws IOException {
    write(out, items, clusters, true);
  }

  /**
   * As {@link #write(OutputStream, int, List)}, each cluster written field by field ({@link
   * ClusterJson}) or, for comparison in {@code ClusterArrayWriterBench}, by data binding.
   */
  static void write(
      OutputStream out, int items, List<DedupCommand.Cluster> clusters, boolean fieldByField)
      throws IOException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService renderers =
        Executors.newFixedThreadPool(
            threads,
            new ThreadFactoryBuilder().setDaemon(true).setNameFormat("dedup-json-%d").build());
    try {
      writeChunks(out, items, clusters, renderers, threads * AHEAD_PER_THREAD, fieldByField);
    } finally {
      renderers.shutdownNow();
    }
  }

  private static void writeChunks(
      OutputStream out,
      int items,
      List<DedupCommand.Cluster> clusters,
      ExecutorService renderers,
      int ahead,
      boolean fieldByField)
      throws IOException {
    ObjectWriter writer = Formats.JSON_PRETTY;
    OutputStream buffered = new BufferedOutputStream(out, 1 << 16); // flushed, never closed
    // The generator writes the report's frame and the separators between the clusters (as it
    // would around each raw value), into a small buffer copied out before each cluster's bytes.
    CharArrayWriter frame = new CharArrayWriter(64);
    // Each chunk's array goes back to the renderers once its bytes are written, so that a few
    // arrays serve the whole report: a new one per chunk (256 clusters' room, 1 MB) was over half a
    // G1 region at -Xmx4g, a humongous allocation (3.2 GB of them for a million items, a third of
    // all bytes allocated after signing) zeroed and collected for about 550 KB of use.
    Queue<byte[]> spare = new ConcurrentLinkedQueue<>();
    try (JsonGenerator json = writer.createGenerator(frame)) {
      json.writeStartObject();
      json.writeNumberField("items", items);
      json.writeFieldName("clusters");
      json.writeStartArray();
      ArrayDeque<Future<Rendered>> rendering = new ArrayDeque<>();
      int next = 0;
      while (next < clusters.size() || !rendering.isEmpty()) {
        while (rendering.size() < ahead && next < clusters.size()) {
          int first = next;
          int count = Math.min(CHUNK, clusters.size() - first);
          rendering.add(
              renderers.submit(
                  () -> renderChunk(writer, clusters, first, count, fieldByField, spare)));
          next += count;
        }
        Rendered chunk = done(rendering.poll());
        int start = 0;
        for (int end : chunk.ends()) {
          json.writeRawValue("");
          json.flush();
          copy(frame, buffered);
          buffered.write(chunk.bytes(), start, end - start);
          start = end;
        }
        spare.offer(chunk.bytes()); // copied out above: free to fill again
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    copy(frame, buffered);
    buffered.flush();
  }

  /**
   * A chunk of clusters as UTF-8 bytes, one level deeper.
   *
   * @param bytes the clusters' bytes, one after the other (the array may be longer)
   * @param ends where each cluster's bytes end
   */
  private record Rendered(byte[] bytes, int[] ends) {}

  private static Rendered renderChunk(
      ObjectWriter writer,
      List<DedupCommand.Cluster> clusters,
      int first,
      int count,
      boolean fieldByField,
      Queue<byte[]> spare)
      throws IOException {
    byte[] reused = spare.poll();
    NestedUtf8Buffer buffer =
        reused != null
            ? new NestedUtf8Buffer(NEW_LINE, reused)
            : new NestedUtf8Buffer(NEW_LINE, count * 4096);
    int[] ends = new int[count];
    try (ClusterJson.Chunk fields = new ClusterJson.Chunk(buffer)) {
      for (int i = 0; i < count; i++) {
        DedupCommand.Cluster cluster = clusters.get(first + i);
        // Field by field into bytes; a cluster with a surrogate in it as text through the buffer.
        if (!fieldByField || !fields.write(cluster)) {
          writer.writeValue(buffer, cluster);
        }
        ends[i] = buffer.finish();
      }
    }
    return new Rendered(buffer.array(), ends);
  }

  private static Rendered done(Future<Rendered> chunk) throws IOException {
    try {
      return chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the clusters");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException unchecked) {
        throw unchecked.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The frame's text written so far, as bytes (it is ASCII: braces, names, spaces, commas). */
  private static void copy(CharArrayWriter frame, OutputStream out) throws IOException {
    if (frame.size() > 0) {
      out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
      frame.reset();
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
