package org.bulletins.parser.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 without a byte-order mark by its NUL bytes. Text in Latin scripts written as
 * UTF-16 has a zero byte in every other position (the high byte of each ASCII or Latin-1 char),
 * which UTF-8 and Windows-1252 text practically never has; decoded as UTF-8 it would read as {@code
 * 9 J u n e} with a NUL between the letters.
 *
 * <p>The rule: among the first {@value #SAMPLE_BYTES} bytes, at least {@value #MIN_PAIRS} byte
 * pairs, at least three quarters of them with a zero in one position (the high byte: odd for
 * little-endian, even for big-endian) and at most one in eight with a zero in the other. Text that
 * is all NULs, or has NULs scattered anywhere, is left alone.
 */
public final class Utf16Sniffer {

  /** How many bytes from the start are looked at. */
  public static final int SAMPLE_BYTES = 256;

  private static final int MIN_PAIRS = 2;

  private Utf16Sniffer() {}

  /**
   * Guesses whether bytes without a byte-order mark are UTF-16.
   *
   * @param bytes a buffer
   * @param from the first byte of the text
   * @param to the end of the bytes available (at most {@value #SAMPLE_BYTES} are used)
   * @return UTF-16LE or UTF-16BE, or empty when the bytes do not look like UTF-16
   */
  public static Optional<Charset> sniff(byte[] bytes, int from, int to) {
    int pairs = Math.min(to - from, SAMPLE_BYTES) / 2;
    if (pairs < MIN_PAIRS) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < pairs; i++) {
      evenZeros += bytes[from + 2 * i] == 0 ? 1 : 0;
      oddZeros += bytes[from + 2 * i + 1] == 0 ? 1 : 0;
    }
    if (4 * oddZeros >= 3 * pairs && 8 * evenZeros <= pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (4 * evenZeros >= 3 * pairs && 8 * oddZeros <= pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }
}
