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
 * <p>A place in capitals is written in title case: {@code CONAKRY} is {@code Conakry}. A hyphenated
 * name is one place: {@code SAINT-OVIDE, NB} is {@code Saint-Ovide}.
 */
public final class DatelineFinder {

  private static final int MAX_WORDS = 5;
  private static final Set<String> CONNECTORS =
      Set.of("de", "del", "la", "las", "los", "do", "da", "dos", "das", "du", "des", "el", "of");

  private static final Set<String> HYPHEN_CONNECTORS =
      Set.of("sur", "sous", "les", "en", "de", "du", "la", "le", "au", "aux", "el");

  private static final Set<String> ARTICLES = Set.of("le", "el", "o");

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
      for (int parts = 1; capital && parts < MAX_WORDS; parts++) {
        int next = afterHyphenatedPart(tokens, end); // SAINT-JEAN-PORT-JOLI: one place, not Saint
        if (next == end) {
          break;
        }
        end = next;
      }
    }
    if (words == 0 || end >= tokens.size()) {
      return Optional.empty();
    }
    int k = end;
    boolean dated = false;
    if (tokens.get(k).is('(')) {
      int close = k + 1;
      while (close < tokens.size() && close < k + 5 && !tokens.get(close).is(')')) {
        close++;
      }
      if (close >= tokens.size() || !tokens.get(close).is(')') || tokens.get(k + 1).allCaps()) {
        return Optional.empty();
      }
      k = close + 1;
      dated = true; // a bracketed region is as telling as a date
    }
    int beforeComma = k;
    if (k < tokens.size() && tokens.get(k).is(',')) {
      k++;
    }
    Optional<DateFinder.DateSpan> date = dateAt(tokens, k, dates);
    if (date.isEmpty() && k > beforeComma) {
      int afterRegion = afterRegion(tokens, k); // SAINT-OVIDE, NB, March 4, 2024
      if (afterRegion > k) {
        date = dateAt(tokens, afterRegion, dates);
      }
    }
    if (date.isPresent()) {
      k = afterCredit(tokens, date.get().end()); // March 4, 2024 /CNW/ -
      dated = true;
    } else if (k != beforeComma) {
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

  /** The date at {@code i}, perhaps after an article ({@code le 4 mars 2024}). */
  private static Optional<DateFinder.DateSpan> dateAt(List<Token> tokens, int i, DateFinder dates) {
    Optional<DateFinder.DateSpan> date = dates.spanAt(tokens, i);
    if (date.isEmpty() && i < tokens.size() && ARTICLES.contains(tokens.get(i).folded())) {
      date = dates.spanAt(tokens, i + 1);
    }
    return date;
  }

  /**
   * Where a date may start after a region and its comma at {@code i} ({@code NB,}, {@code N.-B.,},
   * {@code Texas,}): at most three capitalised words, points and hyphens; else {@code i}.
   */
  private static int afterRegion(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size()
        && j < i + 4
        && (tokens.get(j).capitalized() || tokens.get(j).is('.') || tokens.get(j).is('-'))) {
      j++;
    }
    return j > i && j < tokens.size() && tokens.get(j).is(',') ? j + 1 : i;
  }

  /** Past a wire's credit between slashes at {@code i} ({@code /CNW/}), else {@code i}. */
  private static int afterCredit(List<Token> tokens, int i) {
    if (i < tokens.size() && tokens.get(i).is('/')) {
      for (int j = i + 1; j < tokens.size() && j < i + 5; j++) {
        if (tokens.get(j).is('/')) {
          return j + 1;
        }
      }
    }
    return i;
  }

  /** The most small words one hyphenated place may hold ({@code Saint-Jean-sur-Richelieu}). */
  private static final int MAX_HYPHEN_CONNECTORS = 3;

  /**
   * The index past the next part of a hyphenated name whose hyphen is at {@code i}: a capitalised
   * word glued to the hyphen, perhaps after small words each glued between hyphens ({@code -sur-}
   * of {@code Saint-Jean-sur-Richelieu}); or {@code i} when no such part follows.
   */
  private static int afterHyphenatedPart(List<Token> tokens, int i) {
    int k = i;
    for (int connectors = 0; connectors <= MAX_HYPHEN_CONNECTORS; connectors++) {
      if (k + 1 >= tokens.size()
          || !tokens.get(k).is('-')
          || tokens.get(k).spaceBefore()
          || tokens.get(k + 1).spaceBefore()) {
        return i;
      }
      Token next = tokens.get(k + 1);
      if (next.capitalized()) {
        return k + 2;
      }
      if (next.kind() != Token.Kind.WORD || !HYPHEN_CONNECTORS.contains(next.folded())) {
        return i;
      }
      k += 2;
    }
    return i;
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
      if (place.length() > 0 && word.spaceBefore()) {
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
