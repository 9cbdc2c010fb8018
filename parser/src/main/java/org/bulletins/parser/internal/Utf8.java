package org.bulletins.parser.internal;

import java.nio.charset.StandardCharsets;

/**
 * Tells well-formed UTF-8 from other bytes, by the table of well-formed byte sequences of the
 * Unicode standard (chapter 3, table 3-7): no overlong forms, no surrogates, nothing above
 * U+10FFFF. These are exactly the sequences that Java's UTF-8 decoder accepts when it reports
 * malformed input, so a line this class accepts decodes without error (a property test compares the
 * two).
 */
final class Utf8 {

  private Utf8() {}

  /**
   * Decodes bytes that are well-formed UTF-8, in one pass over them in the usual case.
   *
   * <p>The {@code String} constructor replaces every malformed sequence by U+FFFD, so a result
   * without U+FFFD proves the bytes well-formed; only a line that holds U+FFFD (written as such, or
   * made by a replacement) is checked against the table. A profile of the warm parser showed the
   * check ahead of every decoding at a tenth of its time.
   *
   * @param bytes the bytes
   * @param length how many bytes to read, from index 0
   * @return the text, or null if the bytes are not well-formed UTF-8
   */
  static String decodeIfValid(byte[] bytes, int length) {
    String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 || isValid(bytes, length) ? text : null;
  }

  /**
   * Tells whether bytes are well-formed UTF-8.
   *
   * @param bytes the bytes
   * @param length how many bytes to read, from index 0
   * @return true if every sequence is well-formed and none is cut at the end
   */
  static boolean isValid(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int size;
      int low = 0x80; // the range of the second byte, narrower after some leads
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        size = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        size = 3;
        if (b == 0xE0) {
          low = 0xA0; // no overlong three-byte form
        } else if (b == 0xED) {
          high = 0x9F; // no surrogate
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        size = 4;
        if (b == 0xF0) {
          low = 0x90; // no overlong four-byte form
        } else if (b == 0xF4) {
          high = 0x8F; // nothing above U+10FFFF
        }
      } else {
        return false; // a continuation byte without a lead, C0, C1 or F5 to FF
      }
      if (i + size > length) {
        return false;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k < size; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += size;
    }
    return true;
  }
}
