package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * An author's byline: {@code By}, {@code Por} or {@code Par}, then a name of capitalised words with
 * particles and joiners between them ({@code By Jane Doe}, {@code por Ana da Costa e João Silva}).
 * {@code By the Numbers}, {@code Por la igualdad} and {@code Par amour du sport} are titles.
 */
final class Byline {

  /** The words that open a byline, in lower case. */
  static final Set<String> WORDS = ImmutableSet.of("by", "por", "par");

  /** The most words a byline's name has. */
  static final int MAX_WORDS = 8;

  /** Lower-case words a name may hold between its capitalised ones, and the joiners of names. */
  private static final Set<String> NAME_PARTICLES =
      ImmutableSet.of(
          "da", "das", "de", "del", "della", "der", "den", "di", "do", "dos", "du", "van", "von",
          "and", "e", "y", "et", "&");

  private Byline() {}

  /**
   * Whether a folded text opens with a byline's first word.
   *
   * @param folded the text, folded
   * @return true if it opens with {@code by}, {@code por} or {@code par} and a space
   */
  static boolean opens(String folded) {
    return folded.startsWith("by ") || folded.startsWith("por ") || folded.startsWith("par ");
  }

  /**
   * Whether a text is a byline and nothing else.
   *
   * @param written the text as written (normalised)
   * @param folded the same text folded
   * @return true for a byline
   */
  static boolean is(String written, String folded) {
    int words = written.split(" ").length;
    return opens(folded) && words <= MAX_WORDS + 1 && isName(written, words);
  }

  /**
   * Whether the written text's first {@code words} words are a byline: its first word, then a name.
   *
   * @param written the text as written (normalised)
   * @param words how many of its words to read, the byline's first word included
   * @return true for a byline
   */
  static boolean isName(String written, int words) {
    String[] all = written.split(" ");
    if (all.length < words || words < 2) {
      return false;
    }
    boolean capitalised = false;
    for (int k = 1; k < words; k++) {
      String word = all[k];
      if (word.isEmpty()) {
        return false;
      }
      if (Character.isUpperCase(word.charAt(0))) {
        capitalised = true;
        if (!isNameWord(word)) {
          return false;
        }
      } else if (!NAME_PARTICLES.contains(word)) {
        return false;
      }
    }
    return capitalised;
  }

  /**
   * Whether a capitalised word is written as a name's word: letters after the first char, with the
   * joiners of names ({@code O'Brien}, {@code Jean-Marc}, {@code J.}).
   *
   * @param word the word, its first char a capital
   * @return true for a name's word
   */
  static boolean isNameWord(String word) {
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    return true;
  }
}
