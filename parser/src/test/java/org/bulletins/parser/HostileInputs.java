package org.bulletins.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.TreeMap;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;

/**
 * Hostile inputs, generated as streams (never held in memory), run in a separate JVM with a small
 * heap by {@link HostileInputTest}. Prints one line per case: its name, the items, the diagnostic
 * codes with their counts, the time; exits non-zero on any exception or error.
 *
 * <pre>{@code java -Xmx64m -cp <test classpath> org.bulletins.parser.HostileInputs [SCALE]}</pre>
 *
 * <p>The 20 MB lines and the 1 GiB of blank lines read by {@code parse} (which stops at {@code
 * maxDocumentLength}) always run at full size. SCALE (default 1) multiplies the sizes of the slower
 * cases: 1 GiB of blank lines streamed to the end, 2 million date lines, 1.5 million repeated
 * entities, 64 MB of random bytes, 32 MB of invalid UTF-8.
 */
public final class HostileInputs {

  private HostileInputs() {}

  public static void main(String[] args) throws IOException {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
    BulletinParser parser = BulletinParser.create();
    long line = 20_000_000;
    run(
        "20MB-single-line-parse",
        () -> parse(parser, repeat("9 June, 2021\nTitle\n", "x", line, "\n")));
    run(
        "20MB-single-line-utf16",
        () -> parse(parser, utf16(repeat("9 June, 2021\nTitle\n", "é", line / 2, "\n"))));
    run("20MB-single-line-reader", () -> parseReader(parser, repeat("", "ж", line / 2, "")));
    run("1GiB-blank-lines-parse", () -> parse(parser, repeat("", "\n", 1L << 30, "")));
    run(
        "1GiB-blank-lines-stream",
        () ->
            stream(
                parser,
                repeat("", "\r\n \t", (long) ((1L << 30) * scale) / 4, "9 June, 2021\nT\nbody")));
    run(
        "2M-date-lines-no-items",
        () ->
            parse(parser, repeat("", "Wednesday, 9 June, 2021\n", (long) (2_000_000 * scale), "")));
    run(
        "2M-date-lines-stream",
        () -> stream(parser, repeat("", "2021-06-09\r\n", (long) (2_000_000 * scale), "")));
    run(
        "repeated-entities-one-item",
        () ->
            stream(
                parser,
                repeat(
                    "9 June, 2021\nT\n",
                    "&amp;amp;amp;&#38;#38;&#x26;&nbsp;&",
                    (long) (1_500_000 * scale),
                    "\n")));
    run(
        "nested-entity-line",
        () ->
            parse(parser, repeat("9 June, 2021\nT\n&", "amp;", (long) (5_000_000 * scale), "\n")));
    run("random-bytes", () -> parse(parser, random((long) (64_000_000 * scale), 1)));
    run(
        "random-bytes-utf16le-bom",
        () ->
            parse(
                parser,
                concat(
                    new byte[] {(byte) 0xFF, (byte) 0xFE},
                    random((long) (16_000_000 * scale), 2))));
    run(
        "invalid-utf8-sequences",
        () ->
            parse(
                parser,
                repeatBytes(
                    new byte[] {
                      (byte) 0xC0,
                      (byte) 0x80,
                      (byte) 0xED,
                      (byte) 0xA0,
                      (byte) 0x80,
                      (byte) 0xF8,
                      (byte) 0x88,
                      (byte) 0x80,
                      (byte) 0x80,
                      (byte) 0x80,
                      (byte) 0xFF,
                      (byte) 0xFE,
                      '\r',
                      (byte) 0xE2,
                      (byte) 0x82,
                      '\n'
                    },
                    (long) (2_000_000 * scale))));
    run(
        "odd-utf16-and-lone-surrogates",
        () ->
            parse(
                parser,
                concat(
                    new byte[] {(byte) 0xFE, (byte) 0xFF},
                    repeatBytes(
                        new byte[] {(byte) 0xD8, 0x00, 0x00, '\n', (byte) 0xDC, 0x00, 0x00, 'a'},
                        (long) (1_000_000 * scale)),
                    new byte[] {0x41})));
    run(
        "nul-bytes",
        () ->
            parse(parser, repeatBytes(new byte[] {0, 0, 0, '\n', 0}, (long) (4_000_000 * scale))));
  }

  interface Case {
    Object get() throws IOException;
  }

  private static void run(String name, Case c) {
    long start = System.nanoTime();
    Object result;
    try {
      result = c.get();
    } catch (IOException | RuntimeException | Error e) {
      System.out.println("FAIL " + name + ": " + e);
      e.printStackTrace(System.out);
      System.exit(1);
      return;
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "%s: %s (%d ms, heap used %d MiB of %d MiB)%n",
        name,
        result,
        (System.nanoTime() - start) / 1_000_000,
        (rt.totalMemory() - rt.freeMemory()) >> 20,
        rt.maxMemory() >> 20);
    System.out.flush();
  }

  private static String parse(BulletinParser parser, InputStream in) throws IOException {
    return summary(parser.parse(in, "hostile"));
  }

  private static String parseReader(BulletinParser parser, InputStream in) throws IOException {
    try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      return summary(parser.parse(reader, "hostile"));
    }
  }

  private static String stream(BulletinParser parser, InputStream in) throws IOException {
    long items = 0;
    long longest = 0;
    try (ItemStream stream = parser.stream(in, "hostile")) {
      for (NewsItem item : stream) {
        items++;
        longest = Math.max(longest, item.paragraphs().stream().mapToLong(String::length).sum());
      }
      return "items=" + items + " longestText=" + longest + " " + codes(stream.diagnostics());
    }
  }

  private static String summary(ParsedDocument doc) {
    long longest =
        doc.items().stream()
            .mapToLong(i -> i.paragraphs().stream().mapToLong(String::length).sum())
            .max()
            .orElse(0);
    return "items="
        + doc.items().size()
        + " longestText="
        + longest
        + " "
        + codes(doc.diagnostics());
  }

  private static String codes(java.util.List<Diagnostic> diagnostics) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (Diagnostic d : diagnostics) {
      counts.merge(d.code().id(), 1, Integer::sum);
    }
    String truncated =
        diagnostics.stream()
            .filter(d -> d.code() == DiagnosticCode.DIAGNOSTICS_TRUNCATED)
            .map(Diagnostic::message)
            .findFirst()
            .map(m -> " [" + m + "]")
            .orElse("");
    String firstError =
        diagnostics.stream()
            .filter(Diagnostic::isError)
            .findFirst()
            .map(d -> " first error: " + d)
            .orElse("");
    return "diagnostics=" + counts + truncated + firstError;
  }

  /** head, then count copies of unit, then tail, as a stream of UTF-8 bytes. */
  static InputStream repeat(String head, String unit, long count, String tail) {
    return concat(
        head.getBytes(StandardCharsets.UTF_8),
        repeatBytes(unit.getBytes(StandardCharsets.UTF_8), count),
        tail.getBytes(StandardCharsets.UTF_8));
  }

  static InputStream utf16(InputStream utf8) {
    // re-encode lazily: UTF-16BE with a byte-order mark
    return new java.io.SequenceInputStream(
        new java.io.ByteArrayInputStream(new byte[] {(byte) 0xFE, (byte) 0xFF}),
        new InputStream() {
          final Reader reader = new java.io.InputStreamReader(utf8, StandardCharsets.UTF_8);
          int pending = -1;

          @Override
          public int read() throws IOException {
            if (pending >= 0) {
              int b = pending;
              pending = -1;
              return b;
            }
            int c = reader.read();
            if (c < 0) {
              return -1;
            }
            pending = c & 0xFF;
            return c >>> 8;
          }
        });
  }

  static InputStream repeatBytes(byte[] unit, long count) {
    return new Generated(count * unit.length, i -> unit[(int) (i % unit.length)]);
  }

  static InputStream random(long length, long seed) {
    Random random = new Random(seed);
    return new Generated(length, i -> (byte) random.nextInt());
  }

  static InputStream concat(byte[] head, InputStream body, byte[] tail) {
    return new java.io.SequenceInputStream(
        new java.io.ByteArrayInputStream(head),
        new java.io.SequenceInputStream(body, new java.io.ByteArrayInputStream(tail)));
  }

  static InputStream concat(byte[] head, InputStream body) {
    return concat(head, body, new byte[0]);
  }

  interface ByteAt {
    byte at(long index);
  }

  /** A stream of {@code length} generated bytes; nothing is stored. */
  static final class Generated extends InputStream {
    private final long length;
    private final ByteAt bytes;
    private long position;

    Generated(long length, ByteAt bytes) {
      this.length = length;
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return position < length ? bytes.at(position++) & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= length) {
        return -1;
      }
      int n = (int) Math.min(len, length - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = bytes.at(position++);
      }
      return n;
    }
  }
}
