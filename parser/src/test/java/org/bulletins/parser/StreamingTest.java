package org.bulletins.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletins.model.NewsItem;
import org.bulletins.testing.Seeds;
import org.junit.jupiter.api.Test;

/** Streaming reads items one at a time, in bounded memory. */
class StreamingTest {

  private final BulletinParser parser = BulletinParser.create();

  /** An endless-looking page generated on the fly: {@code count} copies of one item. */
  private static InputStream repeated(long count) {
    byte[] item =
        ("9 June, 2021\n\nA title\n\n" + "A body line of a paragraph. ".repeat(30) + "\n\n")
            .getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;
      private final long size = count * item.length;

      @Override
      public int read() {
        return position < size ? item[(int) (position++ % item.length)] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - position);
        for (int i = 0; i < n; i++) {
          b[off + i] = item[(int) (position++ % item.length)];
        }
        return n;
      }
    };
  }

  @Test
  void aSourceLargerThanTheHeapStreams() throws Exception {
    long heap = Runtime.getRuntime().maxMemory();
    long itemSize = 24 + 30 * 28 + 2;
    long count = heap / itemSize + 10_000;
    long seen = 0;
    try (ItemStream items = parser.stream(repeated(count), "generated")) {
      for (NewsItem item : items) {
        seen++;
        if (seen == count) {
          assertThat(item.span().firstLine()).isEqualTo((int) (6 * (count - 1) + 1));
        }
      }
      assertThat(items.diagnostics()).isEmpty();
    }
    assertThat(seen).isEqualTo(count);
  }

  @Test
  void diagnosticsArriveAsTheyAreFound() throws Exception {
    try (ItemStream items =
        parser.stream(new StringReader("31 June, 2021\nA\nb.\n\n1 June, 2021\nB\nb.\n"), "s")) {
      var iterator = items.iterator();
      assertThat(iterator.next().title()).isEqualTo("A");
      assertThat(items.diagnostics())
          .extracting(d -> d.code().id())
          .containsExactly("date.impossible");
      assertThat(iterator.next().title()).isEqualTo("B");
      assertThat(iterator.hasNext()).isFalse();
    }
  }

  @Test
  void streamOfASeedEqualsParse() throws Exception {
    Path seed = Seeds.files().get(0);
    try (ItemStream items = parser.stream(seed)) {
      List<NewsItem> streamed = items.stream().toList();
      assertThat(streamed).isEqualTo(parser.parse(seed).items());
    }
  }

  @Test
  void closingTheStreamClosesTheInput() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new java.io.ByteArrayInputStream("9 June, 2021\nT\nb.\n".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    try (var items = parser.stream(in, "s").stream()) {
      assertThat(items.count()).isEqualTo(1);
    }
    assertThat(closed).isTrue();
  }

  @Test
  void anItemStreamIsIteratedOnce() throws Exception {
    try (ItemStream items = parser.stream(new StringReader(""), "s")) {
      assertThat(items.iterator().hasNext()).isFalse();
      assertThatThrownBy(items::iterator).isInstanceOf(IllegalStateException.class);
    }
  }
}
