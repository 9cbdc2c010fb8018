package org.bulletins.parser;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.bulletins.parser.internal.ByteLineSource;
import org.bulletins.parser.internal.DateLineParser;
import org.bulletins.parser.internal.DiagnosticSink;
import org.bulletins.parser.internal.ItemAssembler;
import org.bulletins.parser.internal.LineSource;
import org.bulletins.parser.internal.ParserConfig;
import org.bulletins.parser.internal.ReadAheadLineSource;
import org.bulletins.parser.internal.ReaderLineSource;

/**
 * Reads bulletin text into {@link NewsItem}s and {@link Diagnostic}s. A built parser is immutable
 * and thread-safe; it never throws on any text or bytes (in the default {@link Strictness#LENIENT}
 * mode), only on I/O failures and {@code null} arguments.
 *
 * <pre>{@code
 * BulletinParser parser = BulletinParser.create();
 * ParsedDocument doc = parser.parse(Path.of("seeds/000.txt"));
 * for (NewsItem item : doc.items()) {
 *   System.out.println(item.date() + " " + item.title());
 * }
 * doc.diagnostics().forEach(System.err::println); // seeds/000.txt:8:1: warning: ...
 * }</pre>
 *
 * <p>The format and the diagnostics are described in the {@linkplain org.bulletins.parser package
 * documentation}. Every non-blank input line lies inside some item's {@link
 * org.bulletins.model.SourceSpan span} or is named by a diagnostic.
 *
 * @since 0.1.0
 */
public final class BulletinParser {

  private final ParserConfig config;
  private final DateLineParser dates;

  private BulletinParser(ParserConfig config) {
    this.config = config;
    this.dates = new DateLineParser(config.languages(), config.numericDateOrder());
  }

  /**
   * A parser with the default options.
   *
   * @return {@code builder().build()}
   */
  public static BulletinParser create() {
    return builder().build();
  }

  /**
   * A builder for a parser with other options.
   *
   * @return a new builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses text.
   *
   * @param text the bulletin text
   * @param source the source's name, written into spans and diagnostics
   * @return the items and diagnostics
   * @throws BulletinParseException in strict mode, at the first error
   */
  public ParsedDocument parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    try {
      return parse(new StringReader(text), source);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringReader cannot fail", e);
    }
  }

  /**
   * Parses bytes, detecting their encoding: UTF-8 with or without a byte-order mark, UTF-16LE or
   * UTF-16BE with one, or without one when NUL bytes in every other position give them away (with
   * an {@code encoding.guessed} warning); lines that are not valid UTF-8 are read as Windows-1252
   * with an {@code encoding.legacy} warning.
   *
   * @param bytes the bulletin bytes
   * @param source the source's name
   * @return the items and diagnostics
   * @throws BulletinParseException in strict mode, at the first error
   */
  public ParsedDocument parse(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      if (config.readAhead()) {
        try {
          return parseAhead(bytes, source);
        } catch (InterruptedIOException e) {
          // Interrupted while waiting for lines: the one-thread parse below gives the same
          // document, and the thread keeps its interrupt for its caller.
          Thread.currentThread().interrupt();
        }
      }
      return parse(new ByteArrayInputStream(bytes), source);
    } catch (IOException e) {
      throw new UncheckedIOException("a ByteArrayInputStream cannot fail", e);
    }
  }

  /**
   * {@link #parse(byte[], String)} with the lines split and decoded on a second thread, as {@link
   * #stream(InputStream, String)} reads them ahead: the source reports to a sink of its own, whose
   * diagnostics are reported again in stream order; the document limit applies as without reading
   * ahead.
   */
  private ParsedDocument parseAhead(byte[] bytes, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    DiagnosticSink sink = newSink(source);
    DiagnosticSink recording = new DiagnosticSink(source, Strictness.LENIENT, Integer.MAX_VALUE);
    ByteLineSource lines =
        new ByteLineSource(
            new ByteArrayInputStream(bytes),
            config.maxLineLength(),
            config.maxDocumentLength(),
            recording);
    try (ReadAheadLineSource ahead = new ReadAheadLineSource(lines, recording, sink)) {
      return collect(ahead, sink, source);
    }
  }

  /**
   * Parses bytes from a stream, detecting their encoding as {@link #parse(byte[], String)} does.
   * The stream is read to its end (or to {@link Builder#maxDocumentLength(long)}) and not closed.
   *
   * @param in the bytes
   * @param source the source's name
   * @return the items and diagnostics
   * @throws IOException if reading fails
   */
  public ParsedDocument parse(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    DiagnosticSink sink = newSink(source);
    return collect(
        new ByteLineSource(in, config.maxLineLength(), config.maxDocumentLength(), sink),
        sink,
        source);
  }

  /**
   * Parses chars from a reader, which is read to its end and not closed.
   *
   * @param reader the text
   * @param source the source's name
   * @return the items and diagnostics
   * @throws IOException if reading fails
   */
  public ParsedDocument parse(Reader reader, String source) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    DiagnosticSink sink = newSink(source);
    return collect(
        new ReaderLineSource(reader, config.maxLineLength(), config.maxDocumentLength(), sink),
        sink,
        source);
  }

  /**
   * Parses a file, detecting its encoding; the source name is {@code file.toString()}.
   *
   * @param file the file
   * @return the items and diagnostics
   * @throws IOException if the file cannot be read
   */
  public ParsedDocument parse(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /**
   * Streams the items of a file one at a time, detecting its encoding. {@link
   * Builder#maxDocumentLength(long)} does not apply.
   *
   * @param file the file
   * @return the items; close it to close the file
   * @throws IOException if the file cannot be opened
   */
  public ItemStream stream(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return stream(Files.newInputStream(file), file.toString());
  }

  /**
   * Streams the items of a byte stream one at a time, detecting its encoding.
   *
   * @param in the bytes; closing the item stream closes it
   * @param source the source's name
   * @return the items
   */
  public ItemStream stream(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    DiagnosticSink sink = newSink(source);
    LineSource lines;
    if (config.readAhead()) {
      // The source reports to a sink of its own, drained and reported again in stream order.
      DiagnosticSink recording = new DiagnosticSink(source, Strictness.LENIENT, Integer.MAX_VALUE);
      ByteLineSource bytes =
          new ByteLineSource(in, config.maxLineLength(), Long.MAX_VALUE, recording);
      lines = new ReadAheadLineSource(bytes, recording, sink);
    } else {
      lines = new ByteLineSource(in, config.maxLineLength(), Long.MAX_VALUE, sink);
    }
    return new ItemStream(assembler(lines, sink, source), sink, lines);
  }

  /**
   * Streams the items of a reader one at a time.
   *
   * @param reader the text; closing the item stream closes it
   * @param source the source's name
   * @return the items
   */
  public ItemStream stream(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    DiagnosticSink sink = newSink(source);
    LineSource lines = new ReaderLineSource(reader, config.maxLineLength(), Long.MAX_VALUE, sink);
    return new ItemStream(assembler(lines, sink, source), sink, lines);
  }

  private DiagnosticSink newSink(String source) {
    return new DiagnosticSink(source, config.strictness(), config.maxDiagnostics());
  }

  private ItemAssembler assembler(LineSource lines, DiagnosticSink sink, String source) {
    return new ItemAssembler(lines, dates, sink, source, config.maxItemLength());
  }

  private ParsedDocument collect(LineSource lines, DiagnosticSink sink, String source)
      throws IOException {
    ItemAssembler assembler = assembler(lines, sink, source);
    List<NewsItem> items = new ArrayList<>();
    for (NewsItem item = assembler.next(); item != null; item = assembler.next()) {
      items.add(item);
    }
    List<Diagnostic> diagnostics = new ArrayList<>(sink.snapshot());
    diagnostics.sort(
        Comparator.comparing((Diagnostic d) -> d.code() == DiagnosticCode.DIAGNOSTICS_TRUNCATED)
            .thenComparingInt(Diagnostic::line));
    return new ParsedDocument(source, items, diagnostics, sink.counts(), assembler.layout());
  }

  /**
   * Builds a {@link BulletinParser}. Each setter validates its argument at once and names the
   * option in its message.
   *
   * <pre>{@code
   * BulletinParser parser = BulletinParser.builder()
   *     .languages(EnumSet.of(DateLanguage.ENGLISH, DateLanguage.SPANISH))
   *     .numericDateOrder(NumericDateOrder.MONTH_FIRST)
   *     .strictness(Strictness.STRICT)
   *     .maxDiagnostics(20)
   *     .build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder {

    /** Default for {@link #maxDiagnostics(int)}. */
    public static final int DEFAULT_MAX_DIAGNOSTICS = 100;

    /** Default for {@link #maxLineLength(int)}: 256 Ki chars. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 256 * 1024;

    /** Default for {@link #maxDocumentLength(long)}: 64 Mi chars. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    /** Default for {@link #maxItemLength(int)}: 1 Mi chars. */
    public static final int DEFAULT_MAX_ITEM_LENGTH = 1024 * 1024;

    private Set<DateLanguage> languages = EnumSet.allOf(DateLanguage.class);
    private NumericDateOrder numericDateOrder = NumericDateOrder.DAY_FIRST;
    private Strictness strictness = Strictness.LENIENT;
    private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxItemLength = DEFAULT_MAX_ITEM_LENGTH;
    private boolean readAhead;

    private Builder() {}

    /**
     * Whether {@link BulletinParser#stream(InputStream, String) streams of bytes} (and of files)
     * and {@link BulletinParser#parse(byte[], String) arrays of bytes} split and decode their lines
     * on a second thread, a few hundred lines ahead of the thread that reads the items; default
     * false. The items, the diagnostics and their order are the same either way; on a machine with
     * a spare core a large file is read in less time (the reading of lines is about half of the
     * parser's work). Each stream then starts a daemon thread, which ends when the stream is closed
     * or, if it is not, once the stream is garbage: worth it for large files, not for many small
     * ones. Each {@code parse(byte[], String)} call starts such a thread too, which ends before the
     * call returns; if the calling thread is interrupted while it waits for lines, the call parses
     * on that thread alone instead (the same document) and leaves the interrupt set. The other
     * {@code parse} methods (streams, readers, paths) read on one thread whatever this says. Lines
     * are handed over in batches of up to 256, so the items of a slow stream (a pipe written line
     * by line) come later than without reading ahead.
     *
     * <pre>{@code
     * BulletinParser parser = BulletinParser.builder().readAhead(true).build();
     * try (ItemStream items = parser.stream(Path.of("huge.txt"))) {
     *   items.forEach(index::add);
     * }
     * }</pre>
     *
     * @param readAhead true to read lines on a second thread
     * @return this builder
     */
    public Builder readAhead(boolean readAhead) {
      this.readAhead = readAhead;
      return this;
    }

    /**
     * The languages whose month and weekday names make date lines; default all.
     *
     * @param languages at least one language
     * @return this builder
     */
    public Builder languages(Set<DateLanguage> languages) {
      Objects.requireNonNull(languages, "languages");
      checkArgument(!languages.isEmpty(), "languages must not be empty");
      this.languages = EnumSet.copyOf(languages);
      return this;
    }

    /**
     * How to read all-numeric dates on a page whose own unambiguous numeric dates (a day above 12)
     * do not settle the order; default {@link NumericDateOrder#DAY_FIRST}.
     *
     * @param order the order
     * @return this builder
     */
    public Builder numericDateOrder(NumericDateOrder order) {
      this.numericDateOrder = Objects.requireNonNull(order, "numericDateOrder");
      return this;
    }

    /**
     * Whether the first error throws; default {@link Strictness#LENIENT}.
     *
     * @param strictness the strictness
     * @return this builder
     */
    public Builder strictness(Strictness strictness) {
      this.strictness = Objects.requireNonNull(strictness, "strictness");
      return this;
    }

    /**
     * How many diagnostics to keep; the rest are counted in one final {@code diagnostics.truncated}
     * diagnostic. Default {@value #DEFAULT_MAX_DIAGNOSTICS}.
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxDiagnostics(int max) {
      checkArgument(max >= 1, "maxDiagnostics must be >= 1, was %s", max);
      this.maxDiagnostics = max;
      return this;
    }

    /**
     * The longest line kept, in chars; the rest of a longer line is dropped with a {@code
     * line.too-long} error. Default {@value #DEFAULT_MAX_LINE_LENGTH}.
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxLineLength(int max) {
      checkArgument(max >= 1, "maxLineLength must be >= 1, was %s", max);
      this.maxLineLength = max;
      return this;
    }

    /**
     * The most chars {@code parse} reads; the rest is not read and a {@code document.too-large}
     * error names the first line left out. Streaming ignores it. Default 64 Mi chars.
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxDocumentLength(long max) {
      checkArgument(max >= 1, "maxDocumentLength must be >= 1, was %s", max);
      this.maxDocumentLength = max;
      return this;
    }

    /**
     * The most chars of text one item holds (title and paragraphs); text beyond is dropped with an
     * {@code item.too-large} error. This bounds the memory of streaming. Default 1 Mi chars.
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxItemLength(int max) {
      checkArgument(max >= 1, "maxItemLength must be >= 1, was %s", max);
      this.maxItemLength = max;
      return this;
    }

    /**
     * Builds the parser.
     *
     * @return an immutable, thread-safe parser
     */
    public BulletinParser build() {
      return new BulletinParser(
          new ParserConfig(
              languages,
              numericDateOrder,
              strictness,
              maxDiagnostics,
              maxLineLength,
              maxDocumentLength,
              maxItemLength,
              readAhead));
    }
  }
}
