package org.bulletins.facts.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bulletins.facts.Language;

/**
 * Tells the language from function words: each function word counts one, shared equally among the
 * languages that have it ({@code el} counts 1 for Spanish; {@code de}, a third each for Spanish,
 * French and Portuguese), so that shared words neither decide nor drown the distinctive ones. The
 * winner needs a score of at least {@value #MIN_SCORE} and a lead of more than a quarter ({@value
 * #LEAD} times) over the runner-up. A text with few function words (a title, a one-line item) also
 * wins with a score of at least 1 and more than {@value #CLEAR_LEAD} times the runner-up's. {@link
 * Spelling} marks ({@code ñ}, {@code -ção}, {@code -eau}, {@code th}) add {@value #SPELLING} each.
 * Otherwise the text is {@link Language#UNKNOWN}.
 */
public final class LanguageGuesser {

  static final double MIN_SCORE = 2.0;
  static final double LEAD = 1.25;
  static final double CLEAR_LEAD = 3.0;
  static final double SPELLING = 0.5;
  private static final List<Language> LANGUAGES =
      List.of(Language.EN, Language.ES, Language.FR, Language.PT);

  private LanguageGuesser() {}

  /**
   * Guesses the language of tokens.
   *
   * @param tokens the text's tokens
   * @return the language, or UNKNOWN
   */
  public static Language guess(List<Token> tokens) {
    Map<Language, Double> score = new EnumMap<>(Language.class);
    List<Language> shared = new java.util.ArrayList<>(4);
    for (Token token : tokens) {
      if (token.kind() != Token.Kind.WORD) {
        continue;
      }
      shared.clear();
      for (Language language : LANGUAGES) {
        if (Stopwords.of(language).contains(token.folded())) {
          shared.add(language);
        }
      }
      for (Language language : shared) {
        score.merge(language, 1.0 / shared.size(), Double::sum);
      }
      List<Language> marked = Spelling.of(token.text());
      for (Language language : marked) {
        score.merge(language, SPELLING / marked.size(), Double::sum);
      }
    }
    Language best = Language.UNKNOWN;
    double first = 0;
    double second = 0;
    for (Map.Entry<Language, Double> entry : score.entrySet()) {
      double value = entry.getValue();
      if (value > first) {
        second = first;
        first = value;
        best = entry.getKey();
      } else if (value > second) {
        second = value;
      }
    }
    boolean clear = first >= MIN_SCORE && first > second * LEAD;
    boolean clearAlone = first >= 1.0 && first > second * CLEAR_LEAD;
    if (!clear && !clearAlone) {
      return Language.UNKNOWN;
    }
    return best;
  }
}
