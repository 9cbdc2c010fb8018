package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.bulletins.model.ParsedDocument;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;

/** One parser shared by many threads gives what one thread gets, through every entry point. */
class ConcurrencyTest {

  private static final Path CORPUS =
      Path.of("src/test/resources/org/bulletins/parser/ParserFuzzTestInputs/allEntryPoints");

  @Test
  void aSharedParserGivesTheSingleThreadedResults() throws Exception {
    BulletinParser parser = BulletinParser.builder().maxDiagnostics(1000).build();
    List<byte[]> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path f : files.sorted().toList()) {
        inputs.add(Files.readAllBytes(f));
      }
    }
    for (Path seed : Seeds.files()) {
      inputs.add(Files.readAllBytes(seed));
    }
    List<List<ParsedDocument>> expected = new ArrayList<>();
    for (byte[] input : inputs) {
      expected.add(parseAllWays(parser, input));
    }
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        Callable<Integer> task =
            () -> {
              int checked = 0;
              for (int round = 0; round < 3; round++) {
                for (int k = 0; k < inputs.size(); k++) {
                  int i = (k + offset * 7) % inputs.size(); // threads start at different inputs
                  assertThat(parseAllWays(parser, inputs.get(i))).isEqualTo(expected.get(i));
                  checked++;
                }
              }
              return checked;
            };
        futures.add(pool.submit(task));
      }
      int total = 0;
      for (Future<Integer> f : futures) {
        total += f.get();
      }
      assertThat(total).isEqualTo(threads * 3 * inputs.size());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<ParsedDocument> parseAllWays(BulletinParser parser, byte[] input)
      throws Exception {
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    List<ParsedDocument> docs = new ArrayList<>();
    docs.add(parser.parse(input, "c"));
    docs.add(parser.parse(text, "c"));
    docs.add(parser.parse(new java.io.ByteArrayInputStream(input), "c"));
    try (ItemStream items = parser.stream(new java.io.StringReader(text), "c")) {
      List<org.bulletins.model.NewsItem> list = new ArrayList<>();
      items.forEach(list::add);
      docs.add(new ParsedDocument("c", list, items.diagnostics()));
    }
    String written = BulletinWriter.write(docs.get(1).items());
    docs.add(parser.parse(written, "c"));
    return docs;
  }
}
