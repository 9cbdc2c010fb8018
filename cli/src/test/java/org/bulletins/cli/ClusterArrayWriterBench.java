package org.bulletins.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupResult;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/**
 * A benchmark program, not a test: {@code dedup}'s JSON report of one corpus written again and
 * again to a stream that only counts its bytes, alternating the three ways of {@link
 * ClusterArrayWriter}: text through a UTF-8 {@link OutputStreamWriter} (the way before session 10,
 * still used for a writer that is not standard output), bytes encoded by the rendering threads from
 * data binding ({@code bound}, sessions 10 and 11) and bytes written field by field ({@code
 * fields}, {@link ClusterJson}, session 12). Prints each round's wall and process CPU seconds (the
 * rendering threads end with each write, so the process's CPU time is what counts them) and the
 * byte count, which must be equal.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl cli -am -DskipTests package && ./mvnw -B -q -pl cli test-compile
 * java -Xmx4g -cp cli/target/test-classes:cli/target/bulletins-cli.jar \
 *     org.bulletins.cli.ClusterArrayWriterBench corpus-100000.txt 5 [bound,fields]
 * }</pre>
 *
 * <p>Run with another build's jar in place of {@code bulletins-cli.jar} (the same test classes) to
 * compare its {@code fields} with this build's, the {@code bound} rounds a yardstick of the load.
 */
public final class ClusterArrayWriterBench {

  private ClusterArrayWriterBench() {}

  /**
   * Runs the rounds.
   *
   * @param args the corpus file and the number of rounds
   * @throws Exception when reading or writing fails
   */
  public static void main(String[] args) throws Exception {
    List<NewsItem> items = BulletinParser.create().parse(Path.of(args[0])).items();
    int rounds = Integer.parseInt(args[1]);
    DedupResult result = DedupEngine.create().deduplicate(items);
    List<DedupCommand.Cluster> clusters =
        new AbstractList<>() {
          @Override
          public DedupCommand.Cluster get(int index) {
            return DedupCommand.Cluster.of(
                result.stories().get(index),
                StoryIds.of(result.stories().get(index), result.memberIds().get(index)));
          }

          @Override
          public int size() {
            return result.stories().size();
          }
        };
    System.out.printf(
        Locale.ROOT, "%d items, %d clusters, %d rounds%n", items.size(), clusters.size(), rounds);
    // The ways to run, each first in turn: all three unless a third argument names some.
    String[] ways = args.length > 2 ? args[2].split(",") : new String[] {"text", "bound", "fields"};
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < ways.length; k++) {
        String way = ways[(round + k) % ways.length]; // each way first in turn
        Counter sink = new Counter();
        long cpu = processCpuNanos();
        long wall = System.nanoTime();
        if (!way.equals("text")) {
          ClusterArrayWriter.write(sink, items.size(), clusters, way.equals("fields"));
        } else {
          PrintWriter text = new PrintWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8));
          ClusterArrayWriter.write(text, items.size(), clusters);
          text.flush();
        }
        System.out.printf(
            Locale.ROOT,
            "round %d %-6s wall %6.2f s  cpu %6.2f s  %d bytes%n",
            round,
            way,
            (System.nanoTime() - wall) / 1e9,
            (processCpuNanos() - cpu) / 1e9,
            sink.count);
      }
    }
  }

  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
  }

  /** Counts the bytes written to it and keeps none. */
  private static final class Counter extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      count += length;
    }
  }
}
