package org.bulletins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
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
  }
}
