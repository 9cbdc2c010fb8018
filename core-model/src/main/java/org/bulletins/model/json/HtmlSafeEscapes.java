package org.bulletins.model.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * Escapes {@code <}, {@code >} and {@code &} as <code>&#92;u003C</code>, <code>&#92;u003E</code>
 * and <code>&#92;u0026</code>, and the line separators U+2028 and U+2029, as Go's {@code
 * encoding/json} does: JSON written this way can be placed inside an HTML {@code <script>} element
 * or read by a JavaScript parser without a title such as {@code </script><img onerror=...>} ending
 * the script. Readers see the same strings, since these are ordinary JSON escapes.
 */
final class HtmlSafeEscapes extends CharacterEscapes {

  private static final long serialVersionUID = 1L;

  private final int[] escapes;

  HtmlSafeEscapes() {
    escapes = standardAsciiEscapesForJSON();
    escapes['<'] = ESCAPE_STANDARD;
    escapes['>'] = ESCAPE_STANDARD;
    escapes['&'] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return escapes;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    // Only called for chars above 127 (ESCAPE_CUSTOM is not used for ASCII here).
    if (ch == 0x2028 || ch == 0x2029) {
      return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch));
    }
    return null;
  }
}
