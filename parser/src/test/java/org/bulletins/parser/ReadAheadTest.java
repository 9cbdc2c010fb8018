package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bulletins.model.NewsItem;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Reading lines ahead on a second thread changes nothing but the thread: the same items, the same
 * diagnostics in the same order, the same layout, the same failures at the same point.
 */
class ReadAheadTest {

  /** Parser options that make the line source report (limits, strictness, a small cap). */
  private static final List<UnaryOperator<BulletinParser.Builder>> OPTIONS =
      List.of(
          b -> b,
          b -> b.strictness(Strictness.STRICT),
          b -> b.maxDiagnostics(3).maxLineLength(40),
          b -> b.maxLineLength(7).maxItemLength(100).strictness(Strictness.STRICT));

  /** Everything a stream gives, as text: items, diagnostics, counts, layout, or the failure. */
  private static String read(BulletinParser parser, byte[] bytes) {
    StringBuilder seen = new StringBuilder();
    try (ItemStream items = parser.stream(new ByteArrayInputStream(bytes), "page")) {
      try {
        for (NewsItem item : items) {
          seen.append(item).append('\n');
        }
      } catch (RuntimeException e) {
        seen.append("failed: ").append(e.getClass().getName()).append(' ').append(e.getMessage());
      }
      seen.append(items.diagnostics()).append(items.diagnosticCounts()).append(items.layout());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return seen.toString();
  }

  /** What {@link BulletinParser#parse(byte[], String)} gives, as text, or its failure. */
  private static String parse(BulletinParser parser, byte[] bytes) {
    try {
      return parser.parse(bytes, "page").toString();
    } catch (RuntimeException e) {
      return "failed: " + e.getClass().getName() + ' ' + e.getMessage();
    }
  }

  private static void assertSameEitherWay(byte[] bytes) {
    for (UnaryOperator<BulletinParser.Builder> options : OPTIONS) {
      String oneThread = read(options.apply(BulletinParser.builder()).build(), bytes);
      String ahead = read(options.apply(BulletinParser.builder().readAhead(true)).build(), bytes);
      assertThat(ahead).isEqualTo(oneThread);
      // A whole document parsed from bytes reads ahead too (the store's ingest), with its limit.
      for (long limit : new long[] {Long.MAX_VALUE, 2_000}) {
        String parsed =
            parse(options.apply(BulletinParser.builder().maxDocumentLength(limit)).build(), bytes);
        String parsedAhead =
            parse(
                options
                    .apply(BulletinParser.builder().maxDocumentLength(limit).readAhead(true))
                    .build(),
                bytes);
        assertThat(parsedAhead).isEqualTo(parsed);
      }
    }
  }

  @Test
  void seedsAndLayoutPagesReadTheSame() throws IOException {
    List<Path> pages = new ArrayList<>(Seeds.files());
    try (Stream<Path> layouts = Files.list(Path.of("src", "test", "resources", "layouts"))) {
      layouts.filter(p -> p.toString().endsWith(".txt")).forEach(pages::add);
    }
    assertThat(pages).hasSizeGreaterThan(15);
    for (Path page : pages) {
      assertSameEitherWay(Files.readAllBytes(page));
    }
  }

  /**
   * Thousands of lines (many batches), with lines the source reports (invalid UTF-8, over-long
   * lines) in several batches, between lines the classifier reports (impossible and orphan dates).
   */
  @Test
  void diagnosticsOfTheSourceKeepTheirPlaceAcrossBatches() {
    StringBuilder page = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      page.append(i % 7 == 0 ? "31 June 2021" : "9 June 2021").append("\n\n");
      page.append("Title number ").append(i).append("\n\n");
      page.append(i % 13 == 0 ? "caf\u00e9 " : "").append("A paragraph of the item.\n\n");
      if (i % 101 == 0) {
        page.append("3 May 2020\n\n"); // a date line followed by a date line: orphan
      }
    }
    byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i += 9973) {
      if (bytes[i] == 'A') {
        bytes[i] = (byte) 0xE9; // a Latin-1 byte: the line is not UTF-8
      }
    }
    assertSameEitherWay(bytes);
  }

  @Test
  void aFailingInputFailsAfterTheItemsReadBeforeIt() throws IOException {
    byte[] head =
        "9 June 2021\n\nA title\n\nA paragraph.\n\n".repeat(600).getBytes(StandardCharsets.UTF_8);
    BulletinParser parser = BulletinParser.builder().readAhead(true).build();
    InputStream failing =
        new InputStream() {
          private int position;

          @Override
          public int read() throws IOException {
            if (position == head.length) {
              throw new IOException("disk gone");
            }
            return head[position++] & 0xFF;
          }
        };
    List<NewsItem> items = new ArrayList<>();
    try (ItemStream stream = parser.stream(failing, "failing")) {
      assertThatThrownBy(() -> stream.forEach(items::add))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk gone");
    }
    // The last item is still open when the input fails: every earlier one was handed out.
    assertThat(items).hasSize(599);
    assertThat(items.get(598).span().firstLine()).isEqualTo(598 * 6 + 1);
  }

  @Test
  void anInterruptedThreadParsesBytesOnItsOwnAndKeepsItsInterrupt() throws IOException {
    byte[] bytes = Files.readAllBytes(Seeds.files().get(0));
    String oneThread = BulletinParser.create().parse(bytes, "page").toString();
    BulletinParser ahead = BulletinParser.builder().readAhead(true).build();
    Thread.currentThread().interrupt();
    try {
      assertThat(ahead.parse(bytes, "page").toString()).isEqualTo(oneThread);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted(); // cleared for the tests after this one
    }
  }

  @Test
  void closingEarlyStopsTheReadingThread() throws Exception {
    byte[] page =
        "9 June 2021\n\nA title\n\nA paragraph.\n\n"
            .repeat(50_000)
            .getBytes(StandardCharsets.UTF_8);
    BulletinParser parser = BulletinParser.builder().readAhead(true).build();
    try (ItemStream items = parser.stream(new ByteArrayInputStream(page), "page")) {
      assertThat(items.iterator().next().title()).isEqualTo("A title");
    }
    for (int i = 0; i < 100 && readers() > 0; i++) {
      Thread.sleep(20);
    }
    assertThat(readers()).isZero();
  }

  private static long readers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("bulletins-read-ahead") && t.isAlive())
        .count();
  }
}
