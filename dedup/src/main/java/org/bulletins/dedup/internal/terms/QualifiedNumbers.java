package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableSet;

/**
 * The context before a number, two words where one says nothing alone: {@code more than}, {@code
 * less than}, {@code mais de}, {@code más de}, {@code plus de}, {@code cerca de}... ({@code than}
 * and {@code de} alone tell neither that a figure is rounded nor on which side). {@link
 * UnsharedNumbers} reads the rounding from them.
 */
public final class QualifiedNumbers {

  /** Words that a qualifier before {@code than} or {@code de} makes into one: {@code more than}. */
  public static final ImmutableSet<String> QUALIFIERS =
      ImmutableSet.of(
          "more",
          "less",
          "fewer",
          "mais",
          "más",
          "mas",
          "plus",
          "menos",
          "moins",
          "cerca",
          "près",
          "pres",
          "perto",
          "alrededor");

  private QualifiedNumbers() {}

  /**
   * The context before the number at word {@code start} (not the first word): the word before it,
   * or the two words before it when they are a qualifier and {@code than} or {@code de}, one space
   * apart.
   *
   * @param tokens the words of a text
   * @param start the number's first word, at least 1
   * @return the word or words before it, lower case
   */
  static String before(WordTokens tokens, int start) {
    String word = tokens.lower(start - 1);
    if (start >= 2
        && (word.equals("than") || word.equals("de"))
        && tokens.start(start - 1) - tokens.end(start - 2) == 1
        && tokens.chars()[tokens.start(start - 1) - 1] == ' ') {
      String qualifier = tokens.lower(start - 2);
      if (QUALIFIERS.contains(qualifier)) {
        return qualifier + " " + word;
      }
    }
    return word;
  }
}
