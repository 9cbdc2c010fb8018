package org.bulletins.facts.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Accent- and case-folding: {@code "Panamá"} and {@code "PANAMA"} both fold to {@code "panama"}.
 */
public final class Folding {

  private Folding() {}

  /**
   * Removes combining marks after canonical decomposition and lower-cases.
   *
   * @param text any text
   * @return the folded text
   */
  public static String fold(String text) {
    if (isAscii(text)) {
      return text.toLowerCase(Locale.ROOT); // most tokens; NFKD would change nothing
    }
    return foldPastAscii(text);
  }

  /**
   * {@link #fold} of a text that holds a char past ASCII, without the test for one: for {@link
   * LanguageScan}, whose words past ASCII are the only ones it folds. Its own loops read char
   * arrays: a {@code charAt} loop compiled on Latin-1 words alone was thrown away at the first
   * UTF-16 one ({@code profile_predicate} traps in {@code isAscii}, then the language scan's word
   * reader compiled again) in each fresh 1M run.
   *
   * @param text a text with a char of {@code 0x80} or above
   * @return the folded text, as {@link #fold} gives it
   */
  static String foldPastAscii(String text) {
    char[] decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toCharArray();
    int n = 0;
    for (char c : decomposed) {
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        decomposed[n++] = c; // in place: no char is written before it is read
      }
    }
    return new String(decomposed, 0, n).toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
