package org.bulletins.facts.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bulletins.facts.Language;

/**
 * Tells the language from function words: each word that is a function word of a language counts
 * one for it. The winner needs at least {@value #MIN_HITS} hits and a lead of more than a quarter
 * over the runner-up; otherwise the text is {@link Language#UNKNOWN}. Shared words (Spanish and
 * Portuguese {@code de}, {@code que}) count for both and so decide nothing, which is the point.
 */
public final class LanguageGuesser {

  static final int MIN_HITS = 3;

  private LanguageGuesser() {}

  /**
   * Guesses the language of tokens.
   *
   * @param tokens the text's tokens
   * @return the language, or UNKNOWN
   */
  public static Language guess(List<Token> tokens) {
    Map<Language, Integer> hits = new EnumMap<>(Language.class);
    for (Token token : tokens) {
      if (token.kind() != Token.Kind.WORD) {
        continue;
      }
      for (Language language : List.of(Language.EN, Language.ES, Language.FR, Language.PT)) {
        if (Stopwords.of(language).contains(token.folded())) {
          hits.merge(language, 1, Integer::sum);
        }
      }
    }
    Language best = Language.UNKNOWN;
    int first = 0;
    int second = 0;
    for (Map.Entry<Language, Integer> entry : hits.entrySet()) {
      int count = entry.getValue();
      if (count > first) {
        second = first;
        first = count;
        best = entry.getKey();
      } else if (count > second) {
        second = count;
      }
    }
    if (first < MIN_HITS || first * 4 <= second * 5) {
      return Language.UNKNOWN;
    }
    return best;
  }
}
