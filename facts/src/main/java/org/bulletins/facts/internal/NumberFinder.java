package org.bulletins.facts.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletins.facts.CountedNumber;
import org.bulletins.facts.Language;

/**
 * Numbers written in digits and the noun they count: {@code more than 260 officials} is 260
 * officials, {@code 1.202 crianças} 1202 criancas, {@code 1,500 people} 1500 people, {@code 2,5
 * millones de personas} 2500000 personas.
 *
 * <p>Separators follow the language: in English a comma groups thousands and a point is decimal; in
 * Spanish, French and Portuguese the other way round, and they also group with a space ({@code 2
 * 000}, {@code 1 250}); when the language is unknown, a separator followed by exactly three digits
 * groups thousands. A number is skipped when it is part of a date (see {@link DateFinder}), glued
 * to a word ({@code COVID-19}, {@code C4D}), followed by a percent sign, or followed by no noun (a
 * year, {@code in 2018,}); an amount after a currency sign counts that currency ({@code $5.1
 * million} counts 5,100,000 dollars).
 *
 * <p>The counted noun is the head of the words that follow, up to a function word, punctuation or
 * (in English) a past participle: in English the last of up to four words ({@code 11 RCM Member
 * Countries} counts countries), in Spanish, French and Portuguese the first ({@code 25 voluntarios
 * hondureños} counts voluntarios).
 */
public final class NumberFinder {

  private static final Map<String, Long> MULTIPLIERS =
      Map.ofEntries(
          Map.entry("thousand", 1_000L),
          Map.entry("mil", 1_000L),
          Map.entry("million", 1_000_000L),
          Map.entry("millions", 1_000_000L),
          Map.entry("millon", 1_000_000L),
          Map.entry("millones", 1_000_000L),
          Map.entry("milhao", 1_000_000L),
          Map.entry("milhoes", 1_000_000L),
          Map.entry("billion", 1_000_000_000L),
          Map.entry("milliard", 1_000_000_000L),
          Map.entry("milliards", 1_000_000_000L));

  private static final int MAX_NOUN_WORDS = 4;

  /**
   * Nouns that say how often or how much, not what is counted: "2 times", "Pensalo 2 veces", "3
   * fois plus", "5 vezes".
   */
  private static final java.util.Set<String> NOT_COUNTED =
      java.util.Set.of("times", "veces", "vez", "fois", "vezes", "percent", "por", "pour", "per");

  private NumberFinder() {}

  /**
   * Finds counted numbers.
   *
   * @param tokens the text's tokens
   * @param language the item's language
   * @param used tokens already taken by dates
   * @param into where to add numbers not yet there
   */
  public static void find(
      List<Token> tokens, Language language, boolean[] used, Collection<CountedNumber> into) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() != Token.Kind.NUMBER || used[i] || DateFinder.attachedBefore(tokens, i)) {
        continue;
      }
      String text = token.text();
      int k = i + 1;
      if (language == Language.FR || language == Language.ES || language == Language.PT) {
        // French groups thousands with a (non-breaking) space, and Spanish and Portuguese may
        // (as the RAE advises): "2 000 personnes", "1 250 familias".
        while (k < tokens.size()
            && isSpaceGroup(tokens.get(k))
            && !used[k]
            && token.text().length() <= 3
            && text.length() <= 12
            && text.chars().allMatch(Character::isDigit)) {
          text += tokens.get(k).text();
          used[k] = true;
          k++;
        }
      }
      Optional<BigDecimal> value = value(text, language);
      if (value.isEmpty() || k >= tokens.size() || !tokens.get(k).spaceBefore()) {
        continue; // "100%", "18th" not a date, "3x"
      }
      BigDecimal number = value.get();
      Long multiplier = MULTIPLIERS.get(tokens.get(k).folded());
      if (multiplier != null) {
        number = number.multiply(BigDecimal.valueOf(multiplier));
        k++;
        if (k < tokens.size()
            && (tokens.get(k).folded().equals("de") || tokens.get(k).folded().equals("of"))) {
          k++;
        }
      }
      if (number.stripTrailingZeros().scale() > 0) {
        continue; // 2.5 alone measures, it does not count
      }
      Optional<String> noun = noun(tokens, k, language);
      if (noun.isEmpty() && language != Language.EN && !startsAmount(tokens, k)) {
        noun = currencySign(tokens, k); // "5 613 116 $", "300 €": the sign after, as Romance writes
      }
      if (noun.isEmpty()) {
        noun = currencyBefore(tokens, i); // "$5.1 million in funding", "US$ 4,4 millones"
      }
      if (noun.isPresent()) {
        CountedNumber counted = new CountedNumber(number.longValueExact(), noun.get());
        if (!into.contains(counted)) {
          into.add(counted);
        }
      }
    }
  }

  /** Currency signs that stand before an amount, and the currency each counts. */
  private static final Map<Character, String> CURRENCY_SIGNS =
      Map.of('$', "dollars", '€', "euros", '£', "pounds");

  /**
   * The currency of a sign right before the number at {@code i} ({@code $5.1 million}, {@code US$
   * 4,4 millones}, {@code € 300}): money written sign first counts that currency, as {@code 5,1
   * millions de dollars} counts dollars.
   */
  private static Optional<String> currencyBefore(List<Token> tokens, int i) {
    return i == 0 ? Optional.empty() : currencySign(tokens, i - 1);
  }

  /** A sign at {@code i} glued to the number after it: that amount's ({@code 2023 $5 million}). */
  private static boolean startsAmount(List<Token> tokens, int i) {
    return i + 1 < tokens.size()
        && tokens.get(i + 1).kind() == Token.Kind.NUMBER
        && !tokens.get(i + 1).spaceBefore();
  }

  /** The currency of the sign at {@code i}, if it is one. */
  private static Optional<String> currencySign(List<Token> tokens, int i) {
    if (i >= tokens.size() || tokens.get(i).kind() != Token.Kind.PUNCT) {
      return Optional.empty();
    }
    return Optional.ofNullable(CURRENCY_SIGNS.get(tokens.get(i).text().charAt(0)));
  }

  private static boolean isSpaceGroup(Token token) {
    return token.kind() == Token.Kind.NUMBER
        && token.spaceBefore()
        && token.text().length() == 3
        && token.text().chars().allMatch(Character::isDigit);
  }

  private static Optional<String> noun(List<Token> tokens, int start, Language language) {
    List<String> words = new ArrayList<>();
    for (int k = start; k < tokens.size() && words.size() < MAX_NOUN_WORDS; k++) {
      Token token = tokens.get(k);
      if (token.kind() != Token.Kind.WORD
          || Stopwords.any(token.folded())
          || DateFinder.isMonthName(token.folded())
          || (k > start && !token.spaceBefore())) {
        break;
      }
      if (language != Language.ES
          && language != Language.FR
          && language != Language.PT
          && !words.isEmpty()
          && token.folded().endsWith("ed")) {
        break; // "100 workers received"
      }
      words.add(token.folded());
      if (k + 1 < tokens.size() && !tokens.get(k + 1).spaceBefore()) {
        break; // "Countries’ representatives": a possessive or punctuation ends the phrase
      }
    }
    if (words.isEmpty() || words.get(0).length() < 2 || NOT_COUNTED.contains(words.get(0))) {
      return Optional.empty();
    }
    boolean romance = language == Language.ES || language == Language.FR || language == Language.PT;
    String counted = romance ? words.get(0) : words.get(words.size() - 1);
    // A word of compatibility characters can fold to spaces alone (U+FE7C is a space and a mark).
    return counted.isBlank() ? Optional.empty() : Optional.of(counted);
  }

  /** The value of 1202, 1.202, 1,500, 2,5, or empty if the separators make no number. */
  static Optional<BigDecimal> value(String text, Language language) {
    char thousands;
    switch (language) {
      case EN -> thousands = ',';
      case ES, FR, PT -> thousands = '.';
      default -> thousands = 0;
    }
    List<String> groups = new ArrayList<>();
    List<Character> separators = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ',') {
        groups.add(text.substring(from, i));
        separators.add(c);
        from = i + 1;
      }
    }
    groups.add(text.substring(from));
    if (separators.isEmpty()) {
      return Optional.of(new BigDecimal(text));
    }
    if (separators.size() > 6 || groups.get(0).length() > 3) {
      return Optional.empty(); // a list such as 1,2,3,4 or a code
    }
    // Thousands groups: every separator but maybe the last is the grouping one, with 3 digits.
    StringBuilder digits = new StringBuilder(groups.get(0));
    for (int g = 1; g < groups.size(); g++) {
      char separator = separators.get(g - 1);
      boolean last = g == groups.size() - 1;
      boolean grouping =
          thousands == 0
              ? groups.get(g).length() == 3 && separator == separators.get(0)
              : separator == thousands;
      if (grouping && groups.get(g).length() == 3) {
        digits.append(groups.get(g));
      } else if (last && !grouping && (g == 1 || separator != separators.get(0))) {
        digits.append('.').append(groups.get(g));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new BigDecimal(digits.toString()));
  }
}
