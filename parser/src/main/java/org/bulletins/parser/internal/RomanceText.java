package org.bulletins.parser.internal;

import java.util.List;
import java.util.Set;

/**
 * Whether a page is written in Spanish, French or Portuguese, told by its commonest words: those
 * languages write every numeric date day first, so such a page's {@code 04/06/2024} is 4 June
 * whatever the parser's default order. English, written both ways round, tells nothing.
 *
 * <p>Only words that no English text uses as often are counted ({@code los}, {@code não}, {@code
 * les}, not {@code de}, {@code la} nor {@code a}), and a page counts as Romance only when they
 * outnumber English ones several times over: a page of English with a few Spanish names ({@code El
 * Paso}, {@code Los Angeles}) is no Romance page. Words count only in lower case, as function words
 * are written mid-sentence: {@code Los Alamos}, {@code Des Moines}, {@code EST} count for nothing.
 */
final class RomanceText {

  /** At least this many Romance words before a page counts as Romance. */
  private static final int MIN_WORDS = 8;

  /** Romance words must outnumber English ones this many times. */
  private static final int RATIO = 4;

  private static final Set<String> ROMANCE =
      Set.of(
          // Spanish
          "el",
          "los",
          "las",
          "del",
          "que",
          "por",
          "para",
          "con",
          "una",
          "su",
          "sus",
          "fue",
          "es",
          "al",
          "más",
          "este",
          "esta",
          "pero",
          // Portuguese
          "os",
          "das",
          "dos",
          "da",
          "não",
          "em",
          "uma",
          "ao",
          "foi",
          "pela",
          "pelo",
          "pelas",
          "pelos",
          "na",
          "nas",
          "nos",
          "mais",
          "são",
          // French
          "le",
          "les",
          "des",
          "du",
          "est",
          "une",
          "et",
          "au",
          "aux",
          "dans",
          "pour",
          "qui",
          "sur",
          "été",
          "il",
          "avec",
          "par",
          "sont",
          "ce");

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "of", "to", "is", "for", "with", "was", "that", "by", "from", "at", "are",
          "has", "have", "will", "this", "its", "were", "been");

  private RomanceText() {}

  /**
   * True if the lines read as Spanish, French or Portuguese.
   *
   * @param lines a page's classified lines
   * @return true for a Romance page
   */
  static boolean isRomance(List<Line> lines) {
    int romance = 0;
    int english = 0;
    for (Line line : lines) {
      String text = line.text();
      int n = text.length();
      int start = -1;
      for (int i = 0; i <= n; i++) {
        boolean letter = i < n && Character.isLetter(text.charAt(i));
        if (letter && start < 0) {
          start = i;
        } else if (!letter && start >= 0) {
          if (i - start <= 5) { // every counted word is short: no lower-case copy of long ones
            // As written, in lower case: capitalised ones are names (El Paso, Des Moines) or
            // abbreviations (EST), not the function words counted.
            String word = text.substring(start, i);
            romance += ROMANCE.contains(word) ? 1 : 0;
            english += ENGLISH.contains(word) ? 1 : 0;
          }
          start = -1;
        }
      }
    }
    return romance >= MIN_WORDS && romance >= RATIO * english;
  }
}
