package org.bulletins.cli;

import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * Text written one nesting level deeper (two more spaces after every line break) and encoded as
 * UTF-8 into a growing byte array, in one pass: the bytes that the text with two spaces added after
 * each line separator gives through a UTF-8 {@link java.io.OutputStreamWriter}, a character that is
 * not valid UTF-16 (a surrogate without its pair) encoded as {@code ?} as that writer's encoder
 * replaces it. For {@link ClusterArrayWriter}, which rendered each cluster into a string, made a
 * nested copy of it and encoded that: three copies of a 1.7 GB report. Not thread-safe.
 */
final class NestedUtf8Buffer extends Writer {

  private static final byte REPLACEMENT = '?';

  private final String lineSeparator;
  private final char separatorFirst;
  private final char separatorLast;
  private byte[] bytes;
  private int size;

  /** Where {@link #write(String, int, int)} copies a string's characters. */
  private char[] scratch = new char[256];

  /** A high surrogate written last, waiting for its low half; 0 when none. */
  private char pendingHigh;

  /** How many characters of the line separator the last characters written matched. */
  private int separatorMatched;

  /**
   * An empty buffer.
   *
   * @param lineSeparator what a line break is ({@link System#lineSeparator()})
   * @param capacity the bytes held before the array grows
   */
  NestedUtf8Buffer(String lineSeparator, int capacity) {
    this(lineSeparator, new byte[Math.max(16, capacity)]);
  }

  /**
   * An empty buffer that writes into an array used before (its old content is overwritten from the
   * start; only the bytes up to {@link #size()} are this buffer's).
   *
   * @param lineSeparator what a line break is ({@link System#lineSeparator()})
   * @param reused the array to fill first, at least 16 bytes
   */
  NestedUtf8Buffer(String lineSeparator, byte[] reused) {
    if (lineSeparator.isEmpty()) {
      throw new IllegalArgumentException("a line separator has at least one character");
    }
    if (reused.length < 16) {
      throw new IllegalArgumentException("an array of at least 16 bytes");
    }
    this.lineSeparator = lineSeparator;
    this.separatorFirst = lineSeparator.charAt(0);
    this.separatorLast = lineSeparator.charAt(lineSeparator.length() - 1);
    this.bytes = reused;
  }

  // Each write makes room first: at most three bytes per character (a line break and its two
  // spaces; a surrogate pair's four bytes are two characters), and four for a pair begun before.
  // Most characters are ASCII and no line break: they are copied in a tight loop, the others go
  // through put.

  @Override
  public void write(char[] chars, int offset, int length) {
    ensure(length * 3L + 4);
    byte[] out = bytes;
    int at = size;
    boolean plain = pendingHigh == 0 && separatorMatched == 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = chars[i];
      if (plain && c < 0x80 && c != separatorFirst && c != separatorLast) {
        out[at++] = (byte) c;
      } else {
        size = at;
        put(c);
        at = size;
        plain = pendingHigh == 0 && separatorMatched == 0;
      }
    }
    size = at;
  }

  @Override
  public void write(String text, int offset, int length) {
    // Copied into a reused array and written as characters: one loop for both kinds of text.
    if (scratch.length < length) {
      scratch = new char[Math.max(length, 2 * scratch.length)];
    }
    text.getChars(offset, offset + length, scratch, 0);
    write(scratch, 0, length);
  }

  @Override
  public void write(int c) {
    ensure(3);
    put((char) c);
  }

  /**
   * Ends a document: a high surrogate left without its low half is written as {@code ?}.
   *
   * @return the bytes written so far
   */
  int finish() {
    if (pendingHigh != 0) {
      ensure(1);
      bytes[size++] = REPLACEMENT;
      pendingHigh = 0;
    }
    separatorMatched = 0;
    return size;
  }

  /**
   * The buffer as a byte stream, for text nested and encoded already ({@link ClusterJson}): its
   * bytes are appended as they are. Use it between documents (after {@link #finish()}).
   *
   * @return a stream appending to this buffer; closing it does nothing
   */
  OutputStream bytes() {
    return new OutputStream() {
      @Override
      public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
      }

      @Override
      public void write(byte[] b, int offset, int length) {
        ensure(length);
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
      }
    };
  }

  /**
   * Takes back the bytes written after the first {@code size}: a document written through {@link
   * #bytes()} that is to be written another way ({@link ClusterJson} found a surrogate part-way).
   *
   * @param size the bytes to keep, at most {@link #size()}, at a document's end
   */
  void truncate(int size) {
    if (size < 0 || size > this.size) {
      throw new IllegalArgumentException("keep " + size + " of " + this.size + " bytes");
    }
    this.size = size;
    pendingHigh = 0;
    separatorMatched = 0;
  }

  /**
   * The array holding the bytes, valid up to {@link #size()}.
   *
   * @return the array (not a copy)
   */
  byte[] array() {
    return bytes;
  }

  /**
   * The number of bytes written.
   *
   * @return the size
   */
  int size() {
    return size;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  private void put(char c) {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        bytes[size++] = (byte) (0xF0 | (cp >> 18));
        bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      bytes[size++] = REPLACEMENT;
    }
    if (c < 0x80) {
      bytes[size++] = (byte) c;
      separator(c);
      return;
    }
    separatorMatched = 0;
    if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | (c >> 6));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c; // its bytes (four, or a replacement) are written with the next character
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = REPLACEMENT;
    } else {
      bytes[size++] = (byte) (0xE0 | (c >> 12));
      bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /** Counts an ASCII character towards a line separator, and nests the line after one. */
  private void separator(char c) {
    if (c == lineSeparator.charAt(separatorMatched)) {
      separatorMatched++;
    } else {
      separatorMatched = c == lineSeparator.charAt(0) ? 1 : 0;
    }
    if (separatorMatched == lineSeparator.length()) {
      separatorMatched = 0;
      bytes[size++] = ' ';
      bytes[size++] = ' ';
    }
  }

  private void ensure(long more) {
    long needed = size + more + 4;
    if (needed > bytes.length) {
      if (needed > Integer.MAX_VALUE - 8) {
        throw new OutOfMemoryError("a cluster's JSON exceeds 2 GB");
      }
      bytes =
          Arrays.copyOf(
              bytes, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 8L, 2L * bytes.length)));
    }
  }
}
