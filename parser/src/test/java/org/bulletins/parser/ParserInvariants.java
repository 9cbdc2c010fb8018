package org.bulletins.parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bulletins.model.Diagnostic;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.NewsItem;
import org.bulletins.model.ParsedDocument;
import org.bulletins.model.SourceSpan;
import org.bulletins.parser.internal.TextNormalizer;

/**
 * The parser's documented guarantees, checked on one input through every entry point. Shared by the
 * fuzz target, the corpus replay, the scale properties and the concurrency test. Throws {@link
 * AssertionError} with the broken guarantee in its message.
 */
final class ParserInvariants {

  private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");
  private static final BulletinParser REPARSER = BulletinParser.create();
  private static final int SMALL_DOCUMENT_LIMIT = 1000;
  private static final java.util.Map<Integer, BulletinParser> PARSERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private ParserInvariants() {}

  /** One fuzz input: an options byte followed by the payload. */
  record Input(int options, byte[] payload) {

    static Input of(byte[] data) {
      if (data.length == 0) {
        return new Input(0, data);
      }
      byte[] payload = new byte[data.length - 1];
      System.arraycopy(data, 1, payload, 0, payload.length);
      return new Input(data[0] & 0xFF, payload);
    }

    boolean textMode() {
      return (options & 0x20) != 0;
    }

    /** The payload as text: UTF-8 decoded, or raw UTF-16 code units (lone surrogates included). */
    String text() {
      if ((options & 0x40) == 0) {
        return new String(payload, java.nio.charset.StandardCharsets.UTF_8);
      }
      char[] chars = new char[payload.length / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((payload[2 * i] & 0xFF) << 8) | (payload[2 * i + 1] & 0xFF));
      }
      return new String(chars);
    }

    int chunk() {
      return switch (options & 0x3) {
        case 0 -> 3;
        case 1 -> 7;
        case 2 -> 1000;
        default -> Integer.MAX_VALUE;
      };
    }

    long maxDocumentLength() {
      return (options & 0x4) != 0
          ? SMALL_DOCUMENT_LIMIT
          : BulletinParser.Builder.DEFAULT_MAX_DOCUMENT_LENGTH;
    }

    /** Parsers are immutable, so one per combination of options is built once and shared. */
    BulletinParser parser() {
      int key = options & 0x9C;
      BulletinParser parser = PARSERS.get(key);
      if (parser == null) {
        parser = build();
        PARSERS.put(key, parser);
      }
      return parser;
    }

    private BulletinParser build() {
      BulletinParser.Builder b = BulletinParser.builder();
      if ((options & 0x4) != 0) {
        b.maxLineLength(40).maxItemLength(200).maxDocumentLength(SMALL_DOCUMENT_LIMIT);
      }
      b.maxDiagnostics((options & 0x8) != 0 ? 3 : 100_000);
      if ((options & 0x10) != 0) {
        b.strictness(Strictness.STRICT);
      }
      if ((options & 0x80) != 0) {
        b.numericDateOrder(NumericDateOrder.MONTH_FIRST)
            .languages(java.util.EnumSet.of(DateLanguage.ENGLISH, DateLanguage.SPANISH));
      }
      return b.build();
    }
  }

  /** Runs every entry point on the input and checks every guarantee. */
  static void check(byte[] data) {
    Input input = Input.of(data);
    BulletinParser parser = input.parser();
    try {
      if (input.textMode()) {
        checkText(parser, input.maxDocumentLength(), input.text(), input.chunk());
      } else {
        checkBytes(parser, input.maxDocumentLength(), input.payload(), input.chunk());
      }
    } catch (BulletinParseException e) {
      // Documented: strict mode throws at the first error, carrying it and the diagnostics so far.
      if ((input.options() & 0x10) == 0) {
        throw new AssertionError("a lenient parser threw", e);
      }
      require(e.error().isError(), "strict mode threw for a non-error: " + e.error());
      // unless maxDiagnostics (3 with bit 3) was reached before it
      require(
          e.diagnostics().contains(e.error()) || (input.options() & 0x8) != 0,
          "the strict error is not among its diagnostics");
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory input cannot fail", e);
    }
  }

  /** The cheap check of {@code parse(byte[])} alone, for fast fuzzing. */
  static void checkBytesOnly(byte[] data) {
    Input input = Input.of(data);
    try {
      byte[] bytes = input.payload();
      ParsedDocument doc = input.parser().parse(bytes, "fuzz");
      int maxLines = 1;
      for (byte b : bytes) {
        if (b == '\n' || b == '\r') {
          maxLines++;
        }
      }
      checkDocument(doc, maxLines);
    } catch (BulletinParseException e) {
      require((input.options() & 0x10) != 0 && e.error().isError(), "unexpected " + e);
    }
  }

  /** The cheap check of {@code parse(String)} alone, lines and round trip included. */
  static void checkTextOnly(byte[] data) {
    Input input = Input.of(data);
    try {
      String text = input.text();
      ParsedDocument doc = input.parser().parse(text, "fuzz");
      String[] lines = LINE_END.split(text, -1);
      checkDocument(doc, lines.length);
      checkLinesAccountedFor(lines, doc);
      checkRoundTrip(doc.items());
    } catch (BulletinParseException e) {
      require((input.options() & 0x10) != 0 && e.error().isError(), "unexpected " + e);
    }
  }

  static void checkText(BulletinParser parser, long maxDocumentLength, String text, int chunk)
      throws IOException {
    ParsedDocument doc = parser.parse(text, "fuzz");
    String[] lines = LINE_END.split(text, -1);
    checkDocument(doc, lines.length);
    checkLinesAccountedFor(lines, doc);
    ParsedDocument viaReader =
        parser.parse(new ChunkedReader(new StringReader(text), chunk), "fuzz");
    require(
        viaReader.equals(doc),
        "parse(Reader) in chunks of " + chunk + " differs from parse(String)");
    if (!mayPassDocumentLimit(doc, text.length(), maxDocumentLength)) {
      List<NewsItem> streamed = new ArrayList<>();
      try (ItemStream items =
          parser.stream(new ChunkedReader(new StringReader(text), chunk), "fuzz")) {
        items.forEach(streamed::add);
      }
      require(streamed.equals(doc.items()), "stream(Reader) differs from parse(String)");
    }
    checkRoundTrip(doc.items());
  }

  static void checkBytes(BulletinParser parser, long maxDocumentLength, byte[] bytes, int chunk)
      throws IOException {
    ParsedDocument doc = parser.parse(bytes, "fuzz");
    int maxLines = 1;
    for (byte b : bytes) {
      if (b == '\n' || b == '\r') {
        maxLines++;
      }
    }
    checkDocument(doc, maxLines);
    ParsedDocument viaStream = parser.parse(new ChunkedInputStream(bytes, chunk), "fuzz");
    require(
        viaStream.equals(doc),
        "parse(InputStream) in chunks of " + chunk + " differs from parse(byte[])");
    if (!mayPassDocumentLimit(doc, bytes.length, maxDocumentLength)) {
      List<NewsItem> streamed = new ArrayList<>();
      try (ItemStream items = parser.stream(new ChunkedInputStream(bytes, chunk), "fuzz")) {
        items.forEach(streamed::add);
      }
      require(streamed.equals(doc.items()), "stream(InputStream) differs from parse(byte[])");
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null && !utf8.startsWith("\uFEFF")) {
      // Valid UTF-8 without a byte-order mark reads as the same text.
      ParsedDocument asText = parser.parse(utf8, "fuzz");
      require(asText.equals(doc), "valid UTF-8 bytes parse differently from their text");
      checkLinesAccountedFor(LINE_END.split(utf8, -1), doc);
    }
  }

  /** Items and diagnostics are well-formed and within the input's lines. */
  static void checkDocument(ParsedDocument doc, int lineCount) {
    int previousLast = 0;
    for (NewsItem item : doc.items()) {
      SourceSpan span = item.span();
      require(
          span.firstLine() >= 1
              && span.firstLine() <= span.titleLine()
              && span.titleLine() <= span.lastLine()
              && span.lastLine() <= lineCount,
          "span " + span + " outside 1.." + lineCount);
      require(span.firstLine() > previousLast, "span " + span + " overlaps the item before");
      previousLast = span.lastLine();
      require(!item.title().isBlank(), "blank title");
      require(
          TextNormalizer.cleanWhitespace(item.title()).equals(item.title()),
          "title not normalised: " + item.title());
      for (String p : item.paragraphs()) {
        require(
            !p.isEmpty() && TextNormalizer.cleanWhitespace(p).equals(p),
            "paragraph not normalised: " + p);
      }
    }
    for (Diagnostic d : doc.diagnostics()) {
      require(
          d.line() >= 1 && d.line() <= lineCount,
          "diagnostic line outside 1.." + lineCount + ": " + d);
      require(d.column() >= 1, "diagnostic column < 1: " + d);
    }
    long truncated =
        doc.diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.DIAGNOSTICS_TRUNCATED)
            .count();
    require(truncated <= 1, "more than one diagnostics.truncated");
    if (truncated == 1) {
      require(
          doc.diagnostics().get(doc.diagnostics().size() - 1).code()
              == DiagnosticCode.DIAGNOSTICS_TRUNCATED,
          "diagnostics.truncated is not last");
    }
  }

  /** Every non-blank line lies in an item's span or is named by a diagnostic. */
  static void checkLinesAccountedFor(String[] lines, ParsedDocument doc) {
    if (hasCode(doc, "diagnostics.truncated")) {
      return; // dropped diagnostics name nothing
    }
    int n = lines.length;
    boolean[] blank = new boolean[n + 2];
    for (int i = 0; i < n; i++) {
      blank[i + 1] = TextNormalizer.normalize(lines[i]).isEmpty();
    }
    // Difference array over the spans, so that the check stays linear for the fuzzer's sake.
    int[] depth = new int[n + 2];
    for (NewsItem item : doc.items()) {
      int first = Math.max(1, item.span().firstLine());
      int last = Math.min(n, item.span().lastLine());
      if (first <= last) {
        depth[first]++;
        depth[last + 1]--;
      }
    }
    boolean[] named = new boolean[n + 2];
    int stop = n + 1;
    for (Diagnostic d : doc.diagnostics()) {
      int line = Math.min(d.line(), n + 1);
      named[line] = true;
      if (d.code() == DiagnosticCode.TEXT_ORPHAN) {
        // a text.orphan names its whole block, up to the next blank line
        for (int j = line + 1; j <= n && !blank[j]; j++) {
          named[j] = true;
        }
      }
      if (d.code() == DiagnosticCode.DOCUMENT_TOO_LARGE) {
        stop = Math.min(stop, line);
      }
    }
    int inside = 0;
    for (int number = 1; number <= n && number < stop; number++) {
      inside += depth[number];
      require(
          blank[number] || inside > 0 || named[number],
          "line "
              + number
              + " is in no span and named by no diagnostic: "
              + abbreviate(lines[number - 1]));
    }
  }

  /** Writing the items and reading them back gives them again, dated or not. */
  static void checkRoundTrip(List<NewsItem> items) {
    List<NewsItem> again = REPARSER.parse(BulletinWriter.write(items), "again").items();
    require(
        BulletinArbitraries.content(again).equals(BulletinArbitraries.content(items)),
        "write/parse round trip changed the items:\n"
            + BulletinArbitraries.content(items)
            + "\n"
            + BulletinArbitraries.content(again));
  }

  /**
   * Streaming ignores maxDocumentLength, so it may read more than parse did. The error may have
   * been dropped by maxDiagnostics, hence the length test (a char never takes fewer than one byte).
   */
  private static boolean mayPassDocumentLimit(ParsedDocument doc, int length, long limit) {
    return hasCode(doc, "document.too-large") || length > limit;
  }

  private static boolean hasCode(ParsedDocument doc, String code) {
    return doc.diagnostics().stream().anyMatch(d -> d.code().id().equals(code));
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return java.nio.charset.StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  /** A reader that returns at most {@code chunk} chars per read, to find buffer-boundary bugs. */
  static final class ChunkedReader extends Reader {
    private final Reader in;
    private final int chunk;

    ChunkedReader(Reader in, int chunk) {
      this.in = in;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      return in.read(buf, off, Math.min(len, chunk));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** A byte stream that returns at most {@code chunk} bytes per read. */
  static final class ChunkedInputStream extends InputStream {
    private final ByteArrayInputStream in;
    private final int chunk;

    ChunkedInputStream(byte[] bytes, int chunk) {
      this.in = new ByteArrayInputStream(bytes);
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] buf, int off, int len) {
      return in.read(buf, off, Math.min(len, chunk));
    }
  }
}
