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
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
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
