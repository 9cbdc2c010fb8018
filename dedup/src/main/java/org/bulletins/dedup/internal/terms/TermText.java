package org.bulletins.dedup.internal.terms;

import java.text.Normalizer;
import org.bulletins.model.TextFolding;
import org.bulletins.model.text.HtmlEntities;

/**
 * The text that terms are read from: entities decoded, NFKC, invisible characters removed and the
 * curly apostrophe straightened, but case kept (the rules read capitals), unlike {@link
 * TextFolding#fold}.
 */
final class TermText {

  /** U+00AD, the soft hyphen: no char below it is default-ignorable. */
  static final char FIRST_IGNORABLE = '\u00AD';

  private TermText() {}

  /**
   * Prepares a raw title or body.
   *
   * @param raw text as parsed
   * @return the text to cut into words
   */
  static String of(String raw) {
    if (isAsciiWithoutEntity(raw)) {
      // Every step below leaves such a text as it is (NFKC keeps ASCII, no ASCII char is
      // default-ignorable or a curly apostrophe), and most text is like this: skip the copies.
      return raw;
    }
    return prepared(raw);
  }

  /** The preparation of {@link #of} without its shortcut (tests check that they agree). */
  static String prepared(String raw) {
    return withoutIgnorables(normalized(raw)).replace('\u2019', '\'');
  }

  /**
   * The first step of {@link #prepared}: entities decoded, then NFKC.
   *
   * @param raw text as parsed
   * @return the text before invisible chars are removed and apostrophes straightened
   */
  static String normalized(String raw) {
    return Normalizer.normalize(HtmlEntities.decode(raw), Normalizer.Form.NFKC);
  }

  /** True for a text of ASCII chars only, none of them {@code &} (no entity to decode). */
  static boolean isAsciiWithoutEntity(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c == '&') {
        return false;
      }
    }
    return true;
  }

  /**
   * The text without default-ignorable code points (invisible operators, variation selectors,
   * joiners...), which would otherwise cut a word in two; normalised again if any was removed, as
   * {@link TextFolding#fold} does, so that a letter and an accent they kept apart compose.
   */
  private static String withoutIgnorables(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c < FIRST_IGNORABLE) {
        // Most chars: one comparison, no code point to read.
        if (out != null) {
          out.append(c);
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (TextFolding.isDefaultIgnorable(cp)) {
        if (out == null) {
          out = new StringBuilder(n).append(text, 0, i);
        }
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i = next;
    }
    return out == null ? text : Normalizer.normalize(out, Normalizer.Form.NFKC);
  }
}
