package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupResult;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;

/** The clusters rendered in parallel give the bytes of the whole report written at once. */
class ClusterArrayWriterTest {

  private static final List<DedupCommand.Cluster> SEED_CLUSTERS = seedClusters();

  private static List<DedupCommand.Cluster> seedClusters() {
    List<NewsItem> items =
        Seeds.items(
            page ->
                BulletinParser.create().parse(Seeds.read(page), Seeds.sourceName(page)).items());
    DedupResult result = DedupEngine.create().deduplicate(items);
    List<DedupCommand.Cluster> clusters = new ArrayList<>();
    for (int s = 0; s < result.stories().size(); s++) {
      clusters.add(
          DedupCommand.Cluster.of(
              result.stories().get(s),
              StoryIds.of(result.stories().get(s), result.memberIds().get(s))));
    }
    return List.copyOf(clusters);
  }

  private static String parallel(int items, List<DedupCommand.Cluster> clusters) throws Exception {
    StringWriter out = new StringWriter();
    ClusterArrayWriter.write(out, items, clusters);
    return out.toString();
  }

  private static byte[] bytes(int items, List<DedupCommand.Cluster> clusters) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClusterArrayWriter.write(out, items, clusters);
    return out.toByteArray();
  }

  /** What the writer form gives through standard output's UTF-8 encoder. */
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String whole(int items, List<DedupCommand.Cluster> clusters) throws Exception {
    return Formats.JSON_PRETTY.writeValueAsString(new DedupCommand.Report(items, clusters));
  }

  @Test
  void theSeedsReportIsByteForByteTheWholeWrite() throws Exception {
    assertThat(SEED_CLUSTERS).hasSizeGreaterThan(10);
    assertThat(SEED_CLUSTERS.stream().anyMatch(c -> c.members().size() > 1)).isTrue();
    String expected = whole(123, SEED_CLUSTERS);
    assertThat(parallel(123, SEED_CLUSTERS)).isEqualTo(expected);
    assertThat(expected).contains("\n    \"kind\" : ").contains("\"clusters\" : [ {");
  }

  @Test
  void batchBoundariesChangeNothing() throws Exception {
    // More clusters than two batches and a part, so clusters are written across batch ends.
    List<DedupCommand.Cluster> many = new ArrayList<>();
    while (many.size() < 2 * ClusterArrayWriter.BATCH + 7) {
      many.addAll(SEED_CLUSTERS);
    }
    assertThat(parallel(many.size(), many)).isEqualTo(whole(many.size(), many));
  }

  @Test
  void noClustersIsAnEmptyArray() throws Exception {
    assertThat(parallel(0, List.of())).isEqualTo(whole(0, List.of())).contains("[ ]");
    assertThat(bytes(0, List.of())).isEqualTo(utf8(whole(0, List.of())));
  }

  @Test
  void theBytesAreTheWholeWriteEncodedAcrossChunkEnds() throws Exception {
    // Several chunks and a part, more than the rendering threads hold ahead, and a single one.
    List<DedupCommand.Cluster> many = new ArrayList<>();
    while (many.size() < 13 * ClusterArrayWriter.CHUNK + 5) {
      many.addAll(SEED_CLUSTERS);
    }
    assertThat(bytes(many.size(), many)).isEqualTo(utf8(whole(many.size(), many)));
    // Data binding into the nesting encoder, the way before field-by-field writing: same bytes.
    ByteArrayOutputStream bound = new ByteArrayOutputStream();
    ClusterArrayWriter.write(bound, many.size(), many, false);
    assertThat(bound.toByteArray()).isEqualTo(bytes(many.size(), many));
    List<DedupCommand.Cluster> one = SEED_CLUSTERS.subList(0, 1);
    assertThat(bytes(1, one)).isEqualTo(utf8(whole(1, one)));
  }

  @Test
  void chunksRenderedIntoReusedArraysKeepOnlyTheirOwnBytes() throws Exception {
    // The chunks' arrays are filled again once written: the largest clusters first, so that the
    // later chunks of the smallest ones land in arrays still holding longer, older bytes.
    DedupCommand.Cluster largest =
        SEED_CLUSTERS.stream().max(Comparator.comparingInt(c -> c.members().size())).orElseThrow();
    DedupCommand.Cluster smallest =
        SEED_CLUSTERS.stream().min(Comparator.comparingInt(c -> c.members().size())).orElseThrow();
    assertThat(largest.members().size()).isGreaterThan(smallest.members().size());
    List<DedupCommand.Cluster> clusters = new ArrayList<>();
    for (int i = 0; i < 12 * ClusterArrayWriter.CHUNK; i++) {
      clusters.add(largest);
    }
    for (int i = 0; i < 30 * ClusterArrayWriter.CHUNK + 3; i++) {
      clusters.add(i % 97 == 0 ? largest : smallest);
    }
    assertThat(bytes(clusters.size(), clusters)).isEqualTo(utf8(whole(clusters.size(), clusters)));
  }

  @Test
  void textOutsideAsciiIsEncodedAsTheWriterEncodesIt() throws Exception {
    // Accents (two bytes), CJK (three), emoji outside the BMP (surrogate pairs: four bytes each,
    // where Jackson's own UTF-8 generator would write escapes), and quotes (escaped).
    String page =
        "3 March 2024\n\nCafé owners in Zürich meet 東京 traders 😀 \"today\"\n\n"
            + "A paragraph with ünïcödé and 🎉 in it, long enough to be a body.\n";
    List<NewsItem> items = BulletinParser.create().parse(page, "unicode.txt").items();
    assertThat(items).hasSize(1);
    DedupResult result = DedupEngine.create().deduplicate(items);
    List<DedupCommand.Cluster> clusters =
        List.of(
            DedupCommand.Cluster.of(
                result.stories().get(0),
                StoryIds.of(result.stories().get(0), result.memberIds().get(0))));
    String expected = whole(1, clusters);
    assertThat(expected).contains("😀").contains("Zürich").contains("\\\"today\\\"");
    assertThat(bytes(1, clusters)).isEqualTo(utf8(expected));
  }
}
