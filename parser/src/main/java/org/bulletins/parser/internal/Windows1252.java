package org.bulletins.parser.internal;

/**
 * Decodes Windows-1252, the legacy single-byte encoding that mislabelled "Latin-1" pages use.
 *
 * <p>Bytes 0x80 to 0x9F map to the typographic characters of Windows-1252 (curly quotes, dashes,
 * the euro sign...); the five bytes that Windows-1252 leaves undefined map to the C1 control of the
 * same value, as ISO-8859-1 does, so that no byte ever becomes U+FFFD.
 */
public final class Windows1252 {

  private static final char[] HIGH = {
    '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
    '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
    '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
    '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'
  };

  private Windows1252() {}

  /**
   * Decodes bytes.
   *
   * @param bytes the bytes
   * @param length how many bytes to decode from the start
   * @return the text, one char per byte
   */
  public static String decode(byte[] bytes, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = toChar(bytes[i] & 0xFF);
    }
    return new String(chars);
  }

  /**
   * Maps one code from 0 to 255 to its character.
   *
   * @param code an unsigned byte value
   * @return the character
   */
  public static char toChar(int code) {
    return code >= 0x80 && code <= 0x9F ? HIGH[code - 0x80] : (char) code;
  }
}
