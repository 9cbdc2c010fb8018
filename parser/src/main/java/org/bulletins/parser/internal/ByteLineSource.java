package org.bulletins.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/**
 * Splits bytes into lines and decodes each line, keeping at most one line in memory.
 *
 * <p>The encoding is read from a byte-order mark: UTF-8, UTF-16LE or UTF-16BE. Without one, bytes
 * that {@link Utf16Sniffer} recognises as UTF-16 are read as such with an {@code encoding.guessed}
 * warning; other bytes are UTF-8, and each line that is not valid UTF-8 is decoded as {@link
 * Windows1252} with an {@code encoding.legacy} warning (once per document), so that mixed pages
 * keep every character. Malformed UTF-16 is decoded with U+FFFD and reported as {@code
 * encoding.malformed}.
 */
public final class ByteLineSource implements LineSource {

  private final InputStream in;
  private final LineLimits limits;
  private final DiagnosticSink sink;
  private final byte[] buffer = new byte[8192];
  private final int maxLineBytes;
  private byte[] line = new byte[256];
  private int lineLength;
  private int position;
  private int limit;
  private int number;
  private boolean ended;
  private boolean started;
  private Charset wide;
  private boolean legacyReported;

  /** Bits of {@link #KINDS}: a byte that makes a line other than plain ASCII text. */
  private static final byte NOT_PLAIN = 1;

  private static final byte NOT_ASCII = 2;

  /** The ASCII space: plain between other chars, not at either end or next to another. */
  private static final byte SPACE = 4;

  /** A line break, LF or CR: the only bytes that stop the scan of a line. */
  private static final byte BREAK = 8;

  /**
   * The {@link RawLine#marks()} bits, shifted into the table: what the classifier looks for (a
   * digit, a colon, a hyphen, a list separator), so that it skips searches bound to fail.
   */
  private static final int MARKS_SHIFT = 4;

  /**
   * What each byte value does to a line: printable ASCII other than {@code &} and {@code \} is
   * plain; controls, DEL, {@code &} (a reference) and {@code \} (an escaped quote) need the
   * normaliser; bytes from 0x80 on need decoding, after which the decoded chars decide (see {@link
   * #nextNarrow}). The scan for the line break reads this table once per byte and so learns the
   * line's kinds in the same pass (two passes cost a fifth of the parse under C1, JFR).
   */
  private static final int[] KINDS = new int[256];

  static {
    for (int b = 0; b < 256; b++) {
      boolean printable = b > ' ' && b < 0x7F && b != '&' && b != '\\';
      KINDS[b] = b >= 0x80 ? NOT_ASCII : printable ? 0 : NOT_PLAIN;
    }
    for (int b = '0'; b <= '9'; b++) {
      KINDS[b] = RawLine.DIGIT << MARKS_SHIFT;
    }
    KINDS[':'] = RawLine.COLON << MARKS_SHIFT;
    KINDS['-'] = RawLine.DASH << MARKS_SHIFT;
    KINDS[','] = RawLine.LIST << MARKS_SHIFT;
    KINDS['/'] = RawLine.LIST << MARKS_SHIFT;
    KINDS['|'] = RawLine.LIST << MARKS_SHIFT;
    KINDS[' '] = SPACE;
    KINDS['\n'] = BREAK;
    KINDS['\r'] = BREAK;
  }

  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /**
   * Creates the source.
   *
   * @param in the bytes
   * @param maxLineLength longest line kept, in chars
   * @param maxDocumentLength most chars read
   * @param sink where encoding problems and limits are reported
   */
  public ByteLineSource(
      InputStream in, int maxLineLength, long maxDocumentLength, DiagnosticSink sink) {
    this.in = in;
    this.sink = sink;
    this.limits = new LineLimits(maxLineLength, maxDocumentLength, sink);
    this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 16L, 4L * maxLineLength + 4);
  }

  @Override
  public RawLine next() throws IOException {
    if (!started) {
      started = true;
      readByteOrderMark();
    }
    if (ended) {
      return null;
    }
    return wide == null ? nextNarrow() : nextWide();
  }

  private void readByteOrderMark() throws IOException {
    while (limit - position < Utf16Sniffer.SAMPLE_BYTES && fillMore()) {
      // keep reading until the sample is buffered or the input ends
    }
    int available = limit - position;
    if (available >= 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) {
      position += 3;
    } else if (available >= 2 && b(0) == 0xFF && b(1) == 0xFE) {
      wide = StandardCharsets.UTF_16LE;
      position += 2;
    } else if (available >= 2 && b(0) == 0xFE && b(1) == 0xFF) {
      wide = StandardCharsets.UTF_16BE;
      position += 2;
    } else {
      sniffUtf16();
    }
  }

  private void sniffUtf16() {
    wide = Utf16Sniffer.sniff(buffer, position, limit).orElse(null);
    if (wide != null) {
      sink.report(
          Severity.WARNING,
          DiagnosticCode.ENCODING_GUESSED,
          1,
          1,
          "no byte-order mark, but a NUL byte in every other position: read as " + wide.name());
    }
  }

  private int b(int offset) {
    return buffer[position + offset] & 0xFF;
  }

  private RawLine nextNarrow() throws IOException {
    lineLength = 0;
    long bytes = 0;
    long dropped = 0; // chars of the bytes that did not fit, counted as UTF-8
    long droppedBytes = 0;
    int terminator = 0;
    boolean overflow = false;
    // The kinds of the line's bytes so far; a SPACE bit in seen is a space after a space. The
    // previous byte's kinds start as SPACE, so that a leading space (and an empty line) is not
    // plain.
    int seen = 0;
    int previous = SPACE;
    while (true) {
      // Copy the run of bytes up to a line break in the buffer at once; the loop below then
      // handles the break, the end of the buffer or of the input, as it did byte by byte.
      int run = position;
      while (run < limit) {
        int kind = KINDS[buffer[run] & 0xFF];
        if (kind == BREAK) {
          break;
        }
        seen |= kind & (previous | ~SPACE);
        previous = kind;
        run++;
      }
      if (run > position) {
        int count = run - position;
        int fit = Math.max(0, Math.min(count, maxLineBytes - lineLength));
        if (lineLength + fit > line.length) {
          long grown = Math.max(2L * line.length, lineLength + fit);
          line = java.util.Arrays.copyOf(line, (int) Math.min(maxLineBytes, grown));
        }
        System.arraycopy(buffer, position, line, lineLength, fit);
        lineLength += fit;
        for (int k = position + fit; k < run; k++) {
          overflow = true;
          dropped += utf8Chars(buffer[k] & 0xFF);
          droppedBytes++;
        }
        bytes += count;
        position = run;
      }
      int c = read();
      if (c < 0) {
        break;
      }
      bytes++;
      if (c == '\n') {
        terminator = 1;
        break;
      }
      if (c == '\r') {
        terminator = 1;
        if (peek() == '\n') {
          read();
          terminator = 2;
        }
        break;
      }
      int kind = KINDS[c];
      seen |= kind & (previous | ~SPACE);
      previous = kind;
      if (!append((byte) c)) {
        overflow = true;
        dropped += utf8Chars(c);
        droppedBytes++;
      }
    }
    if (terminator == 0 && bytes == 0) {
      ended = true;
      return null;
    }
    number = number == Integer.MAX_VALUE ? number : number + 1; // saturate: spans stay valid
    int length = overflow ? utf8Boundary(lineLength) : lineLength;
    for (int i = length; i < lineLength; i++) {
      dropped += utf8Chars(line[i] & 0xFF);
      droppedBytes++;
    }
    // Valid UTF-8 never has more chars than bytes; a Windows-1252 line has one per byte, which
    // the UTF-8 count of a stray 4-byte lead would pass.
    dropped = Math.min(dropped, droppedBytes);
    boolean spaces = (seen & SPACE) != 0 || previous == SPACE; // a run, or at an end
    int kinds =
        overflow
            ? NOT_ASCII | NOT_PLAIN
            : (seen & (NOT_ASCII | NOT_PLAIN)) | (spaces ? NOT_PLAIN : 0);
    if ((kinds & NOT_ASCII) == 0) {
      boolean plain = (kinds & NOT_PLAIN) == 0;
      int marks = plain ? seen >>> MARKS_SHIFT : RawLine.ANY;
      return finish(asciiString(length), overflow, dropped + terminator, plain, marks);
    }
    // The String constructor decodes valid UTF-8 straight into its compact form, without the
    // char buffer and copy of a CharsetDecoder; on valid input both give the same chars. The
    // line is plain if its ASCII is, and no decoded char is whitespace or invisible (NBSP, a
    // zero-width space...): one scan of the chars instead of the normaliser's several.
    String text = overflow ? null : Utf8.decodeIfValid(line, length);
    if (text != null) {
      boolean plain = (kinds & NOT_PLAIN) == 0 && TextNormalizer.isClean(text);
      return finish(text, false, dropped + terminator, plain, RawLine.ANY);
    }
    return finish(decodeNarrow(length), overflow, dropped + terminator, false, RawLine.ANY);
  }

  /** An ASCII line is valid UTF-8 as it is: no decoder, no char buffer, no second scan. */
  private String asciiString(int length) {
    if (length == 0) {
      return ""; // a blank line: half the lines of a page
    }
    return new String(line, 0, length, StandardCharsets.ISO_8859_1);
  }

  /**
   * How many chars a byte adds to UTF-8 text: none for a continuation byte, two for a 4-byte lead.
   */
  private static int utf8Chars(int b) {
    return (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
  }

  private RawLine nextWide() throws IOException {
    lineLength = 0;
    boolean any = false;
    long dropped = 0; // UTF-16 units that did not fit
    int terminator = 0;
    boolean overflow = false;
    while (true) {
      int first = read();
      if (first < 0) {
        break;
      }
      any = true;
      int second = read();
      if (second < 0) {
        overflow |= !append((byte) first);
        break;
      }
      int unit =
          StandardCharsets.UTF_16LE.equals(wide) ? (second << 8 | first) : (first << 8 | second);
      if (unit == '\n') {
        terminator = 1;
        break;
      }
      if (unit == '\r') {
        terminator = 1;
        if (peekWideLineFeed()) {
          read();
          read();
          terminator = 2;
        }
        break;
      }
      boolean kept = append((byte) first);
      kept &= append((byte) second);
      if (!kept) {
        overflow = true;
        dropped++;
      }
    }
    if (terminator == 0 && !any) {
      ended = true;
      return null;
    }
    number = number == Integer.MAX_VALUE ? number : number + 1; // saturate: spans stay valid
    return finish(decodeWide(), overflow, dropped + terminator, false, RawLine.ANY);
  }

  /**
   * Counts the line against the document limit as the chars of the whole line, dropped ones and the
   * terminator included, as {@link ReaderLineSource} does: so that a document of over-long lines
   * cannot read past {@code maxDocumentLength}, and bytes and their text stop at the same line.
   */
  private RawLine finish(String text, boolean overflow, long uncounted, boolean plain, int marks) {
    if (!limits.admit(number, text.length() + uncounted)) {
      ended = true;
      return null;
    }
    String kept = limits.cut(number, text, overflow);
    boolean whole = kept.length() == text.length();
    return new RawLine(number, kept, plain && whole, whole ? marks : RawLine.ANY);
  }

  private boolean append(byte value) {
    if (lineLength >= maxLineBytes) {
      return false;
    }
    if (lineLength == line.length) {
      line = java.util.Arrays.copyOf(line, (int) Math.min(maxLineBytes, 2L * line.length));
    }
    line[lineLength++] = value;
    return true;
  }

  /** Backs off to the start of a UTF-8 sequence so a cut never makes a valid line invalid. */
  private int utf8Boundary(int length) {
    int end = length;
    while (end > 0 && end > length - 4 && (line[end - 1] & 0xC0) == 0x80) {
      end--;
    }
    if (end > 0 && (line[end - 1] & 0xC0) == 0xC0) {
      end--;
    }
    return end;
  }

  private String decodeNarrow(int length) {
    if (isAscii(line, length)) {
      // Most lines: ASCII is valid UTF-8 as it is, and needs no decoder and no char buffer.
      return new String(line, 0, length, StandardCharsets.US_ASCII);
    }
    if (Utf8.isValid(line, length)) {
      // The String constructor decodes valid UTF-8 straight into its compact form, without the
      // char buffer and copy of a CharsetDecoder; on valid input both give the same chars.
      return new String(line, 0, length, StandardCharsets.UTF_8);
    }
    try {
      return utf8.reset().decode(ByteBuffer.wrap(line, 0, length)).toString();
    } catch (CharacterCodingException e) {
      if (!legacyReported) {
        legacyReported = true;
        sink.report(
            Severity.WARNING,
            DiagnosticCode.ENCODING_LEGACY,
            number,
            1,
            "the line is not valid UTF-8; it and any later such line were read as Windows-1252");
      }
      return Windows1252.decode(line, length);
    }
  }

  private static boolean isAscii(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private String decodeWide() {
    CharsetDecoder decoder =
        wide.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(line, 0, lineLength)).toString();
    } catch (CharacterCodingException e) {
      sink.report(
          Severity.ERROR,
          DiagnosticCode.ENCODING_MALFORMED,
          number,
          1,
          "the line is not valid " + wide.name() + "; undecodable bytes became U+FFFD");
      return new String(line, 0, lineLength, wide);
    }
  }

  private boolean peekWideLineFeed() throws IOException {
    while (limit - position < 2 && fillMore()) {
      // buffer two bytes
    }
    if (limit - position < 2) {
      return false;
    }
    int unit = StandardCharsets.UTF_16LE.equals(wide) ? (b(1) << 8 | b(0)) : (b(0) << 8 | b(1));
    return unit == '\n';
  }

  private int read() throws IOException {
    if (position == limit && !fillMore()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  private int peek() throws IOException {
    if (position == limit && !fillMore()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  /** Moves unread bytes to the front and reads more; false at the end of the input. */
  private boolean fillMore() throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    if (limit == buffer.length) {
      return false;
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      return false;
    }
    limit += n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
