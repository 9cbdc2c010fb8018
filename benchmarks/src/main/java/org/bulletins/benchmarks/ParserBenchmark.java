package org.bulletins.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.parser.ItemStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing a large generated corpus, and in the same run the limit: reading the same file line by
 * line with {@link BufferedReader#readLine()} and counting the non-blank lines. One operation reads
 * the whole file; MB/s = file size / score. Run by {@code scripts/parser-throughput.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBenchmark {

  /** The corpus, made by {@link CorpusGenerator}. */
  @Param("/tmp/bulletins-bench/corpus-100m.txt")
  public String corpus;

  private Path file;
  private BulletinParser parser;
  private BulletinParser readingAhead;

  /** Checks that the corpus exists. */
  @Setup
  public void setUp() throws IOException {
    file = Path.of(corpus);
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "no corpus at " + file + "; run benchmarks/scripts/parser-throughput.sh");
    }
    parser = BulletinParser.create();
    readingAhead = BulletinParser.builder().readAhead(true).build();
  }

  /**
   * The parser, streaming: every item is built (dates, titles, paragraphs, spans, diagnostics).
   *
   * @return the number of items, so that nothing is optimised away
   * @throws IOException if reading fails
   */
  @Benchmark
  public long parse() throws IOException {
    long items = 0;
    try (ItemStream stream = parser.stream(file)) {
      for (NewsItem item : stream) {
        items += item.title().isEmpty() ? 0 : 1; // reads the item, so that it is not optimised away
      }
    }
    return items;
  }

  /**
   * The parser reading its lines on a second thread ({@code readAhead(true)}, as {@code check} and
   * {@code parse} do for large files): wall time on two cores, against one thread for readLine.
   *
   * @return the number of items
   * @throws IOException if reading fails
   */
  @Benchmark
  public long parseReadAhead() throws IOException {
    long items = 0;
    try (ItemStream stream = readingAhead.stream(file)) {
      for (NewsItem item : stream) {
        items += item.title().isEmpty() ? 0 : 1;
      }
    }
    return items;
  }

  /**
   * The baseline: UTF-8 decoding and line splitting only.
   *
   * @return the number of non-blank lines
   * @throws IOException if reading fails
   */
  @Benchmark
  public long readLines() throws IOException {
    long lines = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          lines++;
        }
      }
    }
    return lines;
  }
}
