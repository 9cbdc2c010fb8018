package org.bulletins.facts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The place of a dateline at the start of the first paragraph: a run of at most {@value #MAX_WORDS}
 * capitalised words (small connecting words allowed inside) followed by
 *
 * <ul>
 *   <li>a date and a dash, point or colon: {@code CONAKRY, 29 December 2015 –}, {@code Ciudad de
 *       Guatemala 26 de agosto de 2019.-};
 *   <li>a bracketed region and a point: {@code Puerto Cortés (Honduras).};
 *   <li>a point, dash or colon and then a capitalised word: {@code Guatemala City. Within...},
 *       {@code Mexico City - Within...}.
 * </ul>
 *
 * <p>A place in capitals is written in title case: {@code CONAKRY} is {@code Conakry}.
 */
public final class DatelineFinder {

  private static final int MAX_WORDS = 5;
  private static final Set<String> CONNECTORS =
      Set.of("de", "del", "la", "las", "los", "do", "da", "dos", "das", "du", "des", "el", "of");

  private DatelineFinder() {}

  /**
   * The dateline's place in the first paragraph, if it has one.
   *
   * @param tokens the first paragraph's tokens
   * @param dates a date finder for the item's language
   * @return the place
   */
  public static Optional<String> find(List<Token> tokens, DateFinder dates) {
    int end = 0;
    int words = 0;
    while (end < tokens.size() && words < MAX_WORDS) {
      Token token = tokens.get(end);
      boolean capital = token.capitalized();
      boolean connector =
          words > 0
              && token.kind() == Token.Kind.WORD
              && CONNECTORS.contains(token.folded())
              && end + 1 < tokens.size()
              && tokens.get(end + 1).capitalized();
      if (!capital && !connector) {
        break;
      }
      end++;
      words++;
    }
    if (words == 0 || end >= tokens.size()) {
      return Optional.empty();
    }
    int k = end;
    boolean dated = false;
    if (tokens.get(k).is(',')) {
      k++;
    }
    Optional<DateFinder.DateSpan> date = dates.spanAt(tokens, k);
    if (date.isPresent()) {
      k = date.get().end();
      dated = true;
    } else if (k == end && tokens.get(k).is('(')) {
      int close = k + 1;
      while (close < tokens.size() && close < k + 5 && !tokens.get(close).is(')')) {
        close++;
      }
      if (close >= tokens.size() || !tokens.get(close).is(')') || tokens.get(k + 1).allCaps()) {
        return Optional.empty();
      }
      k = close + 1;
      dated = true; // a bracketed region is as telling as a date
    } else if (k != end) {
      return Optional.empty(); // "Representatives of X, Y and Z"
    }
    if (k >= tokens.size() || !isTerminator(tokens.get(k))) {
      return Optional.empty();
    }
    if (!dated && (k + 1 >= tokens.size() || !tokens.get(k + 1).capitalized())) {
      return Optional.empty();
    }
    return Optional.of(place(tokens.subList(0, end)));
  }

  private static boolean isTerminator(Token token) {
    return token.is('.')
        || token.is('-')
        || token.is('\u2013')
        || token.is('\u2014')
        || token.is(':');
  }

  private static String place(List<Token> words) {
    StringBuilder place = new StringBuilder();
    for (Token word : words) {
      if (place.length() > 0) {
        place.append(' ');
      }
      String text = word.text();
      if (word.allCaps()) {
        text = text.charAt(0) + text.substring(1).toLowerCase(Locale.ROOT);
      }
      place.append(text);
    }
    return place.toString();
  }
}
