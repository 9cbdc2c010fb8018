package org.bulletins.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A growable buffer of UTF-8 JSON in the report's pretty-printed form ({@link ClusterJson}):
 * strings escaped as {@link org.bulletins.model.json.BulletinsJson}'s writer escapes them (the JSON
 * escapes, {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as {@code \}{@code u} escapes with
 * upper-case digits, every other character as UTF-8), numbers as Jackson writes them ({@link
 * Integer#toString}, {@link Double#toString}). A string holding a surrogate stops the writing
 * ({@link SurrogateFound}): the caller writes that cluster another way. Not thread-safe.
 */
final class JsonBytes {

  /** Thrown when a string holds a surrogate, which this form does not write. */
  static final class SurrogateFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SurrogateFound() {
      super("a string holds a surrogate", null, false, false);
    }
  }

  private static final SurrogateFound SURROGATE = new SurrogateFound();

  /** The escape of each ASCII character: 0 none, -1 a \\u00XX escape, else the letter after \\. */
  private static final int[] ESCAPES = new int[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['<'] = -1;
    ESCAPES['>'] = -1;
    ESCAPES['&'] = -1;
  }

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] NEW_LINE = System.lineSeparator().getBytes(StandardCharsets.UTF_8);

  private byte[] bytes = new byte[1 << 16];
  private int size;

  /** Empties the buffer (its array is kept). */
  void reset() {
    size = 0;
  }

  /**
   * Writes the bytes to a stream.
   *
   * @param out the stream
   * @throws IOException when it fails
   */
  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  void raw(char ascii) {
    ensure(1);
    bytes[size++] = (byte) ascii;
  }

  void raw(String ascii) {
    int n = ascii.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      bytes[size++] = (byte) ascii.charAt(i);
    }
  }

  /**
   * A field's name at some nesting: a comma unless it is the object's first, a new line indented
   * {@code 2 * (nesting + 1)} spaces, the quoted name and {@code " : "}.
   */
  void field(int nesting, boolean first, String name) {
    if (!first) {
      raw(',');
    }
    indent(nesting + 1);
    string(name);
    raw(" : ");
  }

  /**
   * Closes an object at some nesting: on a new line indented {@code 2 * nesting}, or {@code " }"}.
   */
  void endObject(int nesting, boolean hasFields) {
    if (hasFields) {
      indent(nesting);
    } else {
      raw(' ');
    }
    raw('}');
  }

  /** Closes an array (its values are on the opening line): {@code " ]"}. */
  void endArray() {
    raw(" ]");
  }

  /** An array of strings on one line: {@code [ "a", "b" ]}, or {@code [ ]}. */
  void strings(List<String> values) {
    raw('[');
    boolean first = true;
    for (String value : values) {
      raw(first ? " " : ", ");
      string(value);
      first = false;
    }
    endArray();
  }

  void number(int value) {
    raw(Integer.toString(value));
  }

  void number(double value) {
    raw(Double.toString(value));
  }

  /** A quoted, escaped string in UTF-8; throws {@link SurrogateFound} if it holds a surrogate. */
  void string(String value) {
    int n = value.length();
    ensure(6 * n + 2); // the longest form of a char is a six-byte escape
    byte[] b = bytes;
    int at = size;
    b[at++] = '"';
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        int escape = ESCAPES[c];
        if (escape == 0) {
          b[at++] = (byte) c;
        } else if (escape > 0) {
          b[at++] = '\\';
          b[at++] = (byte) escape;
        } else {
          at = unicodeEscape(b, at, c);
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (c == '\u2028' || c == '\u2029') {
        at = unicodeEscape(b, at, c);
      } else if (Character.isSurrogate(c)) {
        throw SURROGATE;
      } else {
        b[at++] = (byte) (0xE0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    b[at++] = '"';
    size = at;
  }

  private static int unicodeEscape(byte[] b, int at, char c) {
    b[at++] = '\\';
    b[at++] = 'u';
    b[at++] = HEX[c >> 12];
    b[at++] = HEX[(c >> 8) & 0xF];
    b[at++] = HEX[(c >> 4) & 0xF];
    b[at++] = HEX[c & 0xF];
    return at;
  }

  private void indent(int levels) {
    ensure(NEW_LINE.length + 2 * levels);
    System.arraycopy(NEW_LINE, 0, bytes, size, NEW_LINE.length);
    size += NEW_LINE.length;
    Arrays.fill(bytes, size, size + 2 * levels, (byte) ' ');
    size += 2 * levels;
  }

  private void ensure(int more) {
    if (bytes.length - size < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
